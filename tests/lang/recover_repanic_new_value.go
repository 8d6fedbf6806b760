package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered", r)
		panic(fmt.Sprint("wrapped(", r, ")"))
	}()
	panic("first")
}

func middle() {
	defer func() {
		r := recover()
		fmt.Println("middle recovered", r)
		panic(42)
	}()
	inner()
}

func outer() (result string) {
	defer func() {
		r := recover()
		fmt.Println("outer recovered", r)
	}()
	middle()
	return "unreachable"
}

func main() {
	fmt.Printf("%q\n", outer())
	for i := 0; i < 3; i++ {
		func(i int) {
			defer func(i int) {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}(i)
			if i%2 == 1 {
				panic(i * 10)
			}
			fmt.Println("iteration", i, "ok")
		}(i)
	}
}

// Output:
// inner recovered first
// middle recovered wrapped(first)
// outer recovered 42
// ""
// iteration 0 ok
// iteration 1 recovered 10
// iteration 2 ok
