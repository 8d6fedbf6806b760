// strings.ReplaceAll.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ReplaceAll("oink oink oink", "oink", "moo"))
	fmt.Printf("%q %q %q\n", strings.ReplaceAll("", "a", "b"), strings.ReplaceAll("ab", "", "_"), strings.ReplaceAll("aaa", "a", ""))
	path := "/usr//local///bin"
	for strings.Contains(path, "//") {
		path = strings.ReplaceAll(path, "//", "/")
	}
	fmt.Println(path)
	csv := "a;b;c"
	fmt.Println(strings.ReplaceAll(csv, ";", ", "), strings.ReplaceAll("tab\tsep", "\t", "\\t"))
}
// Output:
// moo moo moo
// "" "_a_b_" ""
// /usr/local/bin
// a, b, c tab\tsep
