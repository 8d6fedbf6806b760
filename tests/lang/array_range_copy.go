package main

import "fmt"

func main() {
	a := [4]int{1, 2, 3, 4}
	// range over an array iterates over a copy of it
	var seen []int
	for i, v := range a {
		if i == 0 {
			a[3] = 100
		}
		seen = append(seen, v)
	}
	fmt.Println(seen)
	fmt.Println(a)

	// range over a pointer to an array sees updates
	b := [4]int{1, 2, 3, 4}
	seen = seen[:0]
	for i, v := range &b {
		if i == 0 {
			b[3] = 100
		}
		seen = append(seen, v)
	}
	fmt.Println(seen)

	// the value variable is a copy of the element
	for _, v := range b {
		v *= 10
		_ = v
	}
	fmt.Println(b)
	for i := range b {
		b[i] *= 10
	}
	fmt.Println(b)
}

// Output:
// [1 2 3 4]
// [1 2 3 100]
// [1 2 3 100]
// [1 2 3 100]
// [10 20 30 1000]
