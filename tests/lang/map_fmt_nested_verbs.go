package main

import "fmt"

var zero float64

type Point struct {
	X, Y int
}

func main() {
	a := map[string][]int{"b": {2}, "a": {1, 1}, "c": nil}
	fmt.Printf("%v\n%+v\n%#v\n", a, a, a)
	b := map[int]map[string]bool{2: {"y": true, "x": false}, 1: {}}
	fmt.Printf("%v\n%#v\n", b, b)
	c := map[Point]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"}
	fmt.Printf("%v\n%+v\n%#v\n", c, c, c)
	d := map[bool]int{true: 1, false: 0}
	fmt.Println(d)
	e := map[float64]string{1/zero: "inf", -1: "neg", zero/zero: "nan", -1/zero: "-inf", 0.5: "half"}
	fmt.Println(e)
	f := map[[2]int]int{{2, 0}: 3, {1, 5}: 2, {1, 2}: 1}
	fmt.Println(f)
	g := map[string]Point{"p": {1, 2}}
	fmt.Printf("%v %+v %#v %T\n", g, g, g, g)
	h := map[rune]int{'b': 2, 'a': 1}
	fmt.Printf("%v %d %x\n", h, h, h)
}

// Output:
// map[a:[1 1] b:[2] c:[]]
// map[a:[1 1] b:[2] c:[]]
// map[string][]int{"a":[]int{1, 1}, "b":[]int{2}, "c":[]int(nil)}
// map[1:map[] 2:map[x:false y:true]]
// map[int]map[string]bool{1:map[string]bool{}, 2:map[string]bool{"x":false, "y":true}}
// map[{1 1}:a {1 2}:b {2 1}:c]
// map[{X:1 Y:1}:a {X:1 Y:2}:b {X:2 Y:1}:c]
// map[main.Point]string{main.Point{X:1, Y:1}:"a", main.Point{X:1, Y:2}:"b", main.Point{X:2, Y:1}:"c"}
// map[false:0 true:1]
// map[NaN:nan -Inf:-inf -1:neg 0.5:half +Inf:inf]
// map[[1 2]:1 [1 5]:2 [2 0]:3]
// map[p:{1 2}] map[p:{X:1 Y:2}] map[string]main.Point{"p":main.Point{X:1, Y:2}} map[string]main.Point
// map[97:1 98:2] map[97:1 98:2] map[61:1 62:2]
