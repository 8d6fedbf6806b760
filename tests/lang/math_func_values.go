// math's functions are ordinary function values: stored, passed and
// compared with nil like any other.
package main

import (
	"fmt"
	"math"
)

type unary func(float64) float64

func table(name string, f unary) {
	fmt.Print(name, ":")
	for x := 0.5; x <= 2; x += 0.5 {
		fmt.Printf(" %.6f", f(x))
	}
	fmt.Println()
}

func compose(f, g unary) unary { return func(x float64) float64 { return f(g(x)) } }

func main() {
	fs := map[string]unary{"sqrt": math.Sqrt, "exp": math.Exp, "log": math.Log, "sin": math.Sin}
	for _, k := range []string{"exp", "log", "sin", "sqrt"} {
		table(k, fs[k])
	}
	table("exp∘log", compose(math.Exp, math.Log))
	var f unary
	fmt.Println(f == nil)
	f = math.Abs
	fmt.Println(f != nil, f(-3))
	split := math.Frexp
	fr, e := split(40)
	fmt.Println(fr, e)
	fmt.Printf("%T\n%T\n%T\n", math.Sqrt, math.Lgamma, math.Float32bits)
}

// Output:
// exp: 1.648721 2.718282 4.481689 7.389056
// log: -0.693147 0.000000 0.405465 0.693147
// sin: 0.479426 0.841471 0.997495 0.909297
// sqrt: 0.707107 1.000000 1.224745 1.414214
// exp∘log: 0.500000 1.000000 1.500000 2.000000
// true
// true 3
// 0.625 6
// func(float64) float64
// func(float64) (float64, int)
// func(float32) uint32
