// The control: a loop that allocates at least once per iteration (new,
// a struct boxed in an interface, append past the capacity, string
// concatenation), so the counter that the other programs leave unchanged
// is seen to move.
package main

import "os"

type Big struct {
	a    [16]int
	name string
}

var keep *Big
var boxed interface{}
var grown []int
var joined string

func iterations() int {
	n := 0
	for _, c := range os.Args[1] {
		n = n*10 + int(c-'0')
	}
	return n
}

func main() {
	n := iterations()
	var b Big
	word := "ab"
	for i := 0; i < n; i++ {
		keep = new(Big)
		b.a[0] = i
		boxed = b
		grown = append([]int(nil), i)
		joined = word + word[:1+i%2]
	}
	if n > 0 && (boxed.(Big).a[0] != n-1 || len(grown) != 1 || keep == nil || joined == "") {
		os.Exit(3)
	}
}
