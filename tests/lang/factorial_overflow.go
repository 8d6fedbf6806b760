package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fact32(n int32) int32 {
	r := int32(1)
	for i := int32(2); i <= n; i++ {
		r *= i
	}
	return r
}

func factU8(n uint8) uint8 {
	var r uint8 = 1
	for ; n > 1; n-- {
		r *= n
	}
	return r
}

func main() {
	for _, n := range "\x05\x0a\x14\x15\x19" {
		fmt.Println(n, fact(int(n)), fact32(int32(n)), factU8(uint8(n)))
	}
}

// Output:
// 5 120 120 120
// 10 3628800 3628800 0
// 20 2432902008176640000 -2102132736 0
// 21 -4249290049419214848 -1195114496 0
// 25 7034535277573963776 2076180480 0
