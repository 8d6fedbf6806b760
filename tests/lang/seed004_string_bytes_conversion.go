// seeds/004 "Strings vs []byte: immutability and conversion cost"
// (string-bytes-conversion.go): converting between string and []byte copies
// the bytes, so the results are independent.
package main

import "fmt"

func main() {
	s := "hello"
	b := []byte(s)  // allocates len(s) bytes, copies them (b is mutable, independent)
	s2 := string(b) // allocates again, copies back
	b[0] = 'j'
	fmt.Println(s, string(b), s2)
	b[1] = 'a'
	fmt.Println(s2, string(b))
	fmt.Println(len(s), len(b), len(s2), s == s2)
	s3 := s // copying a string copies its 2-word header; the bytes are immutable
	s += "!"
	fmt.Println(s, s3)
}

// Output:
// hello jello hello
// hello jallo
// 5 5 5 true
// hello! hello
