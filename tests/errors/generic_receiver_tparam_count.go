// A method of a generic type must list all its type parameters (Go 1.19
// also reports "got 1 arguments but 2 type parameters" at Pair[K]).
package main

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K]) Key() K { return p.k }

func main() {}

// Error:
// generic_receiver_tparam_count.go:10:7: got 1 type parameter, but receiver base type declares 2
// exit status 1
