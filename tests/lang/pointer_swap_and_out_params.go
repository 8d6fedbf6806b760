package main

import "fmt"

func swap(a, b *int) {
	*a, *b = *b, *a
}

func divmod(a, b int, q, r *int) {
	*q = a / b
	*r = a % b
}

func incrAll(ps ...*int) {
	for _, p := range ps {
		*p++
	}
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	var q, r int
	divmod(17, 5, &q, &r)
	fmt.Println(q, r)
	incrAll(&x, &y, &q)
	fmt.Println(x, y, q)
	arr := []int{5, 6}
	swap(&arr[0], &arr[1])
	fmt.Println(arr)
}

// Output:
// 2 1
// 3 2
// 3 2 4
// [6 5]
