package main

import "fmt"

func main() {
	a, b := 7.5, 2.0
	fmt.Println(a+b, a-b, a*b, a/b)
	fmt.Println(0.1+0.2, 0.1*3, 1.0/3.0)
	x := 1e300
	fmt.Println(x*1e10, -x*1e10)
	var zero float64
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(-zero, 0*-1.0)
	c := 10.0
	c /= 4
	c -= 0.5
	c *= 3
	fmt.Println(c)
}

// Output:
// 9.5 5.5 15 3.75
// 0.3 0.3 0.3333333333333333
// +Inf -Inf
// +Inf -Inf NaN
// -0 0
// 6
