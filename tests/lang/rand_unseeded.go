// Without Seed, the top-level functions are seeded randomly at start-up
// (Go 1.20's behaviour, followed by gvm; Go 1.19 seeded with 1): only
// their ranges can be checked.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		if n := rand.Intn(10); n < 0 || n >= 10 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if rand.Int63() < 0 || rand.Int31() < 0 || rand.Int() < 0 {
			ok = false
		}
	}
	p := rand.Perm(10)
	seen := map[int]bool{}
	for _, v := range p {
		seen[v] = true
	}
	fmt.Println(ok, len(seen))
}

// Output:
// true 10
