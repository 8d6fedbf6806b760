package main

import "fmt"

func main() {
	b := []byte("hi é")
	fmt.Println(b)
	fmt.Printf("%v\n", b)
	fmt.Printf("%s|\n", b)
	fmt.Printf("%q %x\n", []byte("tab\t nul\x00"), []byte("\n\x00"))
	fmt.Printf("%q\n", b)
	fmt.Printf("%x\n", b)
	fmt.Printf("%X\n", b)
	fmt.Printf("% x\n", b)
	fmt.Printf("%#x\n", b)
	fmt.Printf("%# x\n", b)
	fmt.Printf("%#v\n", b)
	fmt.Printf("%T\n", b)
	arr := [4]byte{'o', 'k', 0xab, 0xff}
	fmt.Printf("%v %x %X %s\n", arr, arr, arr, arr[:2])
	fmt.Printf("%d\n", b[:2])
	fmt.Printf("%x %q\n", []byte{}, []byte(nil))
	fmt.Printf("%8x|%-8s|\n", []byte("ab"), []byte("ab"))
	fmt.Printf("%.1x %.3s\n", []byte("abc"), []byte("abcdef"))
	type Raw []byte
	fmt.Printf("%v %s %x\n", Raw("go"), Raw("go"), Raw("go"))
}

// Output:
// [104 105 32 195 169]
// [104 105 32 195 169]
// hi é|
// "tab\t nul\x00" 0a00
// "hi é"
// 686920c3a9
// 686920C3A9
// 68 69 20 c3 a9
// 0x686920c3a9
// 0x68 0x69 0x20 0xc3 0xa9
// []byte{0x68, 0x69, 0x20, 0xc3, 0xa9}
// []uint8
// [111 107 171 255] 6f6babff 6F6BABFF ok
// [104 105]
//  ""
//     6162|ab      |
// 61 abc
// [103 111] go 676f
