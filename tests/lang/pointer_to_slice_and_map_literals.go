package main

import "fmt"

type Config struct {
	Names *[]string
	Opts  *map[string]bool
}

func addName(p *[]string, n string) { *p = append(*p, n) }

func main() {
	ps := &[]int{1, 2, 3}
	fmt.Println(len(*ps), cap(*ps), *ps, (*ps)[2])
	*ps = append(*ps, 4)
	(*ps)[0] = 10
	fmt.Println(*ps)
	pm := &map[string]int{"a": 1, "b": 2}
	(*pm)["c"] = 3
	delete(*pm, "a")
	fmt.Println(len(*pm), *pm)
	cfg := Config{&[]string{"x"}, &map[string]bool{"v": true}}
	addName(cfg.Names, "y")
	(*cfg.Opts)["q"] = false
	fmt.Println(*cfg.Names, *cfg.Opts)
	list := []*[]int{{1}, {2, 3}, &[]int{}}
	for _, p := range list {
		fmt.Print(len(*p), " ")
	}
	fmt.Println()
	empty := &[]string{}
	nilMap := &map[int]int{}
	fmt.Println(*empty == nil, len(*nilMap), *nilMap == nil)
	grid := &[][]int{{1, 2}, {3}}
	(*grid)[1] = append((*grid)[1], 4)
	fmt.Println(*grid, len(*grid))
}

// Output:
// 3 3 [1 2 3] 3
// [10 2 3 4]
// 2 map[b:2 c:3]
// [x y] map[q:false v:true]
// 1 2 0 
// false 0 false
// [[1 2] [3 4]] 2
