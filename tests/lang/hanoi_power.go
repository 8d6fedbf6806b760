package main

import "fmt"

var moves int

func hanoi(n int, from, to, via string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to)
	moves++
	if n == 3 && moves < 20 {
		fmt.Println("move 3", from, "->", to)
	}
	hanoi(n-1, via, to, from)
}

func pow(b float64, e int) float64 {
	if e == 0 {
		return 1
	}
	h := pow(b, e/2)
	if e%2 == 0 {
		return h * h
	}
	return h * h * b
}

func ipow(b, e int) int {
	r := 1
	for ; e > 0; e >>= 1 {
		if e&1 == 1 {
			r *= b
		}
		b *= b
	}
	return r
}

func main() {
	hanoi(10, "A", "C", "B")
	fmt.Println(moves)
	fmt.Println(pow(2, 10), pow(1.5, 3), pow(10, 22), ipow(3, 40), ipow(7, 50))
}

// Output:
// move 3 A -> B
// move 3 B -> C
// 1023
// 1024 3.375 1e+22 -6289078614652622815 -7653426353892634447
