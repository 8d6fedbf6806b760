package main

import "fmt"

type T struct{ v int }

func (t T) Value() int { return t.v }

func main() {
	var p *T
	fmt.Println("taking method value")
	f := p.Value
	fmt.Println("unreachable", f())
}

// Error:
// taking method value
// panic: runtime error: invalid memory address or nil pointer dereference
//
// goroutine 1 [running]:
// main.main()
// exit status 2
