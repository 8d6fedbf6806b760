package main

import "fmt"

type ID int

type Pt struct{ X, Y int }

func main() {
	m := map[interface{}]string{}
	m[1] = "int"
	m[int8(1)] = "int8"
	m[uint(1)] = "uint"
	m[ID(1)] = "ID"
	m[1.0] = "float64"
	m["1"] = "string"
	m[true] = "bool"
	m[Pt{1, 1}] = "Pt"
	m[[2]int{1, 1}] = "array"
	m[struct{}{}] = "empty"
	m[nil] = "nil"
	fmt.Println(len(m))
	keys := []interface{}{1, int8(1), uint(1), ID(1), 1.0, "1", true, Pt{1, 1}, [2]int{1, 1}, struct{}{}, nil,
		int16(1), Pt{1, 2}, [2]int{1, 2}, false}
	for _, k := range keys {
		v, ok := m[k]
		fmt.Printf("%T %v %q\n", k, ok, v)
	}
	p1, p2 := new(int), new(int)
	pm := map[interface{}]int{p1: 1, p2: 2}
	fmt.Println(pm[p1], pm[p2], len(pm))
	var e error
	m[e] = "nil error"
	fmt.Println(len(m), m[nil])
	ints := map[interface{}]int{3: 3, 1: 1, 2: 2}
	fmt.Println(ints)
}

// Output:
// 11
// int true "int"
// int8 true "int8"
// uint true "uint"
// main.ID true "ID"
// float64 true "float64"
// string true "string"
// bool true "bool"
// main.Pt true "Pt"
// [2]int true "array"
// struct {} true "empty"
// <nil> true "nil"
// int16 false ""
// main.Pt false ""
// [2]int false ""
// bool false ""
// 1 2 2
// 11 nil error
// map[1:1 2:2 3:3]
