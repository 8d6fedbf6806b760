// strings.SplitN: n < 0 all pieces, n == 0 nil, n > 0 at most n with the
// rest unsplit; the capacity is what Go's make gave.
package main

import (
	"fmt"
	"strings"
)

func show(a []string) {
	fmt.Printf("%q len=%d cap=%d nil=%v\n", a, len(a), cap(a), a == nil)
}

func main() {
	show(strings.SplitN("a,b,c,d", ",", -1))
	show(strings.SplitN("a,b,c,d", ",", 0))
	show(strings.SplitN("a,b,c,d", ",", 1))
	show(strings.SplitN("a,b,c,d", ",", 2))
	show(strings.SplitN("a,b,c,d", ",", 4))
	show(strings.SplitN("a,b,c,d", ",", 10))
	show(strings.SplitN("a,b", ",", 100))
	show(strings.SplitN("", ",", 3))
	show(strings.SplitN("abc", "", 2))
	show(strings.SplitN("abc", "", 0))
	show(strings.SplitN("abc", "", 10))
	show(strings.SplitN("abc", "", -5))
	show(strings.SplitN("key: value: more", ": ", 2))
}
// Output:
// ["a" "b" "c" "d"] len=4 cap=4 nil=false
// [] len=0 cap=0 nil=true
// ["a,b,c,d"] len=1 cap=1 nil=false
// ["a" "b,c,d"] len=2 cap=2 nil=false
// ["a" "b" "c" "d"] len=4 cap=4 nil=false
// ["a" "b" "c" "d"] len=4 cap=8 nil=false
// ["a" "b"] len=2 cap=4 nil=false
// [""] len=1 cap=1 nil=false
// ["a" "bc"] len=2 cap=2 nil=false
// [] len=0 cap=0 nil=true
// ["a" "b" "c"] len=3 cap=3 nil=false
// ["a" "b" "c"] len=3 cap=3 nil=false
// ["key" "value: more"] len=2 cap=2 nil=false
