package main

import "fmt"

func main() {
	m := make(map[int]int, 100)
	for i := 0; i < 20000; i++ {
		m[i*7] = i
	}
	fmt.Println(len(m))
	for i := 0; i < 20000; i += 2 {
		delete(m, i*7)
	}
	fmt.Println(len(m))
	sum, keys := 0, 0
	for k, v := range m {
		if k != v*7 {
			fmt.Println("bad", k, v)
		}
		sum += v
		keys++
	}
	fmt.Println(sum, keys)
	missing := 0
	for i := 0; i < 20000; i++ {
		if _, ok := m[i*7]; ok != (i%2 == 1) {
			missing++
		}
	}
	fmt.Println(missing)
	s := map[string]int{}
	for i := 0; i < 3000; i++ {
		s[fmt.Sprint("k", i%1000)] += i
	}
	fmt.Println(len(s), s["k0"], s["k999"])
}

// Output:
// 20000
// 10000
// 100000000 10000
// 0
// 1000 3000 5997
