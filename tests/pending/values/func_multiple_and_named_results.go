package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minMax(xs []int) (min, max int, ok bool) {
	if len(xs) == 0 {
		return
	}
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return min, max, true
}

func pair() (int, string) { return 7, "seven" }

func takesPair(n int, s string) string { return fmt.Sprint(n, "=", s) }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(minMax([]int{3, -2, 9, 4}))
	fmt.Println(minMax(nil))
	fmt.Println(takesPair(pair()))
	_, s := pair()
	fmt.Println(s)
}

// Output:
// 3 2
// -3 -2
// -2 9 true
// 0 0 false
// 7=seven
// seven
