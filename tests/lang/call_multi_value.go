package main

import "fmt"

func pair() (string, int)     { return "x", 2 }
func triple() (int, int, int) { return 1, 2, 3 }
func none() ([]int, error)    { return nil, nil }
func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}
func label(s string, xs ...int) string { return fmt.Sprint(s, len(xs), xs) }
func anys(a, b interface{}) string     { return fmt.Sprintf("%v/%v", a, b) }
func anyv(xs ...interface{}) int       { return len(xs) }

type T struct{ base int }

func (t T) Add(a, b, c int) int             { return t.base + a + b + c }
func (t *T) Many(xs ...int) int             { return t.base + len(xs) }
func (t T) Describe(s string, n int) string { return fmt.Sprint(s, n, t.base) }

type Describer interface{ Describe(s string, n int) string }

func passThrough() (string, int)        { return pair() }
func asAny() (interface{}, interface{}) { return pair() }
func asAnyErr() (interface{}, error)    { return none() }

func main() {
	fmt.Println(pair())
	fmt.Println(triple())
	fmt.Print(pair())
	fmt.Println()
	s := fmt.Sprint(triple())
	fmt.Println(s, sum(triple()), label(pair()))
	fmt.Println(anys(pair()), anyv(triple()), anyv(pair()))
	t := T{10}
	fmt.Println(t.Add(triple()), (&t).Many(triple()), t.Describe(pair()))
	var d Describer = t
	fmt.Println(d.Describe(pair()))
	f := sum
	fmt.Println(f(triple()))
	g := anys
	fmt.Println(g(pair()))
	fmt.Println(passThrough())
	a, b := asAny()
	fmt.Println(a, b)
	v, err := asAnyErr()
	fmt.Println(v == nil, err)
	println(pair())
	m := map[string]int{"k": 1}
	type B bool
	var ok B
	var i interface{}
	_, ok = m["k"]
	v2, i := m["z"]
	var e interface{} = 3
	n, ok := e.(int)
	fmt.Println(ok, v2, i, n)
	var okany interface{}
	_, okany = e.(string)
	fmt.Println(okany)
}
// Output:
// x 2
// 1 2 3
// x2
// 1 2 3 6 x1 [2]
// x/2 3 2
// 16 13 x2 10
// x2 10
// 6
// x/2
// x 2
// x 2
// false <nil>
// x 2
// true 0 false 3
// false
