package main

import (
	"fmt"
	"sort"
)

type card struct {
	rank int
	suit string
}

type byRank []card

func (c byRank) Len() int           { return len(c) }
func (c byRank) Less(i, j int) bool { return c[i].rank < c[j].rank }
func (c byRank) Swap(i, j int)      { c[i], c[j] = c[j], c[i] }

// A pointer receiver and a non-slice representation.
type ring struct {
	vals []int
	ops  int
}

func (r *ring) Len() int           { return len(r.vals) }
func (r *ring) Less(i, j int) bool { r.ops++; return r.vals[i] > r.vals[j] }
func (r *ring) Swap(i, j int)      { r.ops++; r.vals[i], r.vals[j] = r.vals[j], r.vals[i] }

func main() {
	suits := []string{"♠", "♥", "♦", "♣"}
	var deck []card
	for i := 0; i < 52; i++ {
		deck = append(deck, card{(i*17)%13 + 1, suits[i%4]})
	}
	sort.Sort(byRank(deck))
	fmt.Println(deck[:16])
	fmt.Println(sort.IsSorted(byRank(deck)))
	sort.Stable(byRank(deck))
	r := &ring{vals: []int{5, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4}}
	sort.Sort(r)
	ops := r.ops
	fmt.Println(r.vals, ops, sort.IsSorted(r))
	sort.Sort(byRank(nil))
	sort.Stable(byRank{})
	fmt.Println("done")
}


// Output:
// [{1 ♥} {1 ♦} {1 ♣} {1 ♠} {2 ♦} {2 ♥} {2 ♣} {2 ♠} {3 ♥} {3 ♣} {3 ♦} {3 ♠} {4 ♦} {4 ♥} {4 ♠} {4 ♣}]
// true
// [9 9 9 8 8 7 6 5 5 5 5 4 4 3 3 3 2 2 1 1] 109 true
// done
