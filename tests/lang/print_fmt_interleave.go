package main

import "fmt"

func main() {
	fmt.Println("stdout 1")
	println("stderr 1")
	fmt.Print("stdout 2\n")
	print("stderr 2\n")
	fmt.Printf("stdout %d\n", 3)
	println("stderr", 3)
	for i := 0; i < 3; i++ {
		fmt.Println("o", i)
		println("e", i)
	}
}

// Output:
// stdout 1
// stderr 1
// stdout 2
// stderr 2
// stdout 3
// stderr 3
// o 0
// e 0
// o 1
// e 1
// o 2
// e 2
