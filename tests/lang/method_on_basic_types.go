package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) String() string  { return fmt.Sprintf("%.1f°C", float64(c)) }

type Weekday int

func (d Weekday) Next() Weekday { return (d + 1) % 7 }
func (d Weekday) Weekend() bool { return d == 0 || d == 6 }

type Name string

func (n Name) Greet() string { return "Hello, " + string(n) }
func (n *Name) Upper() {
	b := []byte(*n)
	for i := range b {
		if b[i] >= 'a' && b[i] <= 'z' {
			b[i] -= 32
		}
	}
	*n = Name(b)
}

func main() {
	c := Celsius(100)
	fmt.Println(c, c.ToF(), c.ToF().ToC())
	d := Weekday(5)
	fmt.Println(d.Next(), d.Next().Weekend(), d.Next().Next())
	n := Name("gopher")
	n.Upper()
	fmt.Println(n.Greet())
	fmt.Println(Celsius(-40).ToF() == -40)
}

// Output:
// 100.0°C 212 100.0°C
// 6 true 0
// Hello, GOPHER
// true
