package main

import "fmt"

func main() {
	var a int8 = -16
	var b int16 = -256
	var c int32 = -1
	var d int64 = -4096
	fmt.Printf("%x %x %x %x\n", a, b, c, d)
	fmt.Printf("%X %o %b\n", a, b, int8(-2))
	fmt.Printf("%x %x %x\n", uint8(a), uint16(b), uint32(c))
	fmt.Printf("%#x %#X\n", a, d)
}

// Output:
// -10 -100 -1 -1000
// -10 -400 -10
// f0 ff00 ffffffff
// -0x10 -0X1000
