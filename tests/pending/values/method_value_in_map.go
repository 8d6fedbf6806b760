package main

import "fmt"

type Calc struct{ acc int }

func (c *Calc) Add(n int) { c.acc += n }
func (c *Calc) Sub(n int) { c.acc -= n }
func (c *Calc) Mul(n int) { c.acc *= n }

func main() {
	c := &Calc{}
	ops := map[string]func(int){
		"add": c.Add,
		"sub": c.Sub,
		"mul": c.Mul,
	}
	program := []struct {
		op  string
		arg int
	}{{"add", 5}, {"mul", 4}, {"sub", 3}, {"mul", 2}}
	for _, step := range program {
		ops[step.op](step.arg)
		fmt.Println(step.op, step.arg, "->", c.acc)
	}
}

// Output:
// add 5 -> 5
// mul 4 -> 20
// sub 3 -> 17
// mul 2 -> 34
