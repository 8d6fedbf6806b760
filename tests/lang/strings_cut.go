// strings.Cut slices around the first separator.
package main

import (
	"fmt"
	"strings"
)

func main() {
	show := func(s, sep string) {
		before, after, found := strings.Cut(s, sep)
		fmt.Printf("Cut(%q, %q) = %q, %q, %v\n", s, sep, before, after, found)
	}
	show("Gopher", "Go")
	show("Gopher", "ph")
	show("Gopher", "er")
	show("Gopher", "Badger")
	show("", "")
	show("abc", "")
	show("a=b=c", "=")
	show("日本語", "本")
	for _, kv := range []string{"name=gvm", "empty=", "noequals", "=lead"} {
		k, v, ok := strings.Cut(kv, "=")
		fmt.Println(k, v, ok, len(k), len(v))
	}
}
// Output:
// Cut("Gopher", "Go") = "", "pher", true
// Cut("Gopher", "ph") = "Go", "er", true
// Cut("Gopher", "er") = "Goph", "", true
// Cut("Gopher", "Badger") = "Gopher", "", false
// Cut("", "") = "", "", true
// Cut("abc", "") = "", "abc", true
// Cut("a=b=c", "=") = "a", "b=c", true
// Cut("日本語", "本") = "日", "語", true
// name gvm true 4 3
// empty  true 5 0
// noequals  false 8 0
//  lead true 0 4
