package main

import "fmt"

func main() {
	var a int8 = -128
	var m int8 = -1
	fmt.Println(a/m, a%m)
	var b int16 = -32768
	var n int16 = -1
	fmt.Println(b/n, b%n)
	var c int32 = -2147483648
	var o int32 = -1
	fmt.Println(c/o, c%o)
	var d int64 = -9223372036854775808
	var p int64 = -1
	fmt.Println(d/p, d%p)
}

// Output:
// -128 0
// -32768 0
// -2147483648 0
// -9223372036854775808 0
