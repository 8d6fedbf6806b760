package main

import (
	"fmt"
	"math/bits"
)

func main() {
	max := ^uint64(0)
	fmt.Println(bits.Mul64(max, max))
	fmt.Println(bits.Mul64(1<<32, 1<<32))
	fmt.Println(bits.Mul64(123456789, 987654321))
	fmt.Println(bits.Mul32(0xffffffff, 0xffffffff))
	fmt.Println(bits.Mul(1<<63, 2))
	fmt.Println(bits.Div64(1, 0, 2))
	fmt.Println(bits.Div64(0, 100, 7))
	fmt.Println(bits.Div64(max-1, max, max))
	fmt.Println(bits.Div32(1, 0, 3))
	fmt.Println(bits.Div(0, 10, 3))
	fmt.Println(bits.Rem64(5, 7, 3), bits.Rem64(max, max, 10), bits.Rem32(9, 9, 4), bits.Rem(10, 20, 7))
	// Rem never overflows: hi may exceed y
	fmt.Println(bits.Rem64(100, 0, 3), bits.Rem32(100, 0, 3))
	// (hi, lo) / y then back
	hi, lo := bits.Mul64(0xdeadbeefcafebabe, 0x123456789)
	q, r := bits.Div64(hi, lo, 0x123456789)
	fmt.Printf("%#x %#x %d\n", hi, lo, r)
	fmt.Printf("%#x\n", q)
}

// Output:
// 18446744073709551614 1
// 1 0
// 0 121932631112635269
// 4294967294 1
// 1 0
// 9223372036854775808 0
// 14 2
// 18446744073709551615 18446744073709551614
// 1431655765 1
// 3 1
// 0 5 1 5
// 1 1
// 0xfd5bdeee 0x1d2eedee6eaa61ae 0
// 0xdeadbeefcafebabe
