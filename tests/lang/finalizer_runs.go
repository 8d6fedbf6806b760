// runtime.SetFinalizer (Go 1.19 and later): a finalizer runs after its
// object becomes unreachable, with the object; a cycle of objects with
// finalizers is never collected; SetFinalizer(p, nil) removes it; a
// global is never finalized.  Output from `go run`.
package main

import (
	"fmt"
	"runtime"
)

type Res struct {
	id   int
	next *Res
	data []byte
}

var done []int

func main() {
	a := &Res{id: 1, data: make([]byte, 100)}
	runtime.SetFinalizer(a, func(r *Res) { done = append(done, r.id, len(r.data)) })
	// an object pointing at itself is collected (Go's scan ignores the
	// pointers back into the object being scanned)
	b := &Res{id: 2}
	b.next = b
	runtime.SetFinalizer(b, func(r *Res) { done = append(done, r.id) })
	// a cycle of two objects with finalizers is never collected
	e, f := &Res{id: 5}, &Res{id: 6}
	e.next, f.next = f, e
	runtime.SetFinalizer(e, func(r *Res) { done = append(done, r.id) })
	runtime.SetFinalizer(f, func(r *Res) { done = append(done, r.id) })
	e, f = nil, nil
	// removed before it could run
	c := &Res{id: 3}
	runtime.SetFinalizer(c, func(r *Res) { done = append(done, r.id) })
	runtime.SetFinalizer(c, nil)
	// an interface parameter
	d := &Res{id: 4}
	runtime.SetFinalizer(d, func(x any) { done = append(done, x.(*Res).id) })
	// a global is never finalized
	runtime.SetFinalizer(&global, func(r *Res) { done = append(done, 99) })
	a, b, c, d = nil, nil, nil, nil
	for i := 0; i < 5; i++ {
		runtime.GC()
	}
	for i := 1; i < len(done); i++ {
		for j := i; j > 0 && done[j] < done[j-1]; j-- {
			done[j], done[j-1] = done[j-1], done[j]
		}
	}
	fmt.Println(done)
}

var global Res
// Output:
// [1 2 4 100]
