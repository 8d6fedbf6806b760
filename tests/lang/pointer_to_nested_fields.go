package main

import "fmt"

type Dim struct {
	Sizes [3]int
	Unit  string
}

type Box struct {
	Label string
	D     Dim
	Parts []Dim
}

func grow(n *int, by int) { *n += by }

func main() {
	b := Box{Label: "crate", D: Dim{[3]int{1, 2, 3}, "cm"}, Parts: make([]Dim, 2)}
	grow(&b.D.Sizes[2], 10)
	u := &b.D.Unit
	*u = "mm"
	fmt.Printf("%+v\n", b.D)
	pb := &b
	grow(&pb.D.Sizes[0], 5)
	part := &b.Parts[1]
	part.Unit = "in"
	grow(&part.Sizes[1], 4)
	grow(&b.Parts[0].Sizes[0], 1)
	fmt.Printf("%+v\n", b.Parts)
	label := &pb.Label
	*label += "!"
	fmt.Println(b.Label, b.D.Sizes)
	d := &b.D
	same := &b.D
	fmt.Println(d == same, &d.Sizes[0] == &b.D.Sizes[0], &b.Parts[0] == &b.Parts[1])
	bs := []Box{b}
	grow(&bs[0].D.Sizes[1], 100)
	fmt.Println(bs[0].D.Sizes, b.D.Sizes)
}

// Output:
// {Sizes:[1 2 13] Unit:mm}
// [{Sizes:[1 0 0] Unit:} {Sizes:[0 4 0] Unit:in}]
// crate! [6 2 13]
// true true false
// [6 102 13] [6 2 13]
