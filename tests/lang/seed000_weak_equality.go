// seeds/000, the second program: weak pointers made from the same
// pointer share one handle, so they stay equal after the target is
// collected (Go 1.24's weak package; the article's output).
package main

import (
	"runtime"
	"weak"
)

func main() {
	a := new(string)

	// make a weak pointers
	weakA := weak.Make(a)
	weakA2 := weak.Make(a)

	println("Before GC: Equality check:", weakA == weakA2)

	runtime.GC()

	// Test their equality
	println("After GC: Strong:", weakA.Strong(), weakA2.Strong())
	println("After GC: Equality check:", weakA == weakA2)
}
// Output:
// Before GC: Equality check: true
// After GC: Strong: 0x0 0x0
// After GC: Equality check: true
