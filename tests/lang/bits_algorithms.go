// Bit tricks built on math/bits: subsets by Gosper's hack, a bitset, and
// integer log2 and sqrt.
package main

import (
	"fmt"
	"math/bits"
)

type bitset []uint64

func (b bitset) set(i int)       { b[i/64] |= 1 << (i % 64) }
func (b bitset) has(i int) bool  { return b[i/64]&(1<<(i%64)) != 0 }
func (b bitset) count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

// each calls f on the set bits, in order.
func (b bitset) each(f func(int)) {
	for i, w := range b {
		for w != 0 {
			t := bits.TrailingZeros64(w)
			f(i*64 + t)
			w &= w - 1
		}
	}
}

func isqrt(n uint64) uint64 {
	if n == 0 {
		return 0
	}
	x := uint64(1) << ((bits.Len64(n) + 1) / 2)
	for {
		y := (x + n/x) / 2
		if y >= x {
			return x
		}
		x = y
	}
}

func main() {
	// the primes below 200 by a sieve in a bitset
	composite := make(bitset, 4)
	for i := 2; i*i < 200; i++ {
		if !composite.has(i) {
			for j := i * i; j < 200; j += i {
				composite.set(j)
			}
		}
	}
	var primes []int
	for i := 2; i < 200; i++ {
		if !composite.has(i) {
			primes = append(primes, i)
		}
	}
	fmt.Println(len(primes), primes[len(primes)-5:])
	n := 0
	composite.each(func(i int) { n += i })
	fmt.Println(composite.count(), n)
	// all 3-element subsets of 5, in Gosper's order
	for x := uint(7); x < 1<<5; {
		fmt.Printf("%05b ", x)
		c := x & -x
		r := x + c
		x = (((r ^ x) >> 2) / c) | r
	}
	fmt.Println()
	for _, v := range []uint64{0, 1, 15, 16, 1 << 40, 1<<62 + 12345, ^uint64(0)} {
		fmt.Println(v, bits.Len64(v)-1, isqrt(v))
	}
}

// Output:
// 46 [181 191 193 197 199]
// 152 15672
// 00111 01011 01101 01110 10011 10101 10110 11001 11010 11100 
// 0 -1 0
// 1 0 1
// 15 3 3
// 16 4 4
// 1099511627776 40 1048576
// 4611686018427400249 62 2147483648
// 18446744073709551615 63 4294967295
