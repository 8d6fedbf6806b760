package main

type A struct{ Name string }
type B struct{ Name string }

type C struct {
	A
	B
}

func main() {
	var c C
	println(c.Name)
}

// Error:
// ambiguous_selector.go:13:12: ambiguous selector c.Name
// exit status 1
