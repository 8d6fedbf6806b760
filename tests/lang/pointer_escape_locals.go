package main

import "fmt"

func counter() *int {
	n := 0
	return &n
}

type Rec struct{ ID int }

func makeRecs(n int) []*Rec {
	var out []*Rec
	for i := 0; i < n; i++ {
		r := Rec{ID: i}
		out = append(out, &r)
	}
	return out
}

func main() {
	a := counter()
	b := counter()
	*a = 5
	fmt.Println(*a, *b, a == b)
	recs := makeRecs(3)
	for _, r := range recs {
		fmt.Print(r.ID, " ")
	}
	fmt.Println(recs[0] == recs[1])
}

// Output:
// 5 0 false
// 0 1 2 false
