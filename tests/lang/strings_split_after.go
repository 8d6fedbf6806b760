// strings.SplitAfter and SplitAfterN keep each separator at the end of
// its piece.
package main

import (
	"fmt"
	"strings"
)

func show(a []string) {
	fmt.Printf("%q len=%d cap=%d\n", a, len(a), cap(a))
}

func main() {
	show(strings.SplitAfter("a,b,c", ","))
	show(strings.SplitAfter("a,b,c,", ","))
	show(strings.SplitAfter("", ","))
	show(strings.SplitAfter("abc", ""))
	show(strings.SplitAfter("line1\nline2\n", "\n"))
	show(strings.SplitAfterN("a,b,c,d", ",", 2))
	show(strings.SplitAfterN("a,b,c,d", ",", 0))
	show(strings.SplitAfterN("a,b,c,d", ",", -1))
	show(strings.SplitAfterN("a--b--c", "--", 5))
	show(strings.SplitAfterN("日本語", "", 2))
}
// Output:
// ["a," "b," "c"] len=3 cap=3
// ["a," "b," "c," ""] len=4 cap=4
// [""] len=1 cap=1
// ["a" "b" "c"] len=3 cap=3
// ["line1\n" "line2\n" ""] len=3 cap=3
// ["a," "b,c,d"] len=2 cap=2
// [] len=0 cap=0
// ["a," "b," "c," "d"] len=4 cap=4
// ["a--" "b--" "c"] len=3 cap=5
// ["日" "本語"] len=2 cap=2
