// A type argument must satisfy comparable (Go 1.24's wording: Go 1.19
// says "does not implement comparable").
package main

func Index[T comparable](xs []T, x T) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

func main() {
	println(Index([][]int{{1}}, []int{1}))
}

// Error:
// generic_not_comparable.go:15:15: []int does not satisfy comparable
// exit status 1
