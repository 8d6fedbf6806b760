// After Seed, the top-level functions draw what Go draws after the same
// Seed (Go 1.19 and 1.20 alike; without Seed, Go 1.20 and gvm seed them
// randomly).
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	rand.Seed(1)
	fmt.Println(rand.Intn(100), rand.Int63(), rand.Int31(), rand.Int(), rand.Uint32(), rand.Uint64())
	fmt.Println(rand.Int63n(10), rand.Int31n(10), rand.Float64(), rand.Float32())
	fmt.Println(rand.Perm(6), rand.NormFloat64(), rand.ExpFloat64())
	s := []int{1, 2, 3, 4, 5}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	b := make([]byte, 6)
	n, err := rand.Read(b)
	fmt.Println(n, err, b)
	rand.Seed(1)
	fmt.Println(rand.Intn(100))
	// the global source and a new one with the same seed agree
	rand.Seed(77)
	r := rand.New(rand.NewSource(77))
	same := true
	for i := 0; i < 1000; i++ {
		if rand.Int63() != r.Int63() {
			same = false
		}
	}
	fmt.Println(same)
}

// Output:
// 81 8674665223082153551 1427131847 4037200794235010051 1823804162 6334824724549167320
// 8 0 0.09696951891448456 0.30091187
// [2 3 5 4 1 0] 0.5273583930598617 0.2115638815656507
// [2 3 5 1 4]
// 6 <nil> [63 106 142 182 104 210]
// 81
// true
