package main

import "fmt"

type V struct{ n int }

func (v V) String() string { return fmt.Sprint("V(", v.n, ")") }

type P struct{ n int }

func (p *P) String() string { return fmt.Sprint("P(", p.n, ")") }

func main() {
	v := V{1}
	p := P{2}
	fmt.Println(v, &v)
	fmt.Println(p, &p)
	fmt.Printf("%v %s %+v %d\n", v, v, v, v)
	fmt.Printf("%v %v\n", p, &p)
	fmt.Println([]V{{3}, {4}}, []P{{5}}, []*P{{6}})
	type Wrap struct {
		Val V
		Ptr *P
	}
	fmt.Printf("%v\n", Wrap{V{7}, &P{8}})
}

// Output:
// V(1) V(1)
// {2} P(2)
// V(1) V(1) V(1) {1}
// {2} P(2)
// [V(3) V(4)] [{5}] [P(6)]
// {V(7) P(8)}
