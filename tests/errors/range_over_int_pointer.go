package main

func main() {
	x := 3
	p := &x
	for i := range p {
		println(i)
	}
}

// Error:
// range_over_int_pointer.go:6:17: cannot range over p (variable of type *int)
// exit status 1
