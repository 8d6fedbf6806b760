// strings.TrimPrefix and TrimSuffix remove one copy at most.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "¡¡¡Hello, Gophers!!!"
	s = strings.TrimPrefix(s, "¡¡¡Hello, ")
	s = strings.TrimPrefix(s, "¡¡¡Howdy, ")
	fmt.Print(s, "\n")
	s = "¡¡¡Hello, Gophers!!!"
	s = strings.TrimSuffix(s, ", Gophers!!!")
	s = strings.TrimSuffix(s, ", Marmots!!!")
	fmt.Print(s, "\n")
	fmt.Printf("%q %q %q\n", strings.TrimPrefix("aaa", "a"), strings.TrimPrefix("aaa", ""), strings.TrimPrefix("", "a"))
	fmt.Printf("%q %q %q\n", strings.TrimSuffix("aaa", "a"), strings.TrimSuffix("aaa", "aaa"), strings.TrimSuffix("a", "aa"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("日本語", "日"), strings.TrimSuffix("file.tar.gz", ".gz"))
}
// Output:
// Gophers!!!
// ¡¡¡Hello
// "aa" "aaa" ""
// "aa" "" "a"
// "本語" "file.tar"
