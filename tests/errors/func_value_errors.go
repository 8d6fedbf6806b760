package main

func f(xs ...int) {}
func g(a int) {}

func main() {
	h := f
	k := f
	println(h == k)
	g([]int{1}...)
}

// Error:
// func_value_errors.go:9:10: invalid operation: h == k (func can only be compared to nil)
// func_value_errors.go:10:2: cannot use ... in call to non-variadic g
// exit status 1
