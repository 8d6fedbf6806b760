package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	m := map[string]Point{"a": {1, 2}}
	m["a"].X = 10
	fmt.Println(m)
}

// Error:
// map_entry_field_assign.go:9:2: cannot assign to struct field m["a"].X in map
// exit status 1
