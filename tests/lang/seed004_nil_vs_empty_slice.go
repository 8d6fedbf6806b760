// seeds/004 "nil slice vs empty slice — load-bearing here": both have length
// 0 and work with range and append, but only the nil one == nil; in sqltypes
// a nil Value is SQL NULL and []byte{} is ''.
package main

import "fmt"

type Value []byte

func (v Value) IsNull() bool { return v == nil }

func describe(v Value) string {
	if v.IsNull() {
		return "NULL"
	}
	return "'" + string(v) + "'"
}

func main() {
	var a []byte
	b := []byte(nil)
	c := []byte{}
	d := make([]byte, 0)
	fmt.Println(a == nil, b == nil, c == nil, d == nil)
	fmt.Println(len(a), cap(a), len(c), cap(c), len(d), cap(d))
	n := 0
	for range a {
		n++
	}
	for range c {
		n++
	}
	fmt.Println("iterations", n)
	a = append(a, 'x')
	c = append(c, 'y')
	fmt.Println(string(a), string(c))
	fmt.Printf("%v %v %d %d\n", b, d, len(b), len(d))

	fmt.Println(describe(nil), describe(Value{}), describe(Value("x")))
	// "helpfully normalizing" nil to []byte{} turns NULL into ''
	normalize := func(v Value) Value {
		if v == nil {
			return Value{}
		}
		return v
	}
	fmt.Println(describe(normalize(nil)))
}

// Output:
// true true false false
// 0 0 0 0 0 0
// iterations 0
// x y
// [] [] 0 0
// NULL '' 'x'
// ''
