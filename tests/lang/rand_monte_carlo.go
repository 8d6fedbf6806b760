// Simulations over a seeded generator: pi by darts, a random walk, and
// the birthday paradox.
package main

import (
	"fmt"
	"math"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(314159))
	in := 0
	const n = 200000
	for i := 0; i < n; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y < 1 {
			in++
		}
	}
	fmt.Println(in, 4*float64(in)/n, math.Abs(4*float64(in)/n-math.Pi) < 0.01)
	pos, far := 0, 0
	for i := 0; i < 10000; i++ {
		if r.Intn(2) == 0 {
			pos++
		} else {
			pos--
		}
		if pos > far {
			far = pos
		}
	}
	fmt.Println(pos, far)
	shared := 0
	for trial := 0; trial < 2000; trial++ {
		var seen [365]bool
		for p := 0; p < 23; p++ {
			d := r.Intn(365)
			if seen[d] {
				shared++
				break
			}
			seen[d] = true
		}
	}
	fmt.Println(shared)
}

// Output:
// 157081 3.14162 true
// 172 282
// 1004
