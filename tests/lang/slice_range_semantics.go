package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	// the range expression is evaluated once
	for i, v := range s {
		if i == 0 {
			s = append(s, 4, 5)
		}
		fmt.Println(i, v)
	}
	fmt.Println(s)

	// element updates are seen through the shared array
	t := []int{1, 2, 3}
	for i, v := range t {
		if i+1 < len(t) {
			t[i+1] += v
		}
	}
	fmt.Println(t)

	count := 0
	for range make([]struct{}, 7) {
		count++
	}
	fmt.Println(count)
}

// Output:
// 0 1
// 1 2
// 2 3
// [1 2 3 4 5]
// [1 3 6]
// 7
