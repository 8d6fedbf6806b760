package main

import "fmt"

type Cell struct {
	X, Y int
	Tag  string
}

type Board [2][3]Cell

func build(tag string) Board {
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = Cell{i, j, tag}
		}
	}
	return b
}

func main() {
	a, b := build("x"), build("x")
	fmt.Println(a == b, a != b)
	b[1][2].Tag = "y"
	fmt.Println(a == b, a[0] == b[0], a[1] == b[1], a[1][1] == b[1][1])
	var z1, z2 [0]int
	fmt.Println(z1 == z2, len(z1))
	f := [3]float64{1, 2, 3}
	g := f
	fmt.Println(f == g)
	g[1] = -0.0
	f[1] = 0
	fmt.Println(f == g)
	s := [2]string{"go", "vm"}
	fmt.Println(s == [2]string{"go", "vm"}, s == [...]string{"go", "VM"})
	var ifs [2]interface{}
	ifs[0], ifs[1] = 1, "one"
	fmt.Println(ifs == [2]interface{}{1, "one"}, ifs == [2]interface{}{1.0, "one"})
	bs := [4]bool{true, false, true}
	fmt.Println(bs == [4]bool{0: true, 2: true}, bs)
}

// Output:
// true false
// false true false true
// true 0
// true
// true
// true false
// true false
// true [true false true false]
