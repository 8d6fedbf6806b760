// strings.Title (deprecated, still there): the first letter of each word
// to title case; a word starts after a space or a punctuation mark, not
// after a letter, digit or underscore.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Title("her royal highness"), strings.Title("loud noises"), strings.Title("хлеб"))
	for _, s := range []string{
		"hello wide world", "o'neil is_here 3rd x-ray", "ǆungla ǉubav", "日本 語",
		"élan vital", "a.b,c;d", "", "  spaces  ", "ABC def", "x\u00a0y\u2000z", "ĳssel", "über\xffalles",
	} {
		fmt.Printf("%q\n", strings.Title(s))
	}
}
// Output:
// Her Royal Highness Loud Noises Хлеб
// "Hello Wide World"
// "O'Neil Is_here 3rd X-Ray"
// "ǅungla ǈubav"
// "日本 語"
// "Élan Vital"
// "A.B,C;D"
// ""
// "  Spaces  "
// "ABC Def"
// "X\u00a0Y\u2000Z"
// "Ĳssel"
// "Über�alles"
