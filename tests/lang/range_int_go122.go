package main

import "fmt"

func main() {
	for i := range 5 {
		fmt.Print(i)
	}
	fmt.Println()
	n := 3
	total := 0
	for i := range n * 2 {
		total += i
	}
	fmt.Println(total)
	for range 2 {
		fmt.Println("hi")
	}
	for i := range 0 {
		fmt.Println("never", i)
	}
	var k int8 = 3
	for j := range k {
		fmt.Printf("%T %d\n", j, j)
	}
}

// Output:
// 01234
// 15
// hi
// hi
// int8 0
// int8 1
// int8 2
