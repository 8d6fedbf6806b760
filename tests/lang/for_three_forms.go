package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i)
	}
	fmt.Println()
	j := 10
	for j > 7 {
		j--
		fmt.Print(j)
	}
	fmt.Println()
	k := 0
	for {
		k += 3
		if k > 10 {
			break
		}
	}
	fmt.Println(k)
	for i, n := 0, 10; i < n; i, n = i+1, n-1 {
		fmt.Print(i, n, ";")
	}
	fmt.Println()
	var m int
	for m = 1; m < 100; m *= 3 {
	}
	fmt.Println(m)
}

// Output:
// 012
// 987
// 12
// 0 10;1 9;2 8;3 7;4 6;
// 243
