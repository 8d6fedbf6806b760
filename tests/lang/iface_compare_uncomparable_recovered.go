package main

import "fmt"

type Bag struct {
	Items []string
}

func equal(a, b interface{}) (res bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return a == b, nil
}

func main() {
	fmt.Println(equal([]int{1}, []int{1}))
	fmt.Println(equal(map[string]int{}, map[string]int{}))
	fmt.Println(equal(Bag{}, Bag{}))
	fmt.Println(equal(func() {}, func() {}))
	fmt.Println(equal([1][]int{}, [1][]int{}))
	fmt.Println(equal([]int{1}, 5))
	fmt.Println(equal(Bag{}, "x"))
	fmt.Println(equal(1, 1))
	type wrap struct{ v interface{} }
	fmt.Println(equal(wrap{[]int{}}, wrap{[]int{}}))
}

// Output:
// false runtime error: comparing uncomparable type []int
// false runtime error: comparing uncomparable type map[string]int
// false runtime error: comparing uncomparable type main.Bag
// false runtime error: comparing uncomparable type func()
// false runtime error: comparing uncomparable type [1][]int
// false <nil>
// false <nil>
// true <nil>
// false runtime error: comparing uncomparable type []int
