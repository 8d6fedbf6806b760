package main

type T struct{ f int }

func main() {
	m := map[string]T{}
	m["a"].f = 1
	m["a"].f += 1
	m["a"].f++
}
// Error:
// assign_struct_field_in_map.go:7:2: cannot assign to struct field m["a"].f in map
// assign_struct_field_in_map.go:8:2: cannot assign to struct field m["a"].f in map
// assign_struct_field_in_map.go:9:2: cannot assign to struct field m["a"].f in map
// exit status 1
