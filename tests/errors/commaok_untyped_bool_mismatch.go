package main

func main() {
	m := map[string]int{}
	var s string
	_, s = m["k"]
	_ = s
}
// Error:
// commaok_untyped_bool_mismatch.go:6:9: cannot use m["k"] (untyped bool value) as string value in assignment
// exit status 1
