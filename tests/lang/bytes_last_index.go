// bytes.LastIndex, LastIndexByte and LastIndexAny.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	s := []byte("go gopher 日本日本 \xe6")
	fmt.Println(bytes.LastIndex(s, []byte("go")), bytes.LastIndex(s, []byte("日本")), bytes.LastIndex(s, nil), bytes.LastIndex(s, []byte("x")))
	fmt.Println(bytes.LastIndexByte(s, 'o'), bytes.LastIndexByte(s, 0xe6), bytes.LastIndexByte(nil, 'a'))
	fmt.Println(bytes.LastIndexAny(s, "og"), bytes.LastIndexAny(s, "本"), bytes.LastIndexAny(s, "\uFFFD"), bytes.LastIndexAny(s, ""))
	fmt.Println(bytes.LastIndexAny([]byte("\xff"), "\uFFFD"), bytes.LastIndexAny([]byte("a"), "xa"), bytes.LastIndexAny([]byte("long text here!!"), "xe"))
}
// Output:
// 3 16 24 -1
// 4 23 -1
// 4 19 23 -1
// 0 0 13
