package main

import "fmt"

func parseDigit(c byte) int {
	if c < '0' || c > '9' {
		panic(fmt.Sprintf("bad digit %q", c))
	}
	return int(c - '0')
}

func safeParse(s string) (n int, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("  recovered:", r)
			n, ok = -1, false
		}
	}()
	for i := 0; i < len(s); i++ {
		n = n*10 + parseDigit(s[i])
	}
	return n, true
}

func main() {
	for _, in := range []string{"123", "4x5", "", "90"} {
		n, ok := safeParse(in)
		fmt.Printf("%q -> %d %v\n", in, n, ok)
	}
}

// Output:
// "123" -> 123 true
//   recovered: bad digit 'x'
// "4x5" -> -1 false
// "" -> 0 true
// "90" -> 90 true
