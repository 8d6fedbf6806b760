// cap() of []byte(s) and []rune(s): of a constant string Go allocates
// exactly len elements (a [len]byte, or a []rune composite literal), of any
// other string a heap array rounded up to the allocation size class. The
// non-constant results here are kept in package variables so that Go puts
// them on the heap (a non-escaping one gets a 32-element stack buffer).
package main

import "fmt"

type Name string

const greeting = "hello world"
const named Name = "héllo"

var keepB []byte
var keepR []rune

func dyn(s string) string { return s + "" }

func main() {
	b := []byte("hello world")
	fmt.Println(len(b), cap(b), cap(b[6:]))
	b = []byte(greeting + "!")
	fmt.Println(len(b), cap(b))
	b = []byte(named)
	fmt.Println(len(b), cap(b))
	b = []byte("")
	fmt.Println(len(b), cap(b), b == nil)
	r := []rune("héllo, 世界")
	fmt.Println(len(r), cap(r))
	r = []rune(named)
	fmt.Println(len(r), cap(r))

	s := dyn(greeting)
	keepB = []byte(s)
	fmt.Println(len(keepB), cap(keepB))
	keepB = []byte(s[:3])
	fmt.Println(len(keepB), cap(keepB))
	keepR = []rune(s)
	fmt.Println(len(keepR), cap(keepR))
	keepB = []byte(string(named) + s)
	fmt.Println(len(keepB), cap(keepB))

	// appending to a constant conversion grows at once
	b = []byte("abc")
	c := append(b, 'd')
	fmt.Println(cap(b), cap(c), &b[0] != &c[0])
}

// Output:
// 11 11 5
// 12 12
// 6 6
// 0 0 false
// 9 9
// 5 5
// 11 16
// 3 8
// 11 12
// 17 24
// 3 8 true
