package main

import "fmt"

func main() {
	counts := map[bool]int{}
	for i := 0; i < 10; i++ {
		counts[i%3 == 0]++
	}
	fmt.Println(counts)
	fmt.Println(counts[true], counts[false])
	names := map[bool]string{true: "yes", false: "no"}
	x := 5
	fmt.Println(names[x > 3], names[x > 10])
}

// Output:
// map[false:6 true:4]
// 4 6
// yes no
