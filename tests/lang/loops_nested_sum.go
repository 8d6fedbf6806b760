package main

import "fmt"

func main() {
	total := 0
	for i := 1; i <= 100; i++ {
		for j := 1; j <= i; j++ {
			total += j
		}
	}
	fmt.Println(total)
	count := 0
	for a := 1; a < 50; a++ {
		for b := a; b < 50; b++ {
			for c := b; c < 75; c++ {
				if a*a+b*b == c*c {
					count++
				}
			}
		}
	}
	fmt.Println(count)
	var h uint32 = 2166136261
	s := "hash me please"
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	fmt.Println(h)
}

// Output:
// 171700
// 26
// 3728827785
