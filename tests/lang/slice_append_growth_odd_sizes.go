package main

import "fmt"

type RGB [3]byte

type Rec struct {
	A int64
	B int32
}

type Wide struct {
	A, B, C, D, E int64
}

func main() {
	var c []RGB
	var r []Rec
	var w []Wide
	var h []int16
	lc, lr, lw, lh := -1, -1, -1, -1
	for i := 0; i < 700; i++ {
		c = append(c, RGB{1, 2, 3})
		r = append(r, Rec{1, 2})
		w = append(w, Wide{})
		h = append(h, 1)
		if cap(c) != lc {
			fmt.Print("c", cap(c), " ")
			lc = cap(c)
		}
		if cap(r) != lr {
			fmt.Print("r", cap(r), " ")
			lr = cap(r)
		}
		if cap(w) != lw {
			fmt.Print("w", cap(w), " ")
			lw = cap(w)
		}
		if cap(h) != lh {
			fmt.Print("h", cap(h), " ")
			lh = cap(h)
		}
	}
	fmt.Println()
}

// Output:
// c2 r1 w1 h4 r2 w2 c5 r4 w4 r8 w8 h8 c10 r16 w16 h16 c21 r32 w32 h32 c42 r64 w67 h64 c85 r128 h128 w134 c170 r256 h256 w272 c341 r512 h512 w544 c682 r848 h896 w1024 c1066 
