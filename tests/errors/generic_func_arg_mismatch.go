// A function argument whose type does not match the parameter's
// function type (Go 1.24's wording: Go 1.19 has no "in call to Map, ").
package main

func Map[T, U any](xs []T, f func(T) U) []U {
	var r []U
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func main() {
	_ = Map([]int{1}, func(string) string { return "" })
}

// Error:
// generic_func_arg_mismatch.go:14:20: in call to Map, type func(string) string of func(string) string {…} does not match inferred type func(int) U for func(T) U
// exit status 1
