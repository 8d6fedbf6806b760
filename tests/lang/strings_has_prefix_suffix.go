// strings.HasPrefix and HasSuffix, the empty prefix included.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.HasPrefix("Gopher", "Go"), strings.HasPrefix("Gopher", "C"), strings.HasPrefix("Gopher", ""))
	fmt.Println(strings.HasSuffix("Amigo", "go"), strings.HasSuffix("Amigo", "O"), strings.HasSuffix("Amigo", "Ami"), strings.HasSuffix("Amigo", ""))
	fmt.Println(strings.HasPrefix("", ""), strings.HasPrefix("", "a"), strings.HasSuffix("", ""), strings.HasSuffix("a", "ab"))
	fmt.Println(strings.HasPrefix("日本語", "日"), strings.HasPrefix("日本語", "\xe6"), strings.HasSuffix("日本語", "\xaa\x9e"))
	for _, f := range []string{"main.go", "README.md", "x.go.txt", ".go"} {
		fmt.Println(f, strings.HasSuffix(f, ".go"))
	}
}
// Output:
// true false true
// true false false true
// true false true false
// true true true
// main.go true
// README.md false
// x.go.txt false
// .go true
