// strings functions as func values, and a Builder method value.
package main

import (
	"fmt"
	"strings"
)

func apply(f func(string) string, s string) string { return f(s) }

func main() {
	fmt.Println(apply(strings.ToUpper, "abc"), apply(strings.TrimSpace, "  x  "))
	fs := []func(string, string) bool{strings.HasPrefix, strings.Contains}
	for _, f := range fs {
		fmt.Println(f("golang", "go"))
	}
	m := strings.Map
	fmt.Println(m(func(r rune) rune { return r + 1 }, "HAL"))
	var sb strings.Builder
	w := sb.WriteString
	w("method value")
	fmt.Println(sb.String())
	split := strings.Split
	fmt.Println(len(split("a b c", " ")))
}
// Output:
// ABC x
// true
// true
// IBM
// method value
// 3
