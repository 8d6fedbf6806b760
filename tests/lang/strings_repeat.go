// strings.Repeat, with its panic for a negative count (output from go run).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("ab", 3), len(strings.Repeat("Go", 1_000_000)), strings.Repeat("x", 0) == "", strings.Repeat("", 5) == "")
	defer func() { fmt.Println(recover()) }()
	strings.Repeat("a", -1)
}
// Output:
// ababab 2000000 true true
// strings: negative Repeat count
