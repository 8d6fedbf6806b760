// Package maps (Go 1.21). The expectation follows the examples of the Go
// documentation of package maps (ExampleClone, ExampleCopy,
// ExampleDeleteFunc, ExampleEqual, ExampleEqualFunc with a hand-written
// case folding instead of strings.EqualFold); Keys and Values return
// slices in gvm (x/exp/maps' form), sorted here before printing.
package main

import (
	"fmt"
	"maps"
	"slices"
)

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func main() {
	m1 := map[string]int{
		"key": 1,
	}
	m2 := maps.Clone(m1)
	m2["key"] = 100
	fmt.Println(m1["key"])
	fmt.Println(m2["key"])

	m3 := map[string][]int{
		"key": {1, 2, 3},
	}
	m4 := maps.Clone(m3)
	fmt.Println(m4["key"][0])
	m4["key"][0] = 100
	fmt.Println(m3["key"][0])
	fmt.Println(m4["key"][0])
	var none map[int]bool
	fmt.Println(maps.Clone(none) == nil)

	c1 := map[string]int{
		"one": 1,
		"two": 2,
	}
	c2 := map[string]int{
		"one": 10,
	}
	maps.Copy(c2, c1)
	fmt.Println("m2 is:", c2)
	c2["one"] = 100
	fmt.Println("m1 is:", c1)
	fmt.Println("m2 is:", c2)

	d := map[string]int{
		"one":   1,
		"two":   2,
		"three": 3,
		"four":  4,
	}
	maps.DeleteFunc(d, func(k string, v int) bool {
		return v%2 != 0 // delete odd values
	})
	fmt.Println(d)

	e1 := map[int]string{
		1:    "one",
		10:   "Ten",
		1000: "THOUSAND",
	}
	e2 := map[int]string{
		1:    "one",
		10:   "Ten",
		1000: "THOUSAND",
	}
	e3 := map[int]string{
		1:    "one",
		10:   "ten",
		1000: "thousand",
	}
	fmt.Println(maps.Equal(e1, e2))
	fmt.Println(maps.Equal(e1, e3))
	f2 := map[int][]byte{
		1:    []byte("One"),
		10:   []byte("Ten"),
		1000: []byte("Thousand"),
	}
	eq := maps.EqualFunc(e1, f2, func(v1 string, v2 []byte) bool {
		return lower(v1) == lower(string(v2))
	})
	fmt.Println(eq)

	keys := maps.Keys(e1)
	slices.Sort(keys)
	vals := maps.Values(e1)
	slices.Sort(vals)
	fmt.Println(keys, vals)
}

// Output:
// 1
// 100
// 1
// 100
// 100
// true
// m2 is: map[one:1 two:2]
// m1 is: map[one:1 two:2]
// m2 is: map[one:100 two:2]
// map[four:4 two:2]
// true
// false
// true
// [1 10 1000] [THOUSAND Ten one]
