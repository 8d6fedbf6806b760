package main

type Number interface {
	~int | ~float64
}

func main() {
	var n Number
	_ = n
}

// Error:
// generic_constraint_outside.go:8:8: cannot use type Number outside a type constraint: interface contains type constraints
// exit status 1
