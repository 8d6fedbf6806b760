package main

import "fmt"

type Board struct {
	Name  string
	Cells [3]int
}

func main() {
	b1 := Board{Name: "one", Cells: [3]int{1, 2, 3}}
	b2 := b1
	b2.Name = "two"
	b2.Cells[0] = 9
	fmt.Println(b1)
	fmt.Println(b2)

	boards := []Board{b1, b2}
	for _, b := range boards {
		b.Cells[1] = 0
	}
	fmt.Println(boards)
	for i := range boards {
		boards[i].Cells[1] = 0
	}
	fmt.Println(boards)
}

// Output:
// {one [1 2 3]}
// {two [9 2 3]}
// [{one [1 2 3]} {two [9 2 3]}]
// [{one [1 0 3]} {two [9 0 3]}]
