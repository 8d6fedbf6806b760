package main

import "fmt"

const third = 1.0 / 3
const exact = third * 3

func main() {
	fmt.Println(exact == 1, third)
	const big = 1e30
	fmt.Println(big/1e29, int64(big/1e20))
	const m = 9223372036854775807
	fmt.Println(m, -m-1, uint64(m)*2+1)
	const r = 'x' - 'a'
	fmt.Println(r, 077, 0o17, 0x1F, 0b101, 1_000_000)
	fmt.Println(0x1p4, 1_0.5e1, 0x.8p1)
	fmt.Println(10/4, 10/4.0, 10.0/4, -10/4)
}

// Output:
// true 0.3333333333333333
// 10 10000000000
// 9223372036854775807 -9223372036854775808 18446744073709551615
// 23 63 15 31 5 1000000
// 16 105 1
// 2 2.5 2.5 -2
