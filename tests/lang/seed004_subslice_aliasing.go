// seeds/004 "What is “reference-like”? slices, maps, channels, strings"
// (subslice-aliasing.go): a subslice is a new header into the same array.
package main

import "fmt"

func main() {
	s := []byte("hello world")
	sub := s[6:11] // sub == "world", shares s's backing array
	fmt.Println(string(sub))
	sub[0] = 'W' // s is now "hello World" — aliasing!
	fmt.Println(string(s))
	// len(sub) is 5; cap(sub) is 5 (from offset 6 to the end of the
	// 11-byte array). sub's ptr is just &s[6].
	fmt.Println(len(sub), cap(sub), &sub[0] == &s[6])
	// []byte of a constant string allocates exactly len bytes in Go
	// (walkStringToBytes), so s is 11 long with capacity 11.
	fmt.Println(len(s), cap(s))
}

// Output:
// world
// hello World
// 5 5 true
// 11 11
