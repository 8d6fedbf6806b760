// runtime.AddCleanup's panics, with the texts of Go 1.24's
// runtime/mcleanup.go.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ x int }

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	try("nil", func() {
		var p *T
		runtime.AddCleanup(p, func(int) {}, 1)
	})
	try("equal", func() {
		p := &T{}
		runtime.AddCleanup(p, func(q *T) {}, p)
	})
	try("other", func() {
		p, q := &T{}, &T{}
		runtime.AddCleanup(p, func(q *T) {}, q)
	})
}
// Output:
// nil: runtime.AddCleanup: ptr is nil
// equal: runtime.AddCleanup: ptr is equal to arg, cleanup will never run
// other: <nil>
