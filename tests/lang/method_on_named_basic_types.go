package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit  { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius  { return Celsius((f - 32) * 5 / 9) }
func (c Celsius) Warmer(d Celsius) Celsius { return c + d }

type Flag bool

func (f Flag) Not() Flag { return !f }

type Path string

func (p Path) Ext() string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '.' {
			return string(p[i:])
		}
	}
	return ""
}

func (p *Path) Join(name string) { *p = *p + "/" + Path(name) }

type Bits uint8

func (b Bits) Has(n uint) bool { return b&(1<<n) != 0 }
func (b *Bits) Set(n uint)      { *b |= 1 << n }

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF(), c.ToF().ToC(), Celsius(-40).ToF())
	fmt.Println(c.Warmer(5).Warmer(-10))
	var f Flag
	fmt.Println(f.Not(), f.Not().Not())
	p := Path("/usr/lib")
	p.Join("go.tar.gz")
	fmt.Println(p, p.Ext(), Path("noext").Ext() == "")
	var b Bits
	b.Set(1)
	b.Set(7)
	fmt.Println(b, b.Has(1), b.Has(2), b.Has(7))
	fmt.Printf("%T %v %T\n", c.ToF(), Flag(true), p)
}

// Output:
// 212 100 -40
// 95
// true false
// /usr/lib/go.tar.gz .gz true
// 130 true false true
// main.Fahrenheit true main.Path
