// Counts primes below N by trial division up to the square root: a
// loop-heavy kernel of compares, multiplies and modulos, with no slices
// (the language subset of this milestone has none).
package main

import "fmt"

const N = 1000000

func main() {
	count := 0
	for n := 2; n < N; n++ {
		prime := true
		for d := 2; d*d <= n; d++ {
			if n%d == 0 {
				prime = false
				break
			}
		}
		if prime {
			count++
		}
	}
	fmt.Println(count)
}
