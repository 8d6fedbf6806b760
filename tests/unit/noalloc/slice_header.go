// Copying a slice header: assignment, passing and returning, reslicing
// (two and three indices), storing into existing elements of a slice of
// slices, an array of slices and struct fields, and append within the
// capacity (no growth), none of which touches the backing array's memory
// management.
package main

import "os"

type Window struct {
	data []int
	view []int
}

func tail(s []int) []int { return s[1:] }

func first(s []int) int { return s[0] }

func iterations() int {
	n := 0
	for _, c := range os.Args[1] {
		n = n*10 + int(c-'0')
	}
	return n
}

func main() {
	n := iterations()
	backing := make([]int, 16, 32)
	for i := range backing {
		backing[i] = i
	}
	table := make([][]int, 4)
	var slots [4][]int
	var w Window
	wp := &w
	sum := 0
	for i := 0; i < n; i++ {
		s := backing
		t := tail(s)
		u := t[2:5:8]
		table[i%4] = u
		slots[i%4] = table[i%4]
		w.data = slots[i%4]
		wp.view = w.data[:cap(w.data)]
		v := append(u[:1], 99)
		sum += first(t) + first(wp.view) + len(v) - cap(u)
		s, t = t, s
		sum -= first(s) - 1
	}
	if sum != 0 || backing[4] != 99 {
		os.Exit(3)
	}
}
