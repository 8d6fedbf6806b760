package main

import "fmt"

func main() {
	var fns []func() int
	for i := 0; i < 3; i++ {
		i := i
		fns = append(fns, func() int { return i * 10 })
	}
	for _, f := range fns {
		fmt.Println(f())
	}
	// a variable declared before the loop is shared by every closure
	total := 0
	var adders []func()
	for _, v := range []int{1, 2, 3} {
		v := v
		adders = append(adders, func() { total += v })
	}
	for _, a := range adders {
		a()
		a()
	}
	fmt.Println(total)
}

// Output:
// 0
// 10
// 20
// 12
