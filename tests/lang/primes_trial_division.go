package main

import "fmt"

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	count := 0
	last := 0
	for i := 0; i < 20000; i++ {
		if isPrime(i) {
			count++
			last = i
		}
	}
	fmt.Println(count, last)
	for i := 0; i < 30; i++ {
		if isPrime(i) {
			fmt.Print(i, ",")
		}
	}
	fmt.Println()
}

// Output:
// 2262 19997
// 2,3,5,7,11,13,17,19,23,29,
