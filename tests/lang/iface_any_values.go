package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	values := []interface{}{42, "hi", 3.5, true, nil, Point{1, 2}, &Point{3, 4}, []int{1}, map[string]int{"a": 1}, 'x', byte(7)}
	for _, v := range values {
		fmt.Printf("%T: %v\n", v, v)
	}
	var a interface{} = 1
	a = "now a string"
	fmt.Println(a)
	var e interface{}
	fmt.Println(e == nil, e)
	type any2 = interface{}
	var x any2 = 3
	fmt.Println(x)
}

// Output:
// int: 42
// string: hi
// float64: 3.5
// bool: true
// <nil>: <nil>
// main.Point: {1 2}
// *main.Point: &{3 4}
// []int: [1]
// map[string]int: map[a:1]
// int32: 120
// uint8: 7
// now a string
// true <nil>
// 3
