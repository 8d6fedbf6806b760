package main

import "fmt"

func down(n int, s string) byte {
	if n == 0 {
		return s[n+10]
	}
	return down(n-1, s)
}

func main() {
	fmt.Println("going down")
	fmt.Println(down(1000, "short"))
}

// Error:
// going down
// panic: runtime error: index out of range [10] with length 5
//
// goroutine 1 [running]:
// exit status 2
