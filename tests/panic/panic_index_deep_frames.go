package main

import "fmt"

type Table struct {
	rows [][]int
}

func (t *Table) cell(r, c int) int {
	return t.rows[r][c]
}

func sumRow(t *Table, r, n int) int {
	s := 0
	for c := 0; c < n; c++ {
		s += t.cell(r, c)
	}
	return s
}

func main() {
	t := &Table{[][]int{{1, 2, 3}, {4, 5}}}
	fmt.Println(sumRow(t, 0, 3))
	fmt.Println(sumRow(t, 1, 3))
}

// Error:
// 6
// panic: runtime error: index out of range [2] with length 2
//
// goroutine 1 [running]:
// main.(*Table).cell(...)
// main.sumRow(...)
// main.main()
// exit status 2
