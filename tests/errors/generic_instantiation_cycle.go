package main

type Nest[P any] struct {
	next *Nest[[]P]
}

func main() {
	var n Nest[int]
	_ = n
}

// Error:
// generic_instantiation_cycle.go:3:11: instantiation cycle:
// 	generic_instantiation_cycle.go:4:13: P instantiated as []P
// exit status 1
