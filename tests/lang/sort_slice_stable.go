package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 30},
		{"Grace", 25}, {"Heidi", 35}, {"Ivan", 30}, {"Judy", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.SliceStable(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	words := []string{"the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "and", "runs",
		"far", "away", "from", "the", "big", "bad", "wolf"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	// long input: blocks of 20 merged by SymMerge
	xs := make([][2]int, 500)
	for i := range xs {
		xs[i] = [2]int{(i * 7) % 13, i}
	}
	sort.SliceStable(xs, func(i, j int) bool { return xs[i][0] < xs[j][0] })
	ok := true
	for i := 1; i < len(xs); i++ {
		if xs[i-1][0] == xs[i][0] && xs[i-1][1] > xs[i][1] {
			ok = false
		}
	}
	fmt.Println(ok, xs[:6], xs[494:])
	fmt.Println(sort.SliceIsSorted(xs, func(i, j int) bool { return xs[i][0] < xs[j][0] }))
}



// Output:
// [{Bob 25} {Dave 25} {Grace 25} {Judy 25} {Alice 30} {Carol 30} {Frank 30} {Ivan 30} {Eve 35} {Heidi 35}]
// [{Judy 25} {Ivan 30} {Heidi 35} {Grace 25} {Frank 30} {Eve 35} {Dave 25} {Carol 30} {Bob 25} {Alice 30}]
// [the fox the dog and far the big bad over lazy runs away from wolf quick brown jumps]
// true [[0 0] [0 13] [0 26] [0 39] [0 52] [0 65]] [[12 427] [12 440] [12 453] [12 466] [12 479] [12 492]]
// true
