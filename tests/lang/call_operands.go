// Calls through func values, method calls, interface calls and len/cap of
// local slices and strings used directly as operands (no copy into a
// temporary): each result must stay intact while the other operands are
// computed, and len must be read when the expression runs.
package main

import "fmt"

type T struct{ n int }

func (t T) Get() int       { return t.n }
func (t *T) Add(d int) int { t.n += d; return t.n }

type Getter interface{ Get() int }

func twice(f func(int) int, x int) int { return f(f(x)) }

func main() {
	sq := func(x int) int { return x * x }
	inc := func(x int) int { return x + 1 }
	fmt.Println(sq(3)+inc(4), sq(inc(2))-inc(sq(2)), twice(sq, 3))
	fs := []func(int) int{sq, inc}
	fmt.Println(fs[0](5)*fs[1](5), fs[1](fs[0](2)))
	t := T{10}
	var g Getter = T{7}
	fmt.Println(t.Get()+g.Get(), t.Add(5)*g.Get(), t.n)
	s := []int{1, 2, 3}
	str := "hello"
	for i := 0; i < len(s); i++ {
		if len(s) < 6 {
			s = append(s, i*10)
		}
	}
	fmt.Println(s, len(s)+cap(s) > 0, len(str)*2, str[len(str)-1])
	n := 0
	count := func() int { n++; return n }
	fmt.Println(count()*10+count(), n)
	var nilf func() int
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(nilf() + 1)
}

// Output:
// 14 4 81
// 150 5
// 17 105 15
// [1 2 3 0 10 20] true 10 111
// 12 2
// recovered: runtime error: invalid memory address or nil pointer dereference
