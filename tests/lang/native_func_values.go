package main

import "fmt"

func apply(f func(a ...interface{}) string, xs ...interface{}) string { return f(xs...) }

func format(f func(string, ...interface{}) string) string { return f("%d-%s", 7, "x") }

type printer func(a ...interface{}) (int, error)

func main() {
	f := fmt.Sprint
	fmt.Println(f(1, "a", 2.5))
	fmt.Println(apply(fmt.Sprintln, "p", 3), apply(fmt.Sprint))
	fmt.Println(format(fmt.Sprintf))
	var p printer = fmt.Println
	n, err := p("via", "printer")
	fmt.Println(n, err)
	fs := []func(a ...interface{}) string{fmt.Sprint, fmt.Sprintln}
	for _, g := range fs {
		fmt.Printf("%q\n", g("x", 1))
	}
	g := fmt.Sprint
	fmt.Println(g == nil, f != nil)
	pr := fmt.Printf
	pr("%v %v\n", g("a"), f(true))
	h := fmt.Println
	defer h("deferred via value")
	m := map[string]func(a ...interface{}) string{"sprint": fmt.Sprint}
	fmt.Println(m["sprint"]("from", "map"))
	var s struct {
		fn func(string, ...interface{}) (int, error)
	}
	s.fn = fmt.Printf
	s.fn("%s %d\n", "field", 1)
	fmt.Println(func(f func(...interface{}) string) string { return f(f == nil) }(fmt.Sprint))
}
// Output:
// 1a2.5
// p 3
//  
// 7-x
// via printer
// 12 <nil>
// "x1"
// "x 1\n"
// false true
// a true
// frommap
// field 1
// false
// deferred via value
