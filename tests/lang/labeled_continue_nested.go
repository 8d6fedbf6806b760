package main

import "fmt"

func main() {
	count := 0
rows:
	for r := 0; r < 6; r++ {
		for c := 0; c < 6; c++ {
			switch {
			case c > r:
				continue rows
			case (r+c)%4 == 3:
				continue
			case r == 5 && c == 3:
				break rows
			}
			count++
			fmt.Print(r, c, ";")
		}
	}
	fmt.Println()
	fmt.Println(count)
}

// Output:
// 0 0;1 0;1 1;2 0;2 2;3 1;3 2;3 3;4 0;4 1;4 2;4 4;5 0;5 1;
// 14
