package main

import "fmt"

type Engine struct{ RPM int }

func (e *Engine) Rev(n int) { e.RPM += n }
func (e Engine) Status() string {
	if e.RPM > 3000 {
		return "high"
	}
	return "low"
}

type Car struct {
	*Engine
	Model string
}

type Garage struct {
	Car
}

func main() {
	c := Car{&Engine{}, "coupe"}
	c.Rev(2000)
	fmt.Println(c.RPM, c.Status())
	g := Garage{c}
	g.Rev(1500)
	fmt.Println(g.RPM, c.RPM, g.Status())
	fmt.Println(g.Car.Engine == c.Engine)
	rev := g.Rev
	rev(1)
	fmt.Println(c.RPM)
}

// Output:
// 2000 low
// 3500 3500 high
// true
// 3501
