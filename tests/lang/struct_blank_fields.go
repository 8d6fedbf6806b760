package main

import "fmt"

type Header struct {
	Kind byte
	_    [3]byte
	Size int32
	_    int
}

func main() {
	h := Header{Kind: 1, Size: 42}
	fmt.Println(h.Kind, h.Size)
	h2 := Header{Kind: 1, Size: 42}
	fmt.Println(h == h2)
	h2.Size++
	fmt.Println(h == h2)
	var z Header
	fmt.Println(z.Kind, z.Size)
}

// Output:
// 1 42
// true
// false
// 0 0
