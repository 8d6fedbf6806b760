// strings.CutPrefix and CutSuffix (Go 1.20).  Go 1.19 has neither, so the
// expectation follows their Go documentation: "CutPrefix returns s
// without the provided leading prefix string and reports whether it found
// the prefix. If s doesn't start with prefix, CutPrefix returns s, false.
// If prefix is the empty string, CutPrefix returns s, true." (CutSuffix
// alike), and the ExampleCutPrefix/ExampleCutSuffix outputs.
package main

import (
	"fmt"
	"strings"
)

func main() {
	show := func(s, sep string) {
		after, found := strings.CutPrefix(s, sep)
		fmt.Printf("CutPrefix(%q, %q) = %q, %v\n", s, sep, after, found)
	}
	show("Gopher", "Go")
	show("Gopher", "ph")
	show2 := func(s, sep string) {
		before, found := strings.CutSuffix(s, sep)
		fmt.Printf("CutSuffix(%q, %q) = %q, %v\n", s, sep, before, found)
	}
	show2("Gopher", "Go")
	show2("Gopher", "er")
	after, found := strings.CutPrefix("abc", "")
	fmt.Printf("%q %v\n", after, found)
	before, found := strings.CutSuffix("abc", "")
	fmt.Printf("%q %v\n", before, found)
	after, found = strings.CutPrefix("", "x")
	fmt.Printf("%q %v\n", after, found)
}
// Output:
// CutPrefix("Gopher", "Go") = "pher", true
// CutPrefix("Gopher", "ph") = "Gopher", false
// CutSuffix("Gopher", "Go") = "Gopher", false
// CutSuffix("Gopher", "er") = "Goph", true
// "abc" true
// "abc" true
// "" false
