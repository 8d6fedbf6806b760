package main

import "fmt"

type Buf struct{ n int }

func (b *Buf) Grow(k int) { b.n += k }
func (b Buf) Len() int    { return b.n }

func main() {
	grow := Buf.Grow
	fmt.Println(grow, Buf.Len)
}

// Error:
// method_expr_needs_pointer.go:11:14: invalid method expression Buf.Grow (needs pointer receiver (*Buf).Grow)
// exit status 1
