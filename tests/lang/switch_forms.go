package main

import "fmt"

func kind(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 3, 5, 7, 9:
		return "odd"
	case 2, 4, 6, 8:
		return "even"
	default:
		return "big"
	}
}

func grade(s int) string {
	switch {
	case s >= 90:
		return "A"
	case s >= 80:
		return "B"
	}
	return "F"
}

func main() {
	for i := 0; i < 11; i += 2 {
		fmt.Print(kind(i), " ")
	}
	fmt.Println(kind(7))
	fmt.Println(grade(95), grade(85), grade(10))
	switch x := 3 * 3; x {
	case 9:
		fmt.Println("nine")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched", s)
	}
}

// Output:
// zero even even even even big odd
// A B F
// nine
// matched go
