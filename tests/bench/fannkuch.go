// The Computer Language Benchmarks Game fannkuch-redux: for every
// permutation of 1..N, count the flips of the pancake stack until 1 is on
// top; print a checksum (flips summed with alternating signs in the
// permutation order) and the largest count. Slices of int, indexing and
// short loops.
//
// N = 10 takes lua5.4 over 5 s and N = 9 half a second, so N = 9 is run
// Reps times (each run allocates its slices anew) and printed once.
package main

import "fmt"

const (
	N    = 9
	Reps = 3
)

// fannkuch returns the checksum and the largest flip count over the
// permutations of n elements.
func fannkuch(n int) (int, int) {
	perm := make([]int, n)
	perm1 := make([]int, n)
	count := make([]int, n)
	for i := 0; i < n; i++ {
		perm1[i] = i
	}
	maxFlips, checksum, permCount := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		for i := 0; i < n; i++ {
			perm[i] = perm1[i]
		}
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permCount%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// Next permutation: rotate the first r+1 elements left by one
		// until a rotation count has not run out.
		for {
			if r == n {
				return checksum, maxFlips
			}
			perm0 := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = perm0
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permCount++
	}
}

func main() {
	checksum, maxFlips := 0, 0
	for i := 0; i < Reps; i++ {
		checksum, maxFlips = fannkuch(N)
	}
	fmt.Printf("%d\nPfannkuchen(%d) = %d\n", checksum, N, maxFlips)
}
