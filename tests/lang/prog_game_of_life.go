package main

import "fmt"

const W, H = 8, 6

type Grid [H][W]bool

func (g *Grid) Neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for r := range g {
		for c := range g[r] {
			n := g.Neighbors(r, c)
			next[r][c] = n == 3 || n == 2 && g[r][c]
		}
	}
	return next
}

func (g Grid) String() string {
	b := make([]byte, 0, (W+1)*H)
	for _, row := range g {
		for _, alive := range row {
			if alive {
				b = append(b, '#')
			} else {
				b = append(b, '.')
			}
		}
		b = append(b, '\n')
	}
	return string(b)
}

func main() {
	var g Grid
	glider := [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}}
	for _, p := range glider {
		g[p[0]][p[1]] = true
	}
	start := g
	for gen := 0; gen < 3; gen++ {
		fmt.Printf("gen %d:\n%v", gen, g)
		g = g.Step()
	}
	for i := 3; i < 96; i++ {
		g = g.Step()
	}
	fmt.Println("back to start after 96 steps:", g == start)
}

// Output:
// gen 0:
// .#......
// ..#.....
// ###.....
// ........
// ........
// ........
// gen 1:
// ........
// #.#.....
// .##.....
// .#......
// ........
// ........
// gen 2:
// ........
// ..#.....
// #.#.....
// .##.....
// ........
// ........
// back to start after 96 steps: true
