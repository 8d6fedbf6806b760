// bytes.Cut: subslices of s; a missing sep gives s, nil, false.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	show := func(s, sep string) {
		before, after, found := bytes.Cut([]byte(s), []byte(sep))
		fmt.Printf("Cut(%q, %q) = %q, %q, %v nil=%v\n", s, sep, before, after, found, after == nil)
	}
	show("Gopher", "Go")
	show("Gopher", "ph")
	show("Gopher", "er")
	show("Gopher", "Badger")
	show("", "")
	s := []byte("key=value")
	k, v, _ := bytes.Cut(s, []byte("="))
	fmt.Println(len(k), cap(k), len(v), cap(v))
	k[0] = 'K'
	fmt.Println(string(s))
}
// Output:
// Cut("Gopher", "Go") = "", "pher", true nil=false
// Cut("Gopher", "ph") = "Go", "er", true nil=false
// Cut("Gopher", "er") = "Goph", "", true nil=false
// Cut("Gopher", "Badger") = "Gopher", "", false nil=true
// Cut("", "") = "", "", true nil=false
// 3 9 5 5
// Key=value
