package main

import "fmt"

func main() {
	a := 17
	b := 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	a += 3
	b -= 1
	fmt.Println(a, b)
	a *= 2
	a /= 3
	a %= 7
	fmt.Println(a)
	a++
	b--
	fmt.Println(a, b, -a, +b)
	fmt.Println(1+2*3-4/2, (1+2)*(3-4)/2, 10-2-3, 100/10/5)
	fmt.Println(7&3|8, 1<<2+1, 1+1<<2)
}

// Output:
// 22 12 85 3 2
// 20 4
// 6
// 7 3 -7 3
// 5 -1 5 2
// 11 5 5
