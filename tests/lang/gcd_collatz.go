package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func gcdRec(a, b uint64) uint64 {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcdRec(1071, 462))
	best, arg := 0, 0
	for i := 1; i < 10000; i++ {
		if s := collatz(i); s > best {
			best, arg = s, i
		}
	}
	fmt.Println(arg, best)
}

// Output:
// 6 1 9 21
// 6171 261
