package main

import "fmt"

type Inner struct{ n int }

func (i Inner) Get() int { return i.n }

type Outer struct{ *Inner }

func main() {
	o := Outer{}
	fmt.Println("taking o.Get")
	g := o.Get // *o.Inner is copied now: nil
	fmt.Println("unreachable", g())
}

// Error:
// taking o.Get
// panic: runtime error: invalid memory address or nil pointer dereference
//
// goroutine 1 [running]:
// main.main()
// exit status 2
