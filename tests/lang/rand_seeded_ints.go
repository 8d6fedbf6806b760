// A seeded source draws Go 1.19's numbers exactly.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Intn(100), r.Intn(100), r.Intn(100))
	fmt.Println(r.Int63(), r.Int31(), r.Int(), r.Uint32(), r.Uint64())
	fmt.Println(r.Int63n(1000000007), r.Int31n(1000), r.Int63n(1<<40), r.Int31n(1<<20))
	fmt.Println(r.Intn(1<<40), r.Intn(3), r.Intn(1))
	for i := 0; i < 10; i++ {
		fmt.Print(r.Intn(6)+1, " ")
	}
	fmt.Println()
	hist := make([]int, 10)
	for i := 0; i < 100000; i++ {
		hist[r.Intn(10)]++
	}
	fmt.Println(hist)
}

// Output:
// 5 87 68
// 1926012586526624009 94099423 3534334367214237261 3491280714 12769259138917390016
// 74749649 643 1073542444034 361071
// 994311042126 1 0
// 4 3 6 6 3 5 1 5 4 5 
// [10046 9844 9827 9876 9971 10168 9946 10026 10094 10202]
