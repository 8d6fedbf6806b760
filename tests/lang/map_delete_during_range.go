package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	removed := 0
	for k := range m {
		if k%2 == 1 {
			delete(m, k)
			removed++
		}
	}
	fmt.Println(removed, len(m))
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
	for k, v := range m {
		m[k] = v + 1
	}
	sum = 0
	for _, v := range m {
		sum += v
	}
	fmt.Println(sum)
}

// Output:
// 50 50
// 161700
// 161750
