package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(2023))
	fmt.Println(r.Perm(0), r.Perm(1), r.Perm(5))
	fmt.Println(r.Perm(20))
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	calls := 0
	r.Shuffle(100, func(i, j int) { calls++ })
	fmt.Println(calls)
	r.Shuffle(0, func(i, j int) { panic("never") })
	deck := make([]int, 52)
	for i := range deck {
		deck[i] = i
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck[:13])
}

// Output:
// [] [0] [0 2 3 4 1]
// [6 13 4 14 18 17 1 2 11 7 15 3 0 5 19 16 8 10 12 9]
// [gamma eta zeta delta alpha theta beta epsilon]
// 99
// [22 50 8 48 10 24 16 23 1 47 40 45 28]
