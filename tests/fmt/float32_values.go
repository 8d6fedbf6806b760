package main

import "fmt"

func main() {
	a := float32(0.1)
	b := float32(1) / 3
	c := float32(16777216.0)
	d := float32(3.4028235e38)
	e := float32(1.4e-45)
	fmt.Println(a, b, c, d, e)
	fmt.Printf("%v %g %f %e\n", a, a, a, a)
	fmt.Printf("%v %.3f %g\n", b, b, float64(b))
	fmt.Printf("%T %v\n", a*a, a*a)
	var x float32 = 1e10
	fmt.Println(x, x+1, float32(123456789))
}

// Output:
// 0.1 0.33333334 1.6777216e+07 3.4028235e+38 1e-45
// 0.1 0.1 0.100000 1.000000e-01
// 0.33333334 0.333 0.3333333432674408
// float32 0.010000001
// 1e+10 1e+10 1.2345679e+08
