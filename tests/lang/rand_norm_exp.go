// NormFloat64 and ExpFloat64 are Go's ziggurats, over Go's tables.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(99))
	for i := 0; i < 5; i++ {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
	}
	var sn, sn2, se float64
	tail := 0
	for i := 0; i < 200000; i++ {
		x := r.NormFloat64()
		sn += x
		sn2 += x * x
		if x > 3.442619855899 || x < -3.442619855899 {
			tail++
		}
		se += r.ExpFloat64()
	}
	fmt.Println(sn, sn2, se, tail)
}

// Output:
// 0.452540017281698 0.5903708413526637
// -0.34172916063314973 0.28720154105511936
// 1.532385397041554 0.8056720790658038
// 1.0639834715619025 1.4256072328483647
// 0.8030224302098403 0.04120924404106354
// -144.4135091791024 199684.62760600093 200218.6751332287 116
