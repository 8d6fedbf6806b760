// A generic type needs its type arguments (types2's text, Go 1.24's
// weak.Pointer[T any]).
package main

import "weak"

var w weak.Pointer

func main() {
	_ = w
}
// Error:
// weak_uninstantiated.go:7:7: cannot use generic type weak.Pointer[T any] without instantiation
// exit status 1
