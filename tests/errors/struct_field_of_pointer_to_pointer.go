package main

type T struct{ X int }

func main() {
	t := &T{}
	pp := &t
	println(pp.X)
}

// Error:
// struct_field_of_pointer_to_pointer.go:8:13: pp.X undefined (type **T has no field or method X)
// exit status 1
