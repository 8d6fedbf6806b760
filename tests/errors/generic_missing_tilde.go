// A defined type against a constraint that lists only its underlying
// type (Go 1.24's wording: Go 1.19 says "does not implement int
// (possibly missing ~ for int in constraint int)").
package main

type Celsius int

func Double[T int](x T) T { return x * 2 }

func main() {
	println(Double(Celsius(21)))
}

// Error:
// generic_missing_tilde.go:11:16: Celsius does not satisfy int (possibly missing ~ for int in int)
// exit status 1
