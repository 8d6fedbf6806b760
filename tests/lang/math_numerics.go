// A few classic numerical programs, whose every printed digit depends on
// each math call's exact result.
package main

import (
	"fmt"
	"math"
)

// Newton's method for a root of f.
func newton(f, df func(float64) float64, x float64) (float64, int) {
	for i := 0; i < 100; i++ {
		nx := x - f(x)/df(x)
		if math.Abs(nx-x) < 1e-15 {
			return nx, i
		}
		x = nx
	}
	return x, 100
}

// Simpson's rule on [a, b] with n intervals.
func simpson(f func(float64) float64, a, b float64, n int) float64 {
	h := (b - a) / float64(n)
	s := f(a) + f(b)
	for i := 1; i < n; i++ {
		w := 2.0
		if i%2 == 1 {
			w = 4
		}
		s += w * f(a+float64(i)*h)
	}
	return s * h / 3
}

func main() {
	r, it := newton(func(x float64) float64 { return math.Cos(x) - x },
		func(x float64) float64 { return -math.Sin(x) - 1 }, 1)
	fmt.Println(r, it)
	fmt.Println(simpson(math.Sin, 0, math.Pi, 1000))
	fmt.Println(simpson(func(x float64) float64 { return math.Exp(-x * x) }, -5, 5, 2000), math.Sqrt(math.Pi))
	fmt.Println(simpson(func(x float64) float64 { return 4 / (1 + x*x) }, 0, 1, 100))
	// Leibniz, Wallis and the AGM for pi
	s := 0.0
	for k := 0; k < 100000; k++ {
		s += math.Pow(-1, float64(k)) / float64(2*k+1)
	}
	fmt.Println(4 * s)
	a, b, t, p := 1.0, 1/math.Sqrt2, 0.25, 1.0
	for i := 0; i < 4; i++ {
		an := (a + b) / 2
		b = math.Sqrt(a * b)
		t -= p * (a - an) * (a - an)
		a = an
		p *= 2
	}
	fmt.Println((a+b)*(a+b)/(4*t), math.Pi)
	// distances on a sphere
	lat1, lon1, lat2, lon2 := 48.8566*math.Pi/180, 2.3522*math.Pi/180, 40.7128*math.Pi/180, -74.0060*math.Pi/180
	d := 2 * 6371 * math.Asin(math.Sqrt(math.Pow(math.Sin((lat2-lat1)/2), 2)+
		math.Cos(lat1)*math.Cos(lat2)*math.Pow(math.Sin((lon2-lon1)/2), 2)))
	fmt.Println(d)
	fmt.Println(math.Hypot(3e200, 4e200), math.Atan2(1, 1)*4)
}

// Output:
// 0.7390851332151607 4
// 2.0000000000010805
// 1.7724538509027898 1.7724538509055159
// 3.1415926535897545
// 3.1415826535897198
// 3.141592653589794 3.141592653589793
// 5837.240903825839
// 4.9999999999999995e+200 3.141592653589793
