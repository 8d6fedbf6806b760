package main

import "fmt"

const size = 4

var table [size * 2]int

type Buffer [size]byte

func main() {
	const n = len(table)
	var other [n + 1]string
	fmt.Println(n, len(other))

	var b Buffer
	const bl = len(b)
	fmt.Println(bl, cap(b))

	p := &table
	fmt.Println(len(p), cap(p))

	var m [2][5]int
	const rows, cols = len(m), len(m[0])
	fmt.Println(rows, cols)
}

// Output:
// 8 9
// 4 4
// 8 8
// 2 5
