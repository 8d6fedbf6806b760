// bytes' Trim family; an empty result of Trim, TrimLeft, TrimSpace is
// nil, of TrimRight is the empty subslice.
package main

import (
	"bytes"
	"fmt"
)

func show(b []byte) {
	fmt.Printf("%q len=%d cap=%d nil=%v\n", b, len(b), cap(b), b == nil)
}

func main() {
	show(bytes.Trim([]byte(" !!! Achtung! Achtung! !!! "), "! "))
	show(bytes.TrimLeft([]byte("453gopher8257"), "0123456789"))
	show(bytes.TrimRight([]byte("453gopher8257"), "0123456789"))
	show(bytes.Trim([]byte("xxx"), "x"))
	show(bytes.TrimLeft([]byte("xxx"), "x"))
	show(bytes.TrimRight([]byte("xxx"), "x"))
	show(bytes.Trim([]byte{}, "x"))
	show(bytes.TrimRight([]byte{}, "x"))
	show(bytes.Trim([]byte("abc"), ""))
	show(bytes.Trim([]byte("¡¡hola!!"), "!¡"))
	show(bytes.TrimSpace([]byte(" \t\n a lone gopher \n\t\r\n")))
	show(bytes.TrimSpace([]byte("   ")))
	show(bytes.TrimSpace([]byte("\u00a0x\u3000")))
	show(bytes.TrimSpace(nil))
	show(bytes.Trim([]byte("\xffa\xfe"), "\uFFFD"))
}
// Output:
// "Achtung! Achtung" len=16 cap=22 nil=false
// "gopher8257" len=10 cap=10 nil=false
// "453gopher" len=9 cap=13 nil=false
// "" len=0 cap=0 nil=true
// "" len=0 cap=0 nil=true
// "" len=0 cap=3 nil=false
// "" len=0 cap=0 nil=true
// "" len=0 cap=0 nil=false
// "abc" len=3 cap=3 nil=false
// "hola" len=4 cap=6 nil=false
// "a lone gopher" len=13 cap=18 nil=false
// "" len=0 cap=0 nil=true
// "x" len=1 cap=4 nil=false
// "" len=0 cap=0 nil=true
// "a" len=1 cap=2 nil=false
