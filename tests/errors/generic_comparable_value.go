package main

func main() {
	var c comparable
	_ = c
}

// Error:
// generic_comparable_value.go:4:8: cannot use type comparable outside a type constraint: interface is (or embeds) comparable
// exit status 1
