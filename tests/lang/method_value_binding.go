package main

import "fmt"

type Pt struct{ X int }

func (p Pt) Show() string   { return fmt.Sprint("X=", p.X) }
func (p *Pt) ShowP() string { return fmt.Sprint("X=", p.X) }

func main() {
	p := Pt{1}
	show := p.Show // receiver copied now
	showP := p.ShowP
	p.X = 2
	fmt.Println(show(), showP(), p.Show())

	ptr := &Pt{10}
	viaPtr := ptr.Show // *ptr copied now
	ptr.X = 20
	fmt.Println(viaPtr(), ptr.Show())

	fns := []func() string{p.Show, ptr.ShowP}
	p.X, ptr.X = 3, 30
	for _, f := range fns {
		fmt.Println(f())
	}
	var f func() string = Pt{99}.Show
	fmt.Println(f())
}

// Output:
// X=1 X=2 X=2
// X=10 X=20
// X=2
// X=30
// X=99
