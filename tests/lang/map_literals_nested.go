package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	groups := map[string][]int{
		"odd":  {1, 3, 5},
		"even": {2, 4},
	}
	fmt.Println(groups)
	nested := map[string]map[string]int{
		"x": {"a": 1},
		"y": {"b": 2, "c": 3},
	}
	fmt.Println(nested, nested["y"]["c"], nested["z"]["q"])
	pts := map[string]Point{"o": {}, "p": {1, 2}}
	fmt.Println(pts)
	ptrs := map[string]*Point{"o": {3, 4}}
	fmt.Println(*ptrs["o"])
	keys := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(keys)
	inner := nested["x"]
	inner["new"] = 9
	fmt.Println(nested["x"])
}

// Output:
// map[even:[2 4] odd:[1 3 5]]
// map[x:map[a:1] y:map[b:2 c:3]] 3 0
// map[o:{0 0} p:{1 2}]
// {3 4}
// map[{0 0}:origin {1 2}:a]
// map[a:1 new:9]
