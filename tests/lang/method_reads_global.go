package main

import "fmt"

var g = 3

var names = []string{"a", "b"}

type T struct{ n int }

func (T) M() int { x := g; return x }

func (t *T) Grow() { y := g + t.n; t.n = y; names = append(names, "c") }

func helper() int { return 40 }

func (t T) Sum() int { s := helper() + t.n; return s }

func main() {
	t := T{1}
	fmt.Println(t.M())
	t.Grow()
	fmt.Println(t.n, names, t.Sum())
}
// Output:
// 3
// 4 [a b c] 44
