package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func main() {
	a := "go"
	b := a + "pher"
	fmt.Println(b, len(b))
	b += "s"
	b += "!"
	fmt.Println(b)
	fmt.Println(repeat("ab", 4), repeat("x", 0) == "")
	c := a
	c += "lang"
	fmt.Println(a, c)
	parts := []string{"a", "b", "c"}
	joined := ""
	for i, p := range parts {
		if i > 0 {
			joined += ","
		}
		joined += p
	}
	fmt.Println(joined)
	fmt.Println("x" + string('y') + "z")
}

// Output:
// gopher 6
// gophers!
// abababab true
// go golang
// a,b,c
// xyz
