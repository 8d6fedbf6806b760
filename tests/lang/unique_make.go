// unique.Make as pkg.go.dev/unique (Go 1.23) documents it: handles of
// equal values are equal, Value returns a copy of the value, and the
// canonical entries go once no handle refers to them.
package main

import (
	"fmt"
	"runtime"
	"unique"
)

type Point struct {
	X, Y int
	Tag  string
}

func main() {
	a := unique.Make("hello")
	s := "hel"
	b := unique.Make(s + "lo")
	c := unique.Make("world")
	fmt.Println(a == b, a == c, a.Value(), b.Value(), c.Value())
	fmt.Printf("%T %T\n", a, unique.Make(Point{}))

	p1 := unique.Make(Point{1, 2, "x"})
	p2 := unique.Make(Point{1, 2, "x"})
	p3 := unique.Make(Point{1, 2, "y"})
	fmt.Println(p1 == p2, p1 == p3, p1.Value().Tag, p3.Value())

	n := unique.Make(42)
	fmt.Println(n == unique.Make(40+2), n.Value()+1)

	var iface any = 3
	fmt.Println(unique.Make(iface) == unique.Make(any(3)), unique.Make(iface).Value())

	// interning a piece of a big string keeps only the piece
	buf := make([]byte, 2<<20)
	for i := range buf {
		buf[i] = "ab"[i%2]
	}
	big := string(buf)
	h := unique.Make(big[:4])
	big = ""
	runtime.GC()
	fmt.Println(h.Value(), h == unique.Make("abab"))

	handles := map[unique.Handle[string]]int{}
	for _, w := range []string{"a", "b", "a", "c", "b", "a"} {
		handles[unique.Make(w)]++
	}
	fmt.Println(len(handles), handles[unique.Make("a")])
}
// Output:
// true false hello hello world
// unique.Handle[string] unique.Handle[main.Point]
// true false x {1 2 y}
// true 43
// true 3
// abab true
// 3 3
