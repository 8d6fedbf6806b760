package main

import "fmt"

type Shape interface {
	Area() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Square struct{ S float64 }

func (q Square) Area() float64 { return q.S * q.S }
func (q Square) Name() string   { return "square" }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Celsius float64

func main() {
	var x interface{} = 42
	i, ok := x.(int)
	fmt.Println(i, ok)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := x.(float64)
	fmt.Println(f, ok)
	x = Celsius(21.5)
	c, ok := x.(Celsius)
	_, isFloat := x.(float64)
	fmt.Println(c, ok, isFloat)

	var sh Shape = Square{3}
	ns, ok := sh.(NamedShape)
	fmt.Println(ok, ns.Name(), ns.Area())
	n, ok := sh.(Named)
	fmt.Println(ok, n.Name())
	sq := sh.(Square)
	fmt.Println(sq.S)
	_, ok = sh.(*Square)
	fmt.Println(ok)

	sh = &Circle{2}
	_, ok = sh.(Named)
	cp, ok2 := sh.(*Circle)
	fmt.Println(ok, ok2, cp.R, sh.Area())

	var empty interface{}
	_, ok = empty.(int)
	_, ok2 = empty.(Shape)
	fmt.Println(ok, ok2)
	vals := []interface{}{1, "two", 3.0, Square{1}, &Circle{1}, nil, Celsius(0)}
	for _, v := range vals {
		_, isShape := v.(Shape)
		_, isNamed := v.(Named)
		_, isInt := v.(int)
		fmt.Print(isShape, isNamed, isInt, " ")
	}
	fmt.Println()
}

// Output:
// 42 true
// "" false
// 0 false
// 21.5 true false
// true square 9
// true square
// 3
// false
// false true 2 12
// false false
// false false true false false false false false false true true false true false false false false false false false false 
