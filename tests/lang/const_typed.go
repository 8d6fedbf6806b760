package main

import "fmt"

const A int8 = 100
const B = A / 3
const C float32 = 1.0 / 3.0
const D = "con" + "cat"
const E = len(D)
const F uint16 = 1<<16 - 1
const G = -7 / 2
const H = -7 % 2
const I = 7.0 / 2

func main() {
	fmt.Println(A, B, C, D, E, F, G, H, I)
	fmt.Printf("%T %T %T %T %T %T\n", A, B, C, D, E, F)
	const z = 5 == 5
	fmt.Println(z, !z, 3 < 4 && "a" < "b")
}

// Output:
// 100 33 0.33333334 concat 6 65535 -3 -1 3.5
// int8 int8 float32 string int uint16
// true false true
