package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	p := &m["a"]
	fmt.Println(*p)
}

// Error:
// map_element_address.go:7:8: invalid operation: cannot take address of m["a"] (map index expression of type int)
// exit status 1
