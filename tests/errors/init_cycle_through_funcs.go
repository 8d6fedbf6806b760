// An initialisation cycle through a chain of functions, and one through a
// method call, reported with each step of the chain.
package main

var x = f()

func f() int { return g() }

func g() int { return x }

type T struct{}

func (T) M() int { return y }

var y = T{}.M()

func main() {}

// Error:
// init_cycle_through_funcs.go:5:5: initialization cycle for x
// 	init_cycle_through_funcs.go:5:5: x refers to f
// 	init_cycle_through_funcs.go:7:6: f refers to g
// 	init_cycle_through_funcs.go:9:6: g refers to x
// init_cycle_through_funcs.go:15:5: initialization cycle for y
// 	init_cycle_through_funcs.go:15:5: y refers to M
// 	init_cycle_through_funcs.go:13:10: M refers to y
// exit status 1
