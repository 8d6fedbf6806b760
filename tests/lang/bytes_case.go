// bytes.ToUpper, ToLower and ToTitle always return a new slice (its
// capacity as Go's makes it), with Unicode case mapping.
package main

import (
	"bytes"
	"fmt"
)

func show(b []byte) {
	fmt.Printf("%q len=%d cap=%d\n", b, len(b), cap(b))
}

func main() {
	show(bytes.ToUpper([]byte("Gopher")))
	show(bytes.ToLower([]byte("Gopher")))
	show(bytes.ToUpper([]byte("ALREADY")))
	show(bytes.ToLower([]byte("")))
	show(bytes.ToUpper([]byte("héllo wörld")))
	show(bytes.ToLower([]byte("ΑΒΓ ПРИВЕТ İ")))
	show(bytes.ToTitle([]byte("loud noises ǆ")))
	show(bytes.ToUpper([]byte("ı\xff")))
	show(bytes.ToUpper([]byte("ɐɐɐɐ")))
	in := []byte("abc")
	out := bytes.ToUpper(in)
	out[0] = 'Z'
	fmt.Println(string(in), string(out))
	same := []byte("XYZ")
	cp := bytes.ToUpper(same)
	cp[0] = 'Q'
	fmt.Println(string(same), string(cp))
}
// Output:
// "GOPHER" len=6 cap=6
// "gopher" len=6 cap=6
// "ALREADY" len=7 cap=8
// "" len=0 cap=0
// "HÉLLO WÖRLD" len=13 cap=13
// "αβγ привет i" len=21 cap=22
// "LOUD NOISES ǅ" len=14 cap=14
// "I�" len=4 cap=10
// "ⱯⱯⱯⱯ" len=12 cap=20
// abc ZBC
// XYZ QYZ
