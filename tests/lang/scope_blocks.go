package main

import "fmt"

func main() {
	a := 1
	{
		b := a + 1
		{
			a := b * 10
			fmt.Println(a, b)
		}
		a = b
	}
	fmt.Println(a)
	switch a := a * 3; a {
	case 6:
		b := a + 1
		fmt.Println("six", b)
	default:
		fmt.Println("other", a)
	}
	fmt.Println(a)
}

// Output:
// 20 2
// 2
// six 7
// 2
