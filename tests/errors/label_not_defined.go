package main

func main() {
	goto done
}

// Error:
// label_not_defined.go:4:7: label done not defined
// exit status 1
