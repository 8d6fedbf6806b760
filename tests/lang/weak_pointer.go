// weak.Pointer as pkg.go.dev/weak (Go 1.24) documents it: Make(nil) is
// the zero Pointer and its Value is nil; pointers to different fields of
// one object give different weak pointers; Value returns the original
// pointer while the object is reachable and nil once it was collected;
// weak pointers are comparable and work as map keys and values.
package main

import (
	"fmt"
	"runtime"
	"weak"
)

type Pair struct {
	x, y int
}

type Node struct {
	name string
	next *Node
}

func main() {
	var zero weak.Pointer[Pair]
	fmt.Println(zero.Value() == nil, weak.Make((*Pair)(nil)) == zero)
	fmt.Printf("%T\n", zero)

	p := &Pair{1, 2}
	wx, wy := weak.Make(&p.x), weak.Make(&p.y)
	fmt.Println(wx == wy, *wx.Value(), *wy.Value(), wx.Value() == &p.x)
	wp := weak.Make(p)
	fmt.Println(wp.Value() == p, wp == weak.Make(p))
	runtime.KeepAlive(p)

	// a weak cache keyed by name
	cache := map[string]weak.Pointer[Node]{}
	keep := []*Node{}
	for i := 0; i < 10; i++ {
		n := &Node{name: fmt.Sprint("node", i)}
		cache[n.name] = weak.Make(n)
		if i%3 == 0 {
			keep = append(keep, n)
		}
	}
	runtime.GC()
	alive := 0
	for i := 0; i < 10; i++ {
		if n := cache[fmt.Sprint("node", i)].Value(); n != nil {
			alive++
			fmt.Println("alive:", n.name)
		}
	}
	fmt.Println(alive, len(keep))

	// weak pointers as map keys
	seen := map[weak.Pointer[Node]]int{}
	for _, n := range keep {
		seen[weak.Make(n)]++
		seen[weak.Make(n)]++
	}
	fmt.Println(len(seen), seen[weak.Make(keep[0])])

	// through a pointer to the weak pointer
	w := weak.Make(keep[1])
	pw := &w
	fmt.Println(pw.Value().name)
}
// Output:
// true true
// weak.Pointer[main.Pair]
// false 1 2 true
// true true
// alive: node0
// alive: node3
// alive: node6
// alive: node9
// 4 4
// 4 2
// node3
