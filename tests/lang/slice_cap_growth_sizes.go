package main

import "fmt"

type rgb struct{ r, g, b uint8 }

type big struct {
	a [5]int64
}

func main() {
	var b []byte
	var h []int16
	var c []rgb
	var s []string
	var g []big
	last := [5]int{-1, -1, -1, -1, -1}
	for i := 0; i < 1200; i++ {
		b = append(b, byte(i))
		h = append(h, int16(i))
		c = append(c, rgb{1, 2, 3})
		s = append(s, "x")
		g = append(g, big{})
		caps := [5]int{cap(b), cap(h), cap(c), cap(s), cap(g)}
		if caps != last {
			fmt.Println(i+1, caps)
			last = caps
		}
	}
	f := make([]float32, 5, 7)
	f = append(f, 1, 2, 3)
	fmt.Println(len(f), cap(f), f)
	z := append([]struct{}{}, struct{}{}, struct{}{})
	fmt.Println(len(z), cap(z))
	bs := append([]byte("hello"), " world"...)
	fmt.Println(string(bs), len(bs))
}

// Output:
// 1 [8 4 2 1 1]
// 2 [8 4 2 2 2]
// 3 [8 4 5 4 4]
// 5 [8 8 5 8 8]
// 6 [8 8 10 8 8]
// 9 [16 16 10 16 16]
// 11 [16 16 21 16 16]
// 17 [32 32 21 32 32]
// 22 [32 32 42 32 32]
// 33 [64 64 42 64 67]
// 43 [64 64 85 64 67]
// 65 [128 128 85 128 67]
// 68 [128 128 85 128 134]
// 86 [128 128 170 128 134]
// 129 [256 256 170 256 134]
// 135 [256 256 170 256 272]
// 171 [256 256 341 256 272]
// 257 [512 512 341 512 272]
// 273 [512 512 341 512 544]
// 342 [512 512 682 512 544]
// 513 [896 896 682 848 544]
// 545 [896 896 682 848 1024]
// 683 [896 896 1066 848 1024]
// 849 [896 896 1066 1280 1024]
// 897 [1408 1344 1066 1280 1024]
// 1025 [1408 1344 1066 1280 1638]
// 1067 [1408 1344 1621 1280 1638]
// 8 16 [0 0 0 0 0 1 2 3]
// 2 2
// hello world 11
