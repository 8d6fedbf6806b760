package main

import "fmt"

func main() {
	m := make(map[string]int, 100)
	fmt.Println(len(m), m == nil)
	for i := 0; i < 1000; i++ {
		m[fmt.Sprint(i)] = i
	}
	fmt.Println(len(m), m["999"], m["500"])
	small := make(map[int]bool)
	small[1] = true
	fmt.Println(small)
	var hint int64 = 3
	z := make(map[int]int, hint)
	z[0] = 1
	fmt.Println(z, len(z))
}

// Output:
// 0 false
// 1000 999 500
// map[1:true]
// map[0:1] 1
