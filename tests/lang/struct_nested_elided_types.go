package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
}

func main() {
	pts := []Point{{1, 2}, {3, 4}, {}}
	fmt.Println(pts)
	ptrs := []*Point{{5, 6}, {X: 7}}
	fmt.Println(*ptrs[0], *ptrs[1])
	arr := [2]Line{{Point{0, 0}, Point{1, 1}}, {To: Point{2, 2}}}
	fmt.Println(arr)
	byName := map[string]Line{"diag": {From: Point{}, To: Point{3, 3}}}
	fmt.Println(byName)
	grid := [][]Point{{{1, 1}}, {{2, 2}, {3, 3}}}
	fmt.Println(grid)
	m := map[Point][]Point{{0, 0}: {{1, 0}, {0, 1}}}
	fmt.Println(m)
	arrOfPtrs := [...]*Line{{}, {From: Point{9, 9}}}
	fmt.Println(len(arrOfPtrs), arrOfPtrs[1].From)
}

// Output:
// [{1 2} {3 4} {0 0}]
// {5 6} {7 0}
// [{{0 0} {1 1}} {{0 0} {2 2}}]
// map[diag:{{0 0} {3 3}}]
// [[{1 1}] [{2 2} {3 3}]]
// map[{0 0}:[{1 0} {0 1}]]
// 2 {9 9}
