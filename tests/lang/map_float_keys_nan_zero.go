package main

import "fmt"

func main() {
	m := map[float64]string{}
	zero := 0.0
	negZero := -zero
	m[zero] = "positive zero"
	m[negZero] = "negative zero"
	fmt.Println(len(m), m[0])
	for k := range m {
		fmt.Println("stored key:", k, 1/k < 0)
	}
	fmt.Println(1/negZero < 0)

	nan := zero / zero
	m[nan] = "nan1"
	m[nan] = "nan2"
	fmt.Println(len(m))
	v, ok := m[nan]
	fmt.Printf("%q %v\n", v, ok)
	nans := 0
	for k, v := range m {
		if k != k {
			nans++
			_ = v
		}
	}
	fmt.Println("nan keys:", nans)
	delete(m, nan)
	fmt.Println(len(m))
	m[1.5] = "x"
	fmt.Println(m[1.5], m[3.0/2])
}

// Output:
// 1 negative zero
// stored key: -0 true
// true
// 3
// "" false
// nan keys: 2
// 3
// x x
