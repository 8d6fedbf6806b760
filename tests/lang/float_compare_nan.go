package main

import "fmt"

func main() {
	var zero float64
	nan := zero / zero
	inf := 1 / zero
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan)
	fmt.Println(inf > 1e308, -inf < -1e308, inf == inf, inf-inf == 0)
	neg := -zero
	fmt.Println(neg == zero, 1/neg, 1/zero)
	fmt.Println(0.1+0.2 == 0.3, float32(0.1)+float32(0.2) == float32(0.3))
}

// Output:
// false true false false false
// true true true false
// true -Inf +Inf
// true true
