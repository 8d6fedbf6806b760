package main

import "fmt"

type Base struct{ N int }

func (b Base) Double() int { return b.N * 2 }

// Derived has Base's underlying type but none of its methods.
type Derived Base

// Wrapper keeps the methods through embedding.
type Wrapper struct{ Base }

type Doubler interface{ Double() int }

func main() {
	b := Base{3}
	d := Derived(b)
	w := Wrapper{b}
	fmt.Println(b.Double(), Base(d).Double(), w.Double())
	var x interface{} = d
	_, ok := x.(Doubler)
	fmt.Println(ok)
	x = w
	_, ok = x.(Doubler)
	fmt.Println(ok)
	fmt.Printf("%T %T %T\n", b, d, w)
}

// Output:
// 6 6 6
// false
// true
// main.Base main.Derived main.Wrapper
