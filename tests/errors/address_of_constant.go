package main

func main() {
	p := &5
	_ = p
}

// Error:
// address_of_constant.go:4:8: invalid operation: cannot take address of 5 (untyped int constant)
// exit status 1
