// unicode.ToUpper, ToLower, ToTitle and SimpleFold over every rune: how
// many runes each changes and a checksum of the results.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	fs := []struct {
		name string
		f    func(rune) rune
	}{{"ToUpper", unicode.ToUpper}, {"ToLower", unicode.ToLower}, {"ToTitle", unicode.ToTitle},
		{"SimpleFold", unicode.SimpleFold}}
	for _, f := range fs {
		n := 0
		var sum uint64
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			m := f.f(r)
			if m != r {
				n++
				sum = sum*1000003 + uint64(r)<<21 + uint64(m)
			}
		}
		fmt.Println(f.name, n, sum)
	}
}
// Output:
// ToUpper 1410 1760187046722189313
// ToLower 1393 1447296164209269885
// ToTitle 1364 16477548782550585286
// SimpleFold 2798 16526093935251587091
