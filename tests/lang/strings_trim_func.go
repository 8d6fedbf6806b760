// strings.TrimFunc, TrimLeftFunc and TrimRightFunc with the program's
// predicates, over multi-byte and invalid UTF-8.
package main

import (
	"fmt"
	"strings"
)

func main() {
	notAlnum := func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }
	fmt.Println(strings.TrimFunc("¡¡¡hello, gophers!!!", notAlnum))
	fmt.Println(strings.TrimLeftFunc("¡¡¡hello, gophers!!!", notAlnum))
	fmt.Println(strings.TrimRightFunc("¡¡¡hello, gophers!!!", notAlnum))
	digit := func(r rune) bool { return r >= '0' && r <= '9' }
	fmt.Printf("%q %q %q\n", strings.TrimFunc("123", digit), strings.TrimLeftFunc("", digit), strings.TrimRightFunc("12a34", digit))
	big := func(r rune) bool { return r > 0x7F }
	fmt.Printf("%q %q\n", strings.TrimFunc("日本abc語", big), strings.TrimRightFunc("abc\xe6\x97", big))
	bad := func(r rune) bool { return r == '\uFFFD' }
	fmt.Printf("%q %q\n", strings.TrimFunc("\xff\xfeab\xc3", bad), strings.TrimRightFunc("a\xe6\x97\xa5", bad))
}
// Output:
// hello, gophers
// hello, gophers!!!
// ¡¡¡hello, gophers
// "" "" "12a"
// "abc" "abc"
// "ab" "a日"
