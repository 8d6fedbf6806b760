// bytes.Split and friends: each piece is a subslice capped at its end
// (appending to it cannot clobber the next), except the last, and
// SplitN(0) is nil.
package main

import (
	"bytes"
	"fmt"
)

func show(a [][]byte) {
	fmt.Printf("%q len=%d cap=%d nil=%v caps=", a, len(a), cap(a), a == nil)
	for _, p := range a {
		fmt.Print(cap(p), " ")
	}
	fmt.Println()
}

func main() {
	s := []byte("a,b,c")
	show(bytes.Split(s, []byte(",")))
	show(bytes.Split([]byte(",a,,b,"), []byte(",")))
	show(bytes.Split(nil, []byte(",")))
	show(bytes.Split([]byte("a\xffé"), nil))
	show(bytes.SplitN(s, []byte(","), 0))
	show(bytes.SplitN(s, []byte(","), 2))
	show(bytes.SplitN(s, []byte(","), 10))
	show(bytes.SplitN([]byte("abc"), nil, 2))
	show(bytes.SplitAfter(s, []byte(",")))
	show(bytes.SplitAfterN(s, []byte(","), 2))
	parts := bytes.Split(s, []byte(","))
	parts[0] = append(parts[0], 'X')
	fmt.Println(string(s), string(parts[0]))
	last := parts[len(parts)-1]
	fmt.Println(len(last), cap(last))
}
// Output:
// ["a" "b" "c"] len=3 cap=3 nil=false caps=1 1 1 
// ["" "a" "" "b" ""] len=5 cap=5 nil=false caps=0 1 0 1 0 
// [""] len=1 cap=1 nil=false caps=0 
// ["a" "\xff" "é"] len=3 cap=4 nil=false caps=1 1 2 
// [] len=0 cap=0 nil=true caps=
// ["a" "b,c"] len=2 cap=2 nil=false caps=1 3 
// ["a" "b" "c"] len=3 cap=6 nil=false caps=1 1 1 
// ["a" "bc"] len=2 cap=2 nil=false caps=1 2 
// ["a," "b," "c"] len=3 cap=3 nil=false caps=2 2 1 
// ["a," "b,c"] len=2 cap=2 nil=false caps=2 3 
// a,b,c aX
// 1 1
