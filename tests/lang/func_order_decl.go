package main

import "fmt"

func main() {
	fmt.Println(later(3))
	fmt.Println(noResult())
	v := compute(2, 3.5, "x")
	fmt.Println(v)
}

func later(n int) int { return n * helper() }

func helper() int { return 7 }

func noResult() string {
	sideEffect()
	return "done"
}

func sideEffect() { fmt.Println("side effect") }

func compute(a int, b float64, c string) string {
	return fmt.Sprintf("%v%s", float64(a)*b, c)
}

// Output:
// 21
// side effect
// done
// 7x
