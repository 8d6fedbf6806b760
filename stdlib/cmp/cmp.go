// Package cmp: Go 1.21's constraint for ordered types and the functions
// comparing its values, in Go.
package cmp

// Ordered is the constraint of the types that support the operators
// < <= >= >: integers, floating-point numbers and strings.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x is less than y. A NaN is less than any other
// value, and -0.0 is not less than 0.0.
func Less[T Ordered](x, y T) bool {
	if isNaN(x) {
		return !isNaN(y)
	}
	return x < y
}

// Compare returns -1 if x is less than y, 0 if they are equal and +1 if
// x is greater, with a NaN less than any other value and equal to a NaN.
func Compare[T Ordered](x, y T) int {
	xnan, ynan := isNaN(x), isNaN(y)
	switch {
	case xnan && ynan:
		return 0
	case xnan || x < y:
		return -1
	case ynan || x > y:
		return +1
	}
	return 0
}

// Or returns the first of its arguments that is not the zero value, or
// the zero value.
func Or[T comparable](vals ...T) T {
	var zero T
	for _, v := range vals {
		if v != zero {
			return v
		}
	}
	return zero
}

// isNaN: only a NaN differs from itself.
func isNaN[T Ordered](x T) bool {
	return x != x
}
