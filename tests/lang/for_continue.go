package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 20; i++ {
		if i%3 == 0 {
			continue
		}
		if i > 15 {
			break
		}
		sum += i
	}
	fmt.Println(sum)
	i := 0
	for i < 10 {
		i++
		if i%2 == 1 {
			continue
		}
		fmt.Print(i)
	}
	fmt.Println()
}

// Output:
// 75
// 246810
