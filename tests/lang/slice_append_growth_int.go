package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println("len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
}

// Output:
// len 1 cap 1
// len 2 cap 2
// len 3 cap 4
// len 5 cap 8
// len 9 cap 16
// len 17 cap 32
// len 33 cap 64
// len 65 cap 128
// len 129 cap 256
// len 257 cap 512
// len 513 cap 848
// len 849 cap 1280
// len 1281 cap 1792
// len 1793 cap 2560
