package main

import "fmt"

type Board [3][3]byte

func (b *Board) Set(r, c int, v byte) { b[r][c] = v }

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, cell := range row {
			if cell == 0 {
				cell = '.'
			}
			s += string(cell)
		}
		s += "\n"
	}
	return s
}

func (b Board) Winner() byte {
	for i := 0; i < 3; i++ {
		if b[i][0] != 0 && b[i][0] == b[i][1] && b[i][1] == b[i][2] {
			return b[i][0]
		}
	}
	return 0
}

func main() {
	var b Board
	b.Set(1, 0, 'X')
	b.Set(1, 1, 'X')
	b.Set(0, 2, 'O')
	fmt.Print(b)
	fmt.Println(b.Winner() == 0)
	b.Set(1, 2, 'X')
	fmt.Println(string(b.Winner()))
	saved := b
	b.Set(0, 0, 'O')
	fmt.Print(saved.String())
}

// Output:
// ..O
// XX.
// ...
// true
// X
// ..O
// XXX
// ...
