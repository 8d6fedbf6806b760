// strings.ToTitle maps every letter to title case, which differs from
// upper case for the digraphs (ǆ → ǅ, not Ǆ).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToTitle("loud noises"), strings.ToTitle("хлеб"))
	for _, s := range []string{"ǆ ǅ Ǆ", "ǉ ǌ ǳ", "ß", "ᾳ ᾀ", "straße", "", "abc\xff"} {
		fmt.Printf("%q %q %q\n", s, strings.ToTitle(s), strings.ToUpper(s))
	}
}
// Output:
// LOUD NOISES ХЛЕБ
// "ǆ ǅ Ǆ" "ǅ ǅ ǅ" "Ǆ Ǆ Ǆ"
// "ǉ ǌ ǳ" "ǈ ǋ ǲ" "Ǉ Ǌ Ǳ"
// "ß" "ß" "ß"
// "ᾳ ᾀ" "ᾼ ᾈ" "ᾼ ᾈ"
// "straße" "STRAßE" "STRAßE"
// "" "" ""
// "abc\xff" "ABC�" "ABC�"
