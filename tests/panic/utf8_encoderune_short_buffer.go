// utf8.EncodeRune into a slice too short for the encoding panics with
// Go's index error (the check of the last byte comes first).
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	p := make([]byte, 2)
	fmt.Println(utf8.EncodeRune(p, 'é'), p)
	fmt.Println(utf8.EncodeRune(p, '世'))
}
// Error:
// 2 [195 169]
// panic: runtime error: index out of range [2] with length 2
//
// goroutine 1 [running]:
// main.main()
// exit status 2
