package main

func main() {
	m := map[string]int{1}
	_ = m
}

// Error:
// map_literal_missing_key.go:4:22: missing key in map literal
// exit status 1
