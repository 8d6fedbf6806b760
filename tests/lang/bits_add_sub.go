// Add and Sub with carries, chained into 128-bit arithmetic.
package main

import (
	"fmt"
	"math/bits"
)

type u128 struct{ hi, lo uint64 }

func add(a, b u128) u128 {
	lo, c := bits.Add64(a.lo, b.lo, 0)
	hi, _ := bits.Add64(a.hi, b.hi, c)
	return u128{hi, lo}
}

func sub(a, b u128) u128 {
	lo, br := bits.Sub64(a.lo, b.lo, 0)
	hi, _ := bits.Sub64(a.hi, b.hi, br)
	return u128{hi, lo}
}

func main() {
	max := ^uint64(0)
	fmt.Println(bits.Add64(max, 1, 0))
	fmt.Println(bits.Add64(max, max, 1))
	fmt.Println(bits.Add64(3, 4, 1))
	fmt.Println(bits.Add32(0xffffffff, 1, 0))
	fmt.Println(bits.Add32(0xffffffff, 0xffffffff, 1))
	fmt.Println(bits.Add(uint(max), 0, 1))
	fmt.Println(bits.Sub64(0, 1, 0))
	fmt.Println(bits.Sub64(5, 3, 1))
	fmt.Println(bits.Sub64(0, max, 1))
	fmt.Println(bits.Sub32(0, 1, 0))
	fmt.Println(bits.Sub32(7, 7, 1))
	fmt.Println(bits.Sub(1, 2, 0))
	x := u128{0, max}
	y := add(x, u128{0, 1})
	fmt.Println(y, sub(y, u128{0, 1}), sub(u128{}, u128{0, 1}))
	// a 128-bit Fibonacci
	a, b := u128{0, 0}, u128{0, 1}
	for i := 0; i < 150; i++ {
		a, b = b, add(a, b)
	}
	fmt.Println(a)
}

// Output:
// 0 1
// 18446744073709551615 1
// 8 0
// 0 1
// 4294967295 1
// 0 1
// 18446744073709551615 1
// 1 0
// 0 1
// 4294967295 1
// 4294967295 1
// 18446744073709551615 1
// {1 0} {0 18446744073709551615} {18446744073709551615 18446744073709551615}
// {540432318969 6792540214324356296}
