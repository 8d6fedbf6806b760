package main

import "fmt"

func main() {
	// "If a map entry that has not yet been reached is removed during
	// iteration, the corresponding iteration value will not be produced."
	m := map[int]string{}
	for i := 0; i < 50; i++ {
		m[i] = fmt.Sprint(i)
	}
	iterations := 0
	for range m {
		iterations++
		for k := range m {
			delete(m, k)
		}
	}
	fmt.Println(iterations, len(m))

	// Deleting the current key is always safe.
	n := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	for k, v := range n {
		if v%2 == 0 {
			delete(n, k)
		}
	}
	fmt.Println(n, len(n))

	// Updating values during iteration is visible afterwards.
	sq := map[int]int{1: 0, 2: 0, 3: 0}
	for k := range sq {
		sq[k] = k * k
	}
	fmt.Println(sq)

	// Refilling after emptying.
	for i := 0; i < 3; i++ {
		m[i] = "again"
	}
	fmt.Println(m)
}

// Output:
// 1 0
// map[a:1 c:3] 2
// map[1:1 2:4 3:9]
// map[0:again 1:again 2:again]
