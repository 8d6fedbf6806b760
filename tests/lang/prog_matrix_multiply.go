package main

import "fmt"

type Matrix [][]float64

func New(rows, cols int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]float64, cols)
	}
	return m
}

func (m Matrix) Mul(o Matrix) (Matrix, error) {
	if len(m[0]) != len(o) {
		return nil, fmt.Errorf("shape mismatch: %dx%d * %dx%d", len(m), len(m[0]), len(o), len(o[0]))
	}
	r := New(len(m), len(o[0]))
	for i := range m {
		for j := range o[0] {
			var s float64
			for k := range o {
				s += m[i][k] * o[k][j]
			}
			r[i][j] = s
		}
	}
	return r, nil
}

func (m Matrix) Transpose() Matrix {
	t := New(len(m[0]), len(m))
	for i, row := range m {
		for j, v := range row {
			t[j][i] = v
		}
	}
	return t
}

func (m Matrix) Print() {
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				fmt.Print(" ")
			}
			fmt.Printf("%6.1f", v)
		}
		fmt.Println()
	}
}

func identity(n int) Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m[i][i] = 1
	}
	return m
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	c, err := a.Mul(b)
	fmt.Println(err)
	c.Print()
	_, err = a.Mul(a)
	fmt.Println(err)
	a.Transpose().Print()
	i3 := identity(3)
	same, _ := a.Mul(i3)
	fmt.Println(same[1][2] == a[1][2], same)
	var fixed [2][2]int
	x := [2][2]int{{1, 1}, {1, 0}}
	fixed = x
	for n := 0; n < 5; n++ {
		var next [2][2]int
		for i := 0; i < 2; i++ {
			for j := 0; j < 2; j++ {
				for k := 0; k < 2; k++ {
					next[i][j] += fixed[i][k] * x[k][j]
				}
			}
		}
		fixed = next
	}
	fmt.Println(fixed)
}

// Output:
// <nil>
//   58.0   64.0
//  139.0  154.0
// shape mismatch: 2x3 * 2x3
//    1.0    4.0
//    2.0    5.0
//    3.0    6.0
// true [[1 2 3] [4 5 6]]
// [[13 8] [8 5]]
