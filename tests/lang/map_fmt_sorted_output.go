package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	fmt.Println(map[int]string{3: "c", -1: "a", 10: "j", 0: "z"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "B": 0, "": 9})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[Point]int{{2, 1}: 1, {1, 5}: 2, {1, 2}: 3})
	fmt.Println(map[[2]string]int{{"b", "a"}: 1, {"a", "z"}: 2})
	fmt.Println(map[rune]int{'z': 1, 'a': 2})
	fmt.Printf("%v\n%+v\n%#v\n", map[string]Point{"p": {1, 2}}, map[string]Point{"p": {1, 2}}, map[string]Point{"p": {1, 2}})
	fmt.Printf("%#v\n", map[string]int{"z": 26, "a": 1})
	fmt.Println(map[interface{}]int{3: 3, 1: 1, 2: 2})
}

// Output:
// map[-1:a 0:z 3:c 10:j]
// map[:9 B:0 a:1 b:2]
// map[-1:false 0:true 2.5:true]
// map[false:0 true:1]
// map[{1 2}:3 {1 5}:2 {2 1}:1]
// map[[a z]:2 [b a]:1]
// map[97:2 122:1]
// map[p:{1 2}]
// map[p:{X:1 Y:2}]
// map[string]main.Point{"p":main.Point{X:1, Y:2}}
// map[string]int{"a":1, "z":26}
// map[1:1 2:2 3:3]
