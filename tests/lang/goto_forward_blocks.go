package main

import "fmt"

func find(target int) string {
	i := 0
	for i = 0; i < 10; i++ {
		if i*i == target {
			goto found
		}
	}
	return "not found"
found:
	return fmt.Sprintf("found %d", i)
}

func main() {
	fmt.Println(find(49), find(50))
	n := 3
	if n > 2 {
		goto big
	}
	fmt.Println("small")
	return
big:
	fmt.Println("big")
}

// Output:
// found 7 not found
// big
