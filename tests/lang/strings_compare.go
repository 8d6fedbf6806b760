// strings.Compare: -1, 0 or +1 by bytes.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Compare("a", "b"), strings.Compare("a", "a"), strings.Compare("b", "a"))
	fmt.Println(strings.Compare("", ""), strings.Compare("", "a"), strings.Compare("a", ""))
	fmt.Println(strings.Compare("abc", "abd"), strings.Compare("abc", "ab"), strings.Compare("ab", "abc"))
	fmt.Println(strings.Compare("Z", "a"), strings.Compare("é", "z"), strings.Compare("\xff", "\x7f"))
	words := []string{"pear", "apple", "fig", "apple", "Banana"}
	for i := 1; i < len(words); i++ {
		fmt.Print(strings.Compare(words[i-1], words[i]), " ")
	}
	fmt.Println()
}
// Output:
// -1 0 1
// 0 -1 1
// -1 1 -1
// -1 1 1
// 1 -1 1 1 
