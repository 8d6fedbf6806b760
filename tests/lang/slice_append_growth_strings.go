package main

import "fmt"

func main() {
	var s []string
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, "x")
		if cap(s) != last {
			fmt.Println(len(s), cap(s))
			last = cap(s)
		}
	}
	var f []float32
	last = -1
	for i := 0; i < 600; i++ {
		f = append(f, float32(i))
		if cap(f) != last {
			fmt.Print(cap(f), " ")
			last = cap(f)
		}
	}
	fmt.Println()
}

// Output:
// 1 1
// 2 2
// 3 4
// 5 8
// 9 16
// 17 32
// 33 64
// 65 128
// 129 256
// 257 512
// 513 848
// 849 1280
// 1281 1792
// 1793 2560
// 2 4 8 16 32 64 128 256 512 864 
