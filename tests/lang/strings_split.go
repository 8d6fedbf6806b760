// strings.Split: empty strings, separators at the ends, a missing
// separator, and the capacity Go gives the result.
package main

import (
	"fmt"
	"strings"
)

func show(a []string) {
	fmt.Printf("%q len=%d cap=%d\n", a, len(a), cap(a))
}

func main() {
	show(strings.Split("a,b,c", ","))
	show(strings.Split("a man a plan a canal panama", "a "))
	show(strings.Split(" xyz ", ""))
	show(strings.Split("", "Bernardo O'Higgins"))
	show(strings.Split("", ","))
	show(strings.Split(",", ","))
	show(strings.Split(",a,,b,", ","))
	show(strings.Split("abc", "abc"))
	show(strings.Split("abc", "abcd"))
	show(strings.Split("1::2::3", "::"))
	show(strings.Split("日本語日本", "本"))
	fmt.Println(strings.Split("", "") == nil, len(strings.Split("", "")))
	parts := strings.Split("k1=v1;k2=v2;k3", ";")
	for _, p := range parts {
		kv := strings.Split(p, "=")
		fmt.Println(len(kv), kv)
	}
}
// Output:
// ["a" "b" "c"] len=3 cap=3
// ["" "man " "plan " "canal panama"] len=4 cap=4
// [" " "x" "y" "z" " "] len=5 cap=5
// [""] len=1 cap=1
// [""] len=1 cap=1
// ["" ""] len=2 cap=2
// ["" "a" "" "b" ""] len=5 cap=5
// ["" ""] len=2 cap=2
// ["abc"] len=1 cap=1
// ["1" "2" "3"] len=3 cap=3
// ["日" "語日" ""] len=3 cap=3
// false 0
// 2 [k1 v1]
// 2 [k2 v2]
// 1 [k3]
