package main

import "fmt"

func helper() {
	fmt.Println("helper (nested in a deferred call):", recover())
}

func deferred() {
	helper()
	fmt.Println("deferred (direct):", recover())
	fmt.Println("deferred again:", recover())
}

func inner() {
	defer deferred()
	panic("trouble")
}

func plain() {
	fmt.Println("plain call:", recover())
}

func noPanic() {
	defer deferred()
	fmt.Println("noPanic body")
}

func main() {
	fmt.Println("main:", recover())
	plain()
	noPanic()
	inner()
	fmt.Println("main continues")
}

// Output:
// main: <nil>
// plain call: <nil>
// noPanic body
// helper (nested in a deferred call): <nil>
// deferred (direct): <nil>
// deferred again: <nil>
// helper (nested in a deferred call): <nil>
// deferred (direct): trouble
// deferred again: <nil>
// main continues
