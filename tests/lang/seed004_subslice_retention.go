// seeds/004 quiz question 1: a small Value carved out of a big buffer keeps
// the whole backing array reachable (its cap shows how much); copying the
// bytes out with make+copy releases the rest.
package main

import "fmt"

type Value []byte

func main() {
	big := make([]byte, 2<<20) // the 2 MB pr.Values
	copy(big[100:], "abcd")
	v := Value(big[100:104])
	fmt.Println(len(v), cap(v), string(v))
	// still reachable through v: everything from &big[100] to the end
	fmt.Println(len(v[:cap(v)]) == len(big)-100)
	small := make(Value, len(v))
	copy(small, v)
	fmt.Println(len(small), cap(small), string(small))
	// the 3-index form limits cap but still aliases the big array
	lim := big[100:104:104]
	lim[0] = 'A'
	fmt.Println(cap(lim), string(v), string(small))
}

// Output:
// 4 2097052 abcd
// true
// 4 4 abcd
// 4 Abcd abcd
