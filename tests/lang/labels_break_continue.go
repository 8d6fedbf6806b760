package main

import "fmt"

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
loop:
	for i := 0; ; i++ {
		switch {
		case i == 2:
			continue loop
		case i > 4:
			break loop
		}
		fmt.Print(i)
	}
	fmt.Println()
sw:
	switch x := 5; {
	case x > 1:
		for {
			break sw
		}
	}
	fmt.Println("done")
}

// Output:
// 0 0 0 1 0 2 1 0 1 1 1 2 2 0 2 1 2 2 
// 0134
// done
