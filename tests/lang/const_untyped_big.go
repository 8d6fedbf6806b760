package main

import "fmt"

const Big = 1 << 100
const Small = Big >> 98

const Huge = 1e500
const Tiny = Huge / 1e499

func main() {
	fmt.Println(Small, 1<<100>>98, Big/(1<<97))
	fmt.Println(Tiny)
	fmt.Println(Big*Big/Big/Big, 1<<62)
	const f = 1.0 / 3
	fmt.Println(f * 3, f)
	const x = 'a' + 1
	fmt.Println(x, string(rune(x)))
	var u uint8 = Big >> 93
	fmt.Println(u)
}

// Output:
// 4 4 8
// 10
// 1 4611686018427387904
// 1 0.3333333333333333
// 98 b
// 128
