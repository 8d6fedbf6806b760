package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 5; i++ {
		fmt.Println(r.Float64(), r.Float32())
	}
	sum, min, max := 0.0, 1.0, 0.0
	for i := 0; i < 100000; i++ {
		f := r.Float64()
		sum += f
		if f < min {
			min = f
		}
		if f > max {
			max = f
		}
	}
	fmt.Println(sum, min, max)
}

// Output:
// 0.6046602879796196 0.9405091
// 0.6645600532184904 0.4377142
// 0.4246374970712657 0.68682307
// 0.06563701921747622 0.15651925
// 0.09696951891448456 0.30091187
// 49918.51904958388 2.4448992727547783e-06 0.9999968116565763
