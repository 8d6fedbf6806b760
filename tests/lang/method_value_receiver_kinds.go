package main

import "fmt"

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type Small float32

func (s Small) Twice() float32 { return float32(s) * 2 }

type Flag bool

func (f Flag) Not() Flag { return !f }

type Grid [3][2]int

func (g Grid) Sum() int {
	s := 0
	for _, r := range g {
		for _, v := range r {
			s += v
		}
	}
	return s
}

func (g *Grid) Set(i, j, v int) { g[i][j] = v }

type Big struct {
	a, b, c, d, e int
	s           string
	xs          []int
	m           map[string]int
}

func (b Big) Describe() string {
	return fmt.Sprint(b.a+b.b+b.c+b.d+b.e, b.s, len(b.xs), b.m["k"])
}

type Names []string

func (n Names) Join(sep string) string {
	out := ""
	for i, s := range n {
		if i > 0 {
			out += sep
		}
		out += s
	}
	return out
}

type Counts map[string]int

func (c Counts) Inc(k string) int { c[k]++; return c[k] }

type Op func(int) int

func (o Op) Twice(n int) int { return o(o(n)) }

func main() {
	c := Celsius(100)
	f := c.F
	c = 0
	fmt.Println(f(), c.F())

	s := Small(1.25)
	tw := s.Twice
	fmt.Println(tw())

	fl := Flag(true).Not
	fmt.Println(fl())

	var g Grid
	set := g.Set
	set(0, 0, 5)
	set(2, 1, 7)
	sum := g.Sum
	g.Set(1, 1, 100)
	fmt.Println(sum(), g.Sum())

	b := Big{1, 2, 3, 4, 5, "big", []int{1, 2}, map[string]int{"k": 9}}
	d := b.Describe
	b.a, b.s = 100, "changed"
	b.m["k"] = 10 // the map is shared by the copy
	fmt.Println(d())

	n := Names{"a", "b"}
	j := n.Join
	n[0] = "z" // the slice is shared too
	n = append(n, "c")
	fmt.Println(j("-"), n.Join("+"))

	cnt := Counts{}
	inc := cnt.Inc
	inc("x")
	inc("x")
	fmt.Println(cnt["x"], inc("y"))

	double := Op(func(n int) int { return n * 2 })
	t := double.Twice
	fmt.Println(t(3))

	m := map[string]Celsius{"boil": 100}
	mf := m["boil"].F
	fmt.Println(mf())
	arr := []Grid{{{1, 1}}}
	as := arr[0].Sum
	arr[0][0][0] = 50
	fmt.Println(as(), arr[0].Sum())
	aset := arr[0].Set // &arr[0]
	aset(0, 1, 9)
	fmt.Println(arr[0][0])
}

// Output:
// 212 32
// 2.5
// false
// 12 112
// 15big2 10
// z-b z+b+c
// 2 1
// 12
// 212
// 2 51
// [50 9]
