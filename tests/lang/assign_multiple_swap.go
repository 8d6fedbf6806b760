package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := "x", "y", "z"
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	s := []int{1, 2, 3, 4}
	s[0], s[3] = s[3], s[0]
	fmt.Println(s)
	i, j := 0, 1
	s[i], s[j] = s[j], s[i]
	fmt.Println(s)
	m := map[string]int{"a": 1, "b": 2}
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)
	type P struct{ X, Y int }
	p := P{1, 2}
	p.X, p.Y = p.Y, p.X
	fmt.Println(p)
	f0, f1 := 0, 1
	for k := 0; k < 10; k++ {
		f0, f1 = f1, f0+f1
	}
	fmt.Println(f0)
}

// Output:
// 2 1
// z x y
// [4 2 3 1]
// [2 4 3 1]
// map[a:2 b:1]
// {2 1}
// 55
