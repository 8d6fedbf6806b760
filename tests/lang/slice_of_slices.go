package main

import "fmt"

func pascal(n int) [][]int {
	rows := make([][]int, n)
	for i := range rows {
		rows[i] = make([]int, i+1)
		rows[i][0], rows[i][i] = 1, 1
		for j := 1; j < i; j++ {
			rows[i][j] = rows[i-1][j-1] + rows[i-1][j]
		}
	}
	return rows
}

func main() {
	for _, row := range pascal(6) {
		fmt.Println(row)
	}
	jag := [][]string{{"a"}, {}, {"b", "c"}}
	fmt.Println(jag, len(jag[1]))
	jag[1] = append(jag[1], "z")
	fmt.Println(jag)
}

// Output:
// [1]
// [1 1]
// [1 2 1]
// [1 3 3 1]
// [1 4 6 4 1]
// [1 5 10 10 5 1]
// [[a] [] [b c]] 0
// [[a] [z] [b c]]
