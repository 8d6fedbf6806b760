package main

import "fmt"

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func zero() (n int, s string, f float64, b bool) {
	return
}

func early(v int) (res string) {
	res = "default"
	if v > 0 {
		return "positive"
	}
	return
}

func shadowed(v int) (r int) {
	r = v
	{
		r := 100
		r++
	}
	return
}

func main() {
	fmt.Println(split(17))
	fmt.Println(zero())
	fmt.Println(early(1), early(-1))
	fmt.Println(shadowed(5))
}

// Output:
// 7 10
// 0  0 false
// positive default
// 5
