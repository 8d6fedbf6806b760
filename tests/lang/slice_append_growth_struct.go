package main

import "fmt"

type Rec struct {
	A, B, C int64
}

func main() {
	var rs []Rec
	var ss []string
	last1, last2 := -1, -1
	for i := 0; i < 600; i++ {
		rs = append(rs, Rec{A: int64(i)})
		ss = append(ss, "x")
		if cap(rs) != last1 {
			fmt.Println("Rec", len(rs), cap(rs))
			last1 = cap(rs)
		}
		if cap(ss) != last2 {
			fmt.Println("string", len(ss), cap(ss))
			last2 = cap(ss)
		}
	}
}

// Output:
// Rec 1 1
// string 1 1
// Rec 2 2
// string 2 2
// Rec 3 4
// string 3 4
// Rec 5 8
// string 5 8
// Rec 9 16
// string 9 16
// Rec 17 32
// string 17 32
// Rec 33 64
// string 33 64
// Rec 65 128
// string 65 128
// Rec 129 256
// string 129 256
// Rec 257 512
// string 257 512
// Rec 513 853
// string 513 848
