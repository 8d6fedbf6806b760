package main

import "fmt"

type Mat [3][3]int

func identity() Mat {
	var m Mat
	for i := 0; i < 3; i++ {
		m[i][i] = 1
	}
	return m
}

func mul(a, b Mat) Mat {
	var c Mat
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func transpose(m Mat) Mat {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			m[i][j], m[j][i] = m[j][i], m[i][j]
		}
	}
	return m
}

func main() {
	a := Mat{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	id := identity()
	fmt.Println(mul(a, id) == a, mul(id, a) == a)
	t := transpose(a)
	fmt.Println(a)
	fmt.Println(t)
	fmt.Println(transpose(t) == a)
	p := mul(a, t)
	fmt.Println(p, p == transpose(p))
	sq := a
	for i := 0; i < 3; i++ {
		sq = mul(sq, a)
	}
	fmt.Println(sq[0], sq[2][2])
	row := a[1]
	row[0] = 100
	fmt.Println(a[1], row)
}

// Output:
// true true
// [[1 2 3] [4 5 6] [7 8 9]]
// [[1 4 7] [2 5 8] [3 6 9]]
// true
// [[14 32 50] [32 77 122] [50 122 194]] true
// [7560 9288 11016] 38880
// [4 5 6] [100 5 6]
