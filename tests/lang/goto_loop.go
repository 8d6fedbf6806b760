package main

import "fmt"

func main() {
	i := 0
top:
	if i < 5 {
		fmt.Print(i)
		i++
		goto top
	}
	fmt.Println()
	n := 0
	goto skip
skip:
	n++
	if n < 3 {
		goto skip
	}
	fmt.Println(n)
	for j := 0; j < 10; j++ {
		if j == 4 {
			goto out
		}
	}
out:
	fmt.Println("out")
}

// Output:
// 01234
// 3
// out
