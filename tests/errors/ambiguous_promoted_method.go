package main

import "fmt"

type A struct{}

func (A) Hello() string { return "A" }

type B struct{}

func (B) Hello() string { return "B" }

type AB struct {
	A
	B
}

func main() {
	var ab AB
	fmt.Println(ab.Hello())
	f := ab.Hello
	g := AB.Hello
	fmt.Println(f, g, ab.A.Hello())
}

// Error:
// ambiguous_promoted_method.go:20:17: ambiguous selector ab.Hello
// ambiguous_promoted_method.go:21:10: ambiguous selector ab.Hello
// ambiguous_promoted_method.go:22:10: ambiguous selector AB.Hello
// exit status 1
