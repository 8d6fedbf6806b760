package main

import "fmt"

type I interface{ M(a string, b int) }
type T struct{}

func (T) M(a string, b int) { fmt.Println("M", a, b) }

func pair() (string, int) { return "p", 1 }

type V struct{ n int }

func (v V) Show() { fmt.Println("show", v.n) }

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var i I = T{}
	defer i.M(pair())
	var p *V
	defer fmt.Println("after nil receiver defer")
	defer p.Show()
	fmt.Println("not reached")
}
// Output:
// after nil receiver defer
// M p 1
// recovered: runtime error: invalid memory address or nil pointer dereference
