package main

import "fmt"

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleInPlace(a *[4]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	orig := [4]int{1, 2, 3, 4}
	d := double(orig)
	fmt.Println("orig:", orig)
	fmt.Println("double:", d)
	doubleInPlace(&orig)
	fmt.Println("in place:", orig)
	fmt.Println(d == orig)
}

// Output:
// orig: [1 2 3 4]
// double: [2 4 6 8]
// in place: [2 4 6 8]
// true
