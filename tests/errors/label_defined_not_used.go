package main

func main() {
unused:
	for i := 0; i < 2; i++ {
		println(i)
	}
}

// Error:
// label_defined_not_used.go:4:1: label unused defined and not used
// exit status 1
