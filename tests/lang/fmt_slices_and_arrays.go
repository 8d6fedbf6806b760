package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	a := [3]string{"a", "b c", ""}
	fmt.Println(s, a)
	fmt.Printf("%v %v\n", s, a)
	fmt.Printf("%+v %+v\n", s, a)
	fmt.Printf("%#v %#v\n", s, a)
	fmt.Printf("%T %T\n", s, a)
	fmt.Printf("%d %x %X %o %b\n", s, []int{10, 255}, []int{10, 255}, []int{8, 9}, []int{5})
	fmt.Printf("%q\n", a)
	fmt.Printf("%5d|%-4d|%03d\n", s, s, s)
	fmt.Printf("%.2f %v\n", []float64{1, 2.345}, []float64{1, 2.5, 1e21, 1e-7})
	fmt.Printf("%t\n", []bool{true, false})
	nested := [][]int{{1, 2}, {}, nil, {3}}
	fmt.Printf("%v %#v\n", nested, nested)
	fmt.Printf("%v %#v\n", [2][2]int{{1, 2}, {3, 4}}, [2][2]int{})
	fmt.Println([]interface{}{1, "a", nil, 2.5, []int{1}})
	fmt.Printf("%#v\n", []interface{}{1, "a", nil})
}

// Output:
// [1 2 3] [a b c ]
// [1 2 3] [a b c ]
// [1 2 3] [a b c ]
// []int{1, 2, 3} [3]string{"a", "b c", ""}
// []int [3]string
// [1 2 3] [a ff] [A FF] [10 11] [101]
// ["a" "b c" ""]
// [    1     2     3]|[1    2    3   ]|[001 002 003]
// [1.00 2.35] [1 2.5 1e+21 1e-07]
// [true false]
// [[1 2] [] [] [3]] [][]int{[]int{1, 2}, []int{}, []int(nil), []int{3}}
// [[1 2] [3 4]] [2][2]int{[2]int{0, 0}, [2]int{0, 0}}
// [1 a <nil> 2.5 [1]]
// []interface {}{1, "a", interface {}(nil)}
