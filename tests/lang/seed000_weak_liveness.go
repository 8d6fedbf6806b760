// seeds/000, the first program: the weak pointer survives the first
// runtime.GC() because `a` is used after it, and reads nil after the
// second, once `a` is dead.  Go 1.24's weak package (and the article)
// give this output; the article prints the addresses, which differ run
// to run, so this prints whether the strong pointer is a.
package main

import (
	"runtime"
	"weak"
)

type T struct {
	a int
	b int
}

func main() {
	a := new(string)
	println("original:", a != nil)

	// make a weak pointer
	weakA := weak.Make(a)

	runtime.GC()

	// use weakA
	strongA := weakA.Strong()
	println("strong:", strongA == a, a != nil)

	runtime.GC()

	// use weakA again
	strongA = weakA.Strong()
	println("strong:", strongA)
}
// Output:
// original: true
// strong: true true
// strong: 0x0
