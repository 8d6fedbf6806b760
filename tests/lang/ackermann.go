package main

import "fmt"

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func main() {
	fmt.Println(ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))
	fmt.Println(ack(2, 10), ack(3, 6))
}

// Output:
// 1 4 9 61
// 23 509
