package main

import "fmt"

type Namer interface{ Name() string }
type Setter interface{ Set(string) }
type Stringer interface{ String() string }

type Dog struct{ name string }

func (d Dog) Name() string      { return d.name }
func (d *Dog) Set(n string)     { d.name = n }
func (d *Dog) String() string   { return "dog " + d.name }

type Box struct {
	Item interface{}
	List []interface{}
}

var calls int

func next() interface{} {
	calls++
	return calls
}

func first(v interface{}) string {
	// the first matching case wins, in source order
	switch v.(type) {
	case Namer:
		return "namer"
	case Dog:
		return "dog"
	case Setter:
		return "setter"
	}
	return "none"
}

func main() {
	// the shadowing idiom
	var v interface{} = 41
	switch v := v.(type) {
	case int:
		v++
		fmt.Println("inner", v)
	}
	fmt.Println("outer", v)

	// the operand is evaluated once
	switch x := next().(type) {
	case string:
		fmt.Println("string", x)
	case int:
		fmt.Println("int", x, "calls", calls)
	}

	// operands that are fields, elements, map values and call results
	b := Box{Item: "item", List: []interface{}{1.5, Dog{"rex"}}}
	m := map[string]interface{}{"k": []byte("hi")}
	switch it := b.Item.(type) {
	case string:
		fmt.Println("field", it)
	}
	switch el := b.List[1].(type) {
	case Namer:
		fmt.Println("element", el.Name())
	}
	switch mv := m["k"].(type) {
	case []byte:
		fmt.Println("map value", string(mv))
	}
	switch m["missing"].(type) {
	case nil:
		fmt.Println("missing key is nil")
	}

	// method sets: Dog is a Namer; *Dog is a Namer and a Setter
	d := Dog{"fido"}
	fmt.Println(first(d), first(&d), first(3))
	var n Namer = &d
	switch x := n.(type) {
	case Setter:
		x.Set("spot")
		fmt.Println(d.name, n.Name())
	}
	switch x := n.(type) {
	case Stringer:
		fmt.Println(x.String())
	}

	// nested type switches reusing the name
	vals := []interface{}{[]interface{}{1, "a"}, "top"}
	for _, val := range vals {
		switch x := val.(type) {
		case []interface{}:
			for _, inner := range x {
				switch x := inner.(type) {
				case int:
					fmt.Println("nested int", x)
				case string:
					fmt.Println("nested string", x)
				}
			}
		case string:
			fmt.Println("top string", x)
		}
	}

	// inside a function literal
	classify := func(v interface{}) string {
		switch x := v.(type) {
		case int:
			return fmt.Sprint("int:", x)
		default:
			return fmt.Sprint("other:", x)
		}
	}
	fmt.Println(classify(1), classify(struct{}{}), classify(nil))

	// the variable used in one clause only
	for _, val := range []interface{}{1, "s", 2.5} {
		switch x := val.(type) {
		case int:
			fmt.Println("int clause")
		case string:
			fmt.Println("string clause", x)
		default:
		}
	}

	// clauses that only assign the variable, or never mention it
	for _, val := range []interface{}{&Dog{"a"}, 3, "str", []int{1}} {
		switch x := val.(type) {
		case *Dog:
			x = nil
		case int:
			x = 0
		case []int:
		default:
			fmt.Println("default", x)
		}
	}
}

// Output:
// inner 42
// outer 41
// int 1 calls 1
// field item
// element rex
// map value hi
// missing key is nil
// namer namer none
// spot spot
// dog spot
// nested int 1
// nested string a
// top string top
// int:1 other:{} other:<nil>
// int clause
// string clause s
// default str
