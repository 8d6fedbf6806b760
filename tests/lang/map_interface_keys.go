package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[1.0] = "float64 1"
	m["1"] = "string 1"
	m[Point{1, 2}] = "point"
	m[[2]int{1, 2}] = "array"
	m[true] = "bool"
	m[nil] = "nil"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m[float64(1)], "|", m["1"])
	fmt.Println(m[Point{1, 2}], m[[2]int{1, 2}], m[true], m[nil])
	_, ok := m[int32(1)]
	fmt.Println(ok)
	var k interface{} = Point{1, 2}
	fmt.Println(m[k])
	delete(m, 1)
	_, ok = m[1]
	fmt.Println(ok, len(m))
	type Key interface{}
	m2 := map[Key]int{"a": 1, 2: 2}
	fmt.Println(m2["a"] + m2[2])
}

// Output:
// 8
// int 1 | int64 1 | float64 1 | string 1
// point array bool nil
// false
// point
// false 7
// 3
