// Package initialisation waits for what the functions an initialiser calls
// use, through chains of functions (each removed from the dependency graph
// hands its dependencies to its callers), mutual recursion and methods.
package main

import "fmt"

var order []string

func note(s string) int {
	order = append(order, s)
	return len(order)
}

var a = get(1) + b // a -> get -> helper -> scale, and b
var b = twice(2)
var scale = note("scale") * 10

func helper(x int) int { return x * scale }

func get(n int) int { return helper(n) }

func twice(n int) int { return 2 * get(n) }

// even and odd call each other; only odd uses base
var parity = even(4)
var base = note("base")

func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return base > 0
	}
	return even(n - 1)
}

type Reg struct{}

func (Reg) Lookup() int { return table["k"] + deep() }

var viaMethod = Reg{}.Lookup()
var table = map[string]int{"k": note("table")}

func deep() int { return deeper() }
func deeper() int { return deepest() }
func deepest() int { return last }

var last = note("last")

func main() {
	fmt.Println(a, b, scale)
	fmt.Println(parity, base)
	fmt.Println(viaMethod, table, last)
	fmt.Println(order)
}

// Output:
// 50 40 10
// true 2
// 7 map[k:3] 4
// [scale base table last]
