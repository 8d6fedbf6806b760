// bytes.Clone, CutPrefix and CutSuffix (Go 1.20).  Go 1.19 has none of
// them, so the expectation follows their Go documentation: "Clone returns
// a copy of b[:len(b)]. The result may have additional unused capacity.
// Clone(nil) returns nil."; "CutPrefix returns s without the provided
// leading prefix byte slice and reports whether it found the prefix. If s
// doesn't start with prefix, CutPrefix returns s, false. If prefix is the
// empty byte slice, CutPrefix returns s, true." (CutSuffix alike).
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := []byte("hello")
	c := bytes.Clone(b)
	c[0] = 'J'
	fmt.Println(string(b), string(c), len(c), bytes.Clone(nil) == nil, bytes.Clone([]byte{}) == nil)
	after, found := bytes.CutPrefix([]byte("Gopher"), []byte("Go"))
	fmt.Printf("%q %v\n", after, found)
	after, found = bytes.CutPrefix([]byte("Gopher"), []byte("ph"))
	fmt.Printf("%q %v\n", after, found)
	before, found := bytes.CutSuffix([]byte("Gopher"), []byte("er"))
	fmt.Printf("%q %v\n", before, found)
	before, found = bytes.CutSuffix([]byte("Gopher"), []byte("Go"))
	fmt.Printf("%q %v\n", before, found)
	after, found = bytes.CutPrefix([]byte("x"), nil)
	fmt.Printf("%q %v\n", after, found)
}
// Output:
// hello Jello 5 true false
// "pher" true
// "Gopher" false
// "Goph" true
// "Gopher" false
// "x" true
