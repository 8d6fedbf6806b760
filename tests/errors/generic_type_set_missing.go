// A type argument outside the constraint's type set (Go 1.24's wording:
// Go 1.19 says "does not implement").
package main

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	println(Sum([]string{"a", "b"}))
}

// Error:
// generic_type_set_missing.go:18:13: string does not satisfy Number (string missing in ~int | ~float64)
// exit status 1
