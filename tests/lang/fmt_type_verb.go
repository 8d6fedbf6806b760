package main

import "fmt"

type Point struct{ X, Y int }
type Celsius float64
type Handler func(string) error
type Stack []int

func main() {
	vals := []interface{}{
		1, int8(1), uint(1), 1.5, float32(1.5), "s", 'r', byte(1), true,
		[]int{}, [2]bool{}, map[string]Point{}, &Point{}, Point{},
		Celsius(1), Handler(nil), Stack{}, func(int, ...string) (bool, error) { return false, nil },
		struct {
			A int
			B string
		}{}, []interface{}{}, new(*int), [][]string{},
		map[Point][]*Point{}, struct{}{},
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%T\n", nil)
}

// Output:
// int
// int8
// uint
// float64
// float32
// string
// int32
// uint8
// bool
// []int
// [2]bool
// map[string]main.Point
// *main.Point
// main.Point
// main.Celsius
// main.Handler
// main.Stack
// func(int, ...string) (bool, error)
// struct { A int; B string }
// []interface {}
// **int
// [][]string
// map[main.Point][]*main.Point
// struct {}
// <nil>
