package main

import "fmt"

func main() {
	var b []byte
	last := -1
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			fmt.Println(len(b), cap(b))
			last = cap(b)
		}
	}
}

// Output:
// 1 8
// 9 16
// 17 32
// 33 64
// 65 128
// 129 256
// 257 512
// 513 896
// 897 1408
// 1409 2048
// 2049 3072
