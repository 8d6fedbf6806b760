// A weak pointer reads nil as soon as its target is found unreachable,
// before the target's finalizer resurrects it, and a weak pointer made
// after the resurrection does not compare equal with the first (the
// weak package's documentation, Go 1.24: "weak pointers become nil as
// soon as the garbage collector identifies that the object is
// unreachable, before it is made reachable again by a finalizer"; "that
// weak pointer will not compare equal with weak pointers created after
// the resurrection").
package main

import (
	"fmt"
	"runtime"
	"weak"
)

type Obj struct {
	name string
}

var saved *Obj
var seenNil bool

func main() {
	o := &Obj{name: "x"}
	w := weak.Make(o)
	runtime.SetFinalizer(o, func(p *Obj) {
		seenNil = w.Value() == nil
		saved = p
	})
	o = nil
	runtime.GC()
	for i := 0; i < 3 && saved == nil; i++ {
		runtime.GC()
	}
	fmt.Println(saved != nil, seenNil, w.Value() == nil)
	w2 := weak.Make(saved)
	fmt.Println(w2 == w, w2.Value() == saved, saved.name)
}
// Output:
// true true true
// false true x
