package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a != b, a == c, a != c)

	s1 := [2]string{"go", "vm"}
	s2 := [2]string{"go", "v" + "m"}
	fmt.Println(s1 == s2)

	p1 := [2]Point{{1, 2}, {3, 4}}
	p2 := [2]Point{{1, 2}, {3, 4}}
	p2[1].Y++
	fmt.Println(p1 == p2)
	p2[1].Y--
	fmt.Println(p1 == p2)

	var z1, z2 [0]int
	fmt.Println(z1 == z2)

	grid1 := [2][2]int{{1, 0}, {0, 1}}
	grid2 := [2][2]int{{1, 0}, {0, 1}}
	fmt.Println(grid1 == grid2)
}

// Output:
// true false false true
// true
// false
// true
// true
// true
