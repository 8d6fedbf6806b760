// strings.Map calls the program's mapping on every rune; a negative
// result drops the rune, and invalid bytes come out as U+FFFD once
// anything changes.
package main

import (
	"fmt"
	"strings"
)

func main() {
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	dropVowels := func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(dropVowels, "programming language"))
	same := func(r rune) rune { return r }
	fmt.Printf("%q %q\n", strings.Map(same, "a\xffb"), strings.Map(same, "日本"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune {
		if r == 'x' {
			return 'y'
		}
		return r
	}, "x\xff\xfe"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return r + 1 }, "HAL-9000"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return 0xD800 }, "ab"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return '世' }, "abc"))
	fmt.Printf("%q\n", strings.Map(func(r rune) rune { return -1 }, "all gone"))
	n := 0
	strings.Map(func(r rune) rune { n++; return r }, "héllo")
	fmt.Println(n)
}
// Output:
// 'Gjnf oevyyvt naq gur fyvgul tbcure...
// prgrmmng lngg
// "a�b" "日本"
// "y��"
// "IBM.:111"
// "��"
// "世世世"
// ""
// 5
