package main

import "fmt"

func main() {
	bad := "a\xffb\xe2\x82c\xed\xa0\x80d\xf4\x90\x80\x80"
	fmt.Println(len(bad))
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	rs := []rune(bad)
	fmt.Println(len(rs), rs)
	back := string(rs)
	fmt.Println(len(back), back == bad)
	fmt.Printf("%q\n%+q\n%x\n", bad, back, bad)
	for _, v := range []rune{-1, 0xD800, 0xDFFF, 0x10FFFF, 0x110000, 0x7FFFFFFF} {
		s := string(v)
		fmt.Printf("%X %q %d\n", v, s, len(s))
	}
	trunc := "\xe4\xb8"
	n := 0
	for range trunc {
		n++
	}
	fmt.Println(n, []byte(trunc), []rune(trunc))
	fmt.Println(string([]byte{0xc0, 0xaf}) == "\uFFFD\uFFFD", []rune(string([]byte{0xc0, 0xaf})))
}

// Output:
// 14
// 0:U+0061 1:U+FFFD 2:U+0062 3:U+FFFD 4:U+FFFD 5:U+0063 6:U+FFFD 7:U+FFFD 8:U+FFFD 9:U+0064 10:U+FFFD 11:U+FFFD 12:U+FFFD 13:U+FFFD 
// 14 [97 65533 98 65533 65533 99 65533 65533 65533 100 65533 65533 65533 65533]
// 34 false
// "a\xffb\xe2\x82c\xed\xa0\x80d\xf4\x90\x80\x80"
// "a\ufffdb\ufffd\ufffdc\ufffd\ufffd\ufffdd\ufffd\ufffd\ufffd\ufffd"
// 61ff62e28263eda08064f4908080
// -1 "�" 3
// D800 "�" 3
// DFFF "�" 3
// 10FFFF "\U0010ffff" 4
// 110000 "�" 3
// 7FFFFFFF "�" 3
// 2 [228 184] [65533 65533]
// false [65533 65533]
