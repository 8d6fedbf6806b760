// pdqsort's paths: sorted, reversed, organ-pipe, sawtooth and constant
// inputs, with ids showing where equal keys end up, and the number of
// Less and Swap calls each input takes (the same in gvm as in Go only if
// the algorithm is the same, step for step).
package main

import (
	"fmt"
	"sort"
)

type elem struct{ key, id int }

type counted struct {
	xs          []elem
	less, swaps int
}

func (c *counted) Len() int { return len(c.xs) }
func (c *counted) Less(i, j int) bool {
	c.less++
	return c.xs[i].key < c.xs[j].key
}
func (c *counted) Swap(i, j int) {
	c.swaps++
	c.xs[i], c.xs[j] = c.xs[j], c.xs[i]
}

func run(name string, n int, key func(i int) int) {
	c := &counted{}
	for i := 0; i < n; i++ {
		c.xs = append(c.xs, elem{key(i), i})
	}
	sort.Sort(c)
	less, swaps := c.less, c.swaps
	h := 0
	for _, e := range c.xs {
		h = h*31 + e.id
		h %= 1000000007
	}
	fmt.Println(name, n, less, swaps, h, sort.IsSorted(c))
	c2 := &counted{}
	for i := 0; i < n; i++ {
		c2.xs = append(c2.xs, elem{key(i), i})
	}
	sort.Stable(c2)
	fmt.Println("  stable", c2.less, c2.swaps)
}

func main() {
	for _, n := range []int{10, 50, 100, 1000} {
		run("sorted", n, func(i int) int { return i })
		run("reversed", n, func(i int) int { return -i })
		run("organ", n, func(i int) int {
			if i < n/2 {
				return i
			}
			return n - i
		})
		run("saw", n, func(i int) int { return i % 17 })
		run("const", n, func(i int) int { return 7 })
		run("mixed", n, func(i int) int { return (i * 7919) % 101 })
		run("twoval", n, func(i int) int { return (i * i) % 2 })
	}
}


// Output:
// sorted 10 9 0 698090275 true
//   stable 9 0
// reversed 10 45 45 786282756 true
//   stable 45 45
// organ 10 25 16 511580431 true
//   stable 25 16
// saw 10 9 0 698090275 true
//   stable 9 0
// const 10 9 0 698090275 true
//   stable 9 0
// mixed 10 25 16 127326667 true
//   stable 25 16
// twoval 10 19 10 387591798 true
//   stable 19 10
// sorted 50 61 0 311237336 true
//   stable 61 0
// reversed 50 61 25 207645835 true
//   stable 444 509
// organ 50 251 116 479192968 true
//   stable 298 294
// saw 50 273 111 339902797 true
//   stable 265 236
// const 50 61 0 311237336 true
//   stable 61 0
// mixed 50 280 133 978784801 true
//   stable 303 311
// twoval 50 142 20 537421748 true
//   stable 172 130
// sorted 100 111 0 401009588 true
//   stable 122 0
// reversed 100 111 50 597468342 true
//   stable 985 1162
// organ 100 630 279 884937509 true
//   stable 672 735
// saw 100 605 214 127409206 true
//   stable 746 819
// const 100 111 0 401009588 true
//   stable 122 0
// mixed 100 677 249 640343065 true
//   stable 808 887
// twoval 100 339 39 441569649 true
//   stable 377 305
// sorted 1000 1011 0 691508967 true
//   stable 1229 0
// reversed 1000 1011 500 833085962 true
//   stable 9842 13832
// organ 1000 9698 3327 114315358 true
//   stable 7208 9929
// saw 1000 5763 1077 630587126 true
//   stable 9662 16140
// const 1000 1011 0 691508967 true
//   stable 1229 0
// mixed 1000 8289 1808 460394114 true
//   stable 12574 18831
// twoval 1000 2545 257 131857486 true
//   stable 3892 4020
