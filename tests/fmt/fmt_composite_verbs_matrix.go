package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Label    string
	Tags     []string
}

func main() {
	l := Line{Point{1, 2}, Point{3, 4}, "diag", []string{"a", "b"}}
	for _, verb := range []string{"%v", "%+v", "%#v", "%T"} {
		fmt.Printf(verb+"\n", l)
	}
	pl := &l
	fmt.Printf("%v %+v\n", pl, pl)
	arr := [3]Point{{1, 1}, {2, 2}}
	fmt.Printf("%v\n%+v\n%#v\n", arr, arr, arr)
	m := map[Point][]int{{0, 1}: {1}, {0, 0}: nil}
	fmt.Printf("%v\n%#v\n", m, m)
	fmt.Printf("%d %x %X %o\n", arr, []int{10, 255}, [2]int{171, 205}, []int{8, 9})
	fmt.Printf("%q %x %X\n", []string{"a\tb", "ü"}, "hi", []string{"ab", "cd"})
	fmt.Printf("%5d|%-4v|%06.2f\n", []int{1, 22}, [2]bool{true}, []float64{3.14159, -1})
	nested := [][]interface{}{{1, "x", nil}, {2.5, []int{}}}
	fmt.Printf("%v %#v\n", nested, nested[0])
	fmt.Printf("%v %+v %#v\n", struct{}{}, struct{ A *int }{}, struct{ B []int }{})
}

// Output:
// {{1 2} {3 4} diag [a b]}
// {From:{X:1 Y:2} To:{X:3 Y:4} Label:diag Tags:[a b]}
// main.Line{From:main.Point{X:1, Y:2}, To:main.Point{X:3, Y:4}, Label:"diag", Tags:[]string{"a", "b"}}
// main.Line
// &{{1 2} {3 4} diag [a b]} &{From:{X:1 Y:2} To:{X:3 Y:4} Label:diag Tags:[a b]}
// [{1 1} {2 2} {0 0}]
// [{X:1 Y:1} {X:2 Y:2} {X:0 Y:0}]
// [3]main.Point{main.Point{X:1, Y:1}, main.Point{X:2, Y:2}, main.Point{X:0, Y:0}}
// map[{0 0}:[] {0 1}:[1]]
// map[main.Point][]int{main.Point{X:0, Y:0}:[]int(nil), main.Point{X:0, Y:1}:[]int{1}}
// [{1 1} {2 2} {0 0}] [a ff] [AB CD] [10 11]
// ["a\tb" "ü"] 6869 [6162 6364]
// [    1    22]|[true false]|[003.14 -01.00]
// [[1 x <nil>] [2.5 []]] []interface {}{1, "x", interface {}(nil)}
// {} {A:<nil>} struct { B []int }{B:[]int(nil)}
