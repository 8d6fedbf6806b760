package main

func main() {
	x := nil
	_ = x
}

// Error:
// untyped_nil_use.go:4:7: use of untyped nil in assignment
// exit status 1
