package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hofF(n int) int {
	if n == 0 {
		return 1
	}
	return n - hofM(hofF(n-1))
}

func hofM(n int) int {
	if n == 0 {
		return 0
	}
	return n - hofF(hofM(n-1))
}

func main() {
	fmt.Println(isEven(10), isOdd(7), isEven(1001))
	for i := 0; i < 12; i++ {
		fmt.Print(hofF(i), hofM(i), " ")
	}
	fmt.Println()
}

// Output:
// true true false
// 1 0 1 0 2 1 2 2 3 2 3 3 4 4 5 4 5 5 6 6 6 6 7 7 
