// strings.Clone returns a fresh copy with the same contents.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "abc"
	c := strings.Clone(s)
	fmt.Println(c, c == s, len(strings.Clone("")))
	big := strings.Repeat("x", 1000)
	part := strings.Clone(big[10:13])
	fmt.Println(part, len(part))
}
// Output:
// abc true 0
// xxx 3
