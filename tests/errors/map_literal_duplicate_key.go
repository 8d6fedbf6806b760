package main

import "fmt"

func main() {
	ages := map[string]int{
		"ann": 30,
		"bob": 25,
		"ann": 31,
	}
	fmt.Println(ages)
}

// Error:
// map_literal_duplicate_key.go:9:3: duplicate key "ann" in map literal
// exit status 1
