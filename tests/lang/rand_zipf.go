package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(3))
	z := rand.NewZipf(r, 1.2, 1, 20)
	counts := make([]int, 21)
	for i := 0; i < 10000; i++ {
		counts[z.Uint64()]++
	}
	fmt.Println(counts)
	z2 := rand.NewZipf(r, 2.5, 5, 1000)
	for i := 0; i < 8; i++ {
		fmt.Print(z2.Uint64(), " ")
	}
	fmt.Println()
	fmt.Println(rand.NewZipf(r, 1, 1, 10) == nil, rand.NewZipf(r, 2, 0.5, 10) == nil)
}

// Output:
// [3491 1535 927 624 499 446 321 284 235 202 200 179 147 133 136 122 104 122 101 99 93]
// 2 2 6 10 0 2 4 0 
// true true
