// bytes' functions taking a func: IndexFunc, LastIndexFunc, TrimFunc,
// TrimLeftFunc (nil when everything goes), TrimRightFunc.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	digit := func(r rune) bool { return r >= '0' && r <= '9' }
	big := func(r rune) bool { return r > 0x7F }
	s := []byte("123go世界456")
	fmt.Println(bytes.IndexFunc(s, big), bytes.LastIndexFunc(s, big), bytes.IndexFunc(s, func(r rune) bool { return r == 'x' }))
	fmt.Printf("%q %q %q\n", bytes.TrimFunc(s, digit), bytes.TrimLeftFunc(s, digit), bytes.TrimRightFunc(s, digit))
	all := bytes.TrimLeftFunc([]byte("123"), digit)
	fmt.Println(all == nil, len(all))
	r := bytes.TrimRightFunc([]byte("123"), digit)
	fmt.Println(r == nil, len(r), cap(r))
	bad := func(r rune) bool { return r == '\uFFFD' }
	fmt.Printf("%q %d\n", bytes.TrimFunc([]byte("\xffok\xe4\xb8"), bad), bytes.LastIndexFunc([]byte("a\xe4\xb8"), bad))
	fmt.Println(bytes.IndexFunc(nil, digit), bytes.LastIndexFunc(nil, digit))
}
// Output:
// 5 8 -1
// "go世界" "go世界456" "123go世界"
// true 0
// false 0 3
// "ok" 2
// -1 -1
