// unique.Make's memory, as pkg.go.dev/unique (Go 1.23) describes it: a
// canonical value lives while some Handle refers to it ("the value is
// retained until no handle refers to it"), and Make clones the strings
// it interns, so a handle to a piece of a big string does not keep the
// big string alive.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"unique"
)

type Big struct {
	data [1 << 15]byte
	tag  string
}

func alloc() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Alloc
}

func main() {
	base := alloc()
	big := strings.Repeat("abcd", 1<<20) // 4 MB
	h := unique.Make(big[8:12])
	big = ""
	fmt.Println(h.Value(), alloc()-base < 1<<20)

	var b Big
	b.tag = "x"
	hb := unique.Make(b)
	fmt.Println(alloc()-base > 1<<15, hb.Value().tag)
	hb = unique.Handle[Big]{}
	fmt.Println(alloc()-base < 1<<15, hb == unique.Handle[Big]{})
	fmt.Println(h == unique.Make("abcd"))
}
// Output:
// abcd true
// true x
// true true
// true
