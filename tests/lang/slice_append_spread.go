package main

import "fmt"

func main() {
	a := []int{1, 2, 3}
	b := []int{4, 5}
	c := append(a, b...)
	fmt.Println(c, len(c), cap(c))
	d := append(a[:1], b...)
	fmt.Println(d, a)
	e := append([]int(nil), a...)
	e[0] = 100
	fmt.Println(e, a)
	a = append(a, a...)
	fmt.Println(a, len(a), cap(a))
	var none []int
	f := append(b, none...)
	fmt.Println(f, len(f), cap(f))
	words := []string{"a"}
	more := []string{"b", "c"}
	words = append(words, more...)
	words = append(words, words[1:]...)
	fmt.Println(words, len(words))
}

// Output:
// [1 2 3 4 5] 5 6
// [1 4 5] [1 4 5]
// [100 4 5] [1 4 5]
// [1 4 5 1 4 5] 6 6
// [4 5] 2 2
// [a b c b c] 5
