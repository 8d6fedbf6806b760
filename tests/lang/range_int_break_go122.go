package main

import "fmt"

func main() {
	sum := 0
	for i := range 100 {
		if i%2 == 0 {
			continue
		}
		if i > 10 {
			break
		}
		sum += i
	}
	fmt.Println(sum)
	m := -4
	for i := range m {
		fmt.Println("never", i)
	}
outer:
	for i := range 3 {
		for j := range 3 {
			if j > i {
				continue outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
}

// Output:
// 25
// 0 0 1 0 1 1 2 0 2 1 2 2 
