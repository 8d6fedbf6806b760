// Per-iteration loop variables (Go 1.22) captured by closures, by
// pointers and by deferred closures, in range and three-clause loops.
// The expectation follows the Go 1.22 spec, "For statements with range
// clause": "the iteration variables ... whose scope is the block of the
// "for" statement and each iteration has its own new variables", and "For
// statements with for clause": "Each iteration has its own separate
// declared variable (or variables)".  Go 1.19 (one variable for the whole
// loop) prints otherwise, so the block was made by Go 1.19 from this
// program with a copy (`i := i`, `s := s`, ...) added at the top of each
// loop body, which is what the Go 1.22 text means; the closures only read
// the variables, so the copies are exact.
package main

import "fmt"

type Task struct {
	Name string
	Cost int
}

func deferred() {
	for i := 0; i < 3; i++ {
		defer func() { fmt.Print("d", i, " ") }()
	}
}

func main() {
	var fs []func() string
	for i, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ps []*Task
	for _, t := range []Task{{"x", 1}, {"y", 2}, {"z", 3}} {
		ps = append(ps, &t)
	}
	for _, p := range ps {
		fmt.Print(p.Name, p.Cost, " ")
	}
	fmt.Println(ps[0] != ps[1])

	var gs []func() int
	for i := 0; i < 4; i++ {
		gs = append(gs, func() int { return i * i })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	deferred()
	fmt.Println()

	byKey := map[string]func() string{}
	for _, k := range [...]string{"one", "two"} {
		byKey[k] = func() string { return k + "!" }
	}
	fmt.Println(byKey["one"](), byKey["two"]())
}

// Output:
// 0a 1b 2c 
// x1 y2 z3 true
// 0 1 4 9 
// d2 d1 d0 
// one! two!
