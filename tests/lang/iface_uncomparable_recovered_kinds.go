package main

import "fmt"

type Bag struct{ Items []int }

type Holder struct {
	Name string
	V    interface{}
}

func report() {
	fmt.Println(recover())
}

func eq(a, b interface{}) bool {
	defer report()
	return a == b
}

func holders(a, b Holder) bool {
	defer report()
	return a == b
}

func arrays(a, b [2]interface{}) bool {
	defer report()
	return a == b
}

func main() {
	fmt.Println(eq([]int{1}, []int{1}))
	fmt.Println(eq(map[string]int{}, map[string]int{}))
	fmt.Println(eq(Bag{}, Bag{}))
	fmt.Println(eq([1][]int{}, [1][]int{}))
	fmt.Println(eq([]int{1}, "different dynamic types compare unequal first"))
	fmt.Println(eq(Bag{}, nil))
	fmt.Println(holders(Holder{"a", []string{}}, Holder{"a", []string{}}))
	fmt.Println(holders(Holder{"a", []string{}}, Holder{"b", []string{}}))
	fmt.Println(holders(Holder{"a", 1}, Holder{"a", 1}))
	fmt.Println(arrays([2]interface{}{1, []byte{}}, [2]interface{}{1, []byte{}}))
	fmt.Println(arrays([2]interface{}{1, []byte{}}, [2]interface{}{2, []byte{}}))
}

// Output:
// runtime error: comparing uncomparable type []int
// false
// runtime error: comparing uncomparable type map[string]int
// false
// runtime error: comparing uncomparable type main.Bag
// false
// runtime error: comparing uncomparable type [1][]int
// false
// <nil>
// false
// <nil>
// false
// runtime error: comparing uncomparable type []string
// false
// <nil>
// false
// <nil>
// true
// runtime error: comparing uncomparable type []uint8
// false
// <nil>
// false
