package main

import "fmt"

type Key struct{ A, B int }

type Sayer interface{ Say() string }

type Dog struct{ name string }

func (d Dog) Say() string { return d.name }

func main() {
	var a, b interface{} = 1, 1
	fmt.Println(a == b)
	b = int64(1)
	fmt.Println(a == b)
	a, b = "x", "x"
	fmt.Println(a == b)
	a, b = Key{1, 2}, Key{1, 2}
	fmt.Println(a == b, a == Key{1, 2}, a != Key{2, 1})
	a, b = nil, nil
	fmt.Println(a == b)
	var p *int
	a = p
	fmt.Println(a == nil, a == b)
	var s1, s2 Sayer = Dog{"rex"}, Dog{"rex"}
	fmt.Println(s1 == s2, s1 == Dog{"max"})
	var x interface{} = s1
	fmt.Println(x == s1)
	a = 3
	fmt.Println(a == 3, a == 3.0, a == "3")
	arr1, arr2 := interface{}([2]int{1, 2}), interface{}([2]int{1, 2})
	fmt.Println(arr1 == arr2)
	var ps1, ps2 interface{} = &Dog{"a"}, &Dog{"a"}
	fmt.Println(ps1 == ps2)
}

// Output:
// true
// false
// true
// true true true
// true
// false false
// true false
// true
// true false false
// true
// false
