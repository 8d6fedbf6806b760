package main

import "fmt"

func main() {
	a := [5]int{2: 1}
	fmt.Println(a)
	b := [...]string{3: "d", 1: "b"}
	fmt.Println(len(b), b)
	fmt.Printf("%q\n", b)
	c := [...]int{1, 2, 5: 6, 7}
	fmt.Println(len(c), c)
	const last = 9
	d := [...]bool{last: true, 0: true}
	fmt.Println(len(d), d)
	e := [4]rune{'a', 3: 'd'}
	fmt.Println(e)
}

// Output:
// [0 0 1 0 0]
// 4 [ b  d]
// ["" "b" "" "d"]
// 7 [1 2 0 0 0 6 7]
// 10 [true false false false false false false false false true]
// [97 0 0 100]
