// Per-iteration loop variables (Go 1.22).  The expectation is written by
// hand from the Go 1.22 spec (Go 1.19, installed here, shares one variable):
// "Each iteration has its own separate declared variable (or variables).
// The variable used by the first iteration is declared by the init
// statement. The variable used by each subsequent iteration is declared
// implicitly before executing the post statement and initialized to the
// value of the previous iteration's variable at that moment." (For
// statements with for clause), and for range with := "the variables ...
// whose scope is the block of the "for" statement and each iteration has
// its own new variables" (For statements with range clause).
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
		i++
	}
	for _, p := range ps {
		fmt.Println(*p)
	}
	var gs []func() string
	for k, v := range []string{"a", "b"} {
		gs = append(gs, func() string { return fmt.Sprint(k, v) })
	}
	for _, g := range gs {
		fmt.Println(g())
	}
	// the closure's change is seen by the loop and copied forward
	for i := 0; i < 5; i++ {
		inc := func() { i++ }
		inc()
		fmt.Println("i", i)
	}
}

// Output:
// 0
// 1
// 2
// 1
// 3
// 0a
// 1b
// i 1
// i 3
// i 5
