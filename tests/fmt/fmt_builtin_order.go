package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Printf("fmt %d;", i)
		print("builtin ", i, ";")
		fmt.Println()
	}
	println(1.0, 2, "three", true)
	fmt.Println(1.0, 2, "three", true)
}

// Output:
// fmt 0;builtin 0;
// fmt 1;builtin 1;
// fmt 2;builtin 2;
// +1.000000e+000 2 three true
// 1 2 three true
