package main

import "fmt"

var zero float64

// signbit reports whether f is negative or -0, without package math.
func signbit(f float64) bool { return f < 0 || 1/f < 0 }

func main() {
	nan := zero / zero
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan] = 3
	fmt.Println(len(m))
	_, ok := m[nan]
	fmt.Println(ok)
	delete(m, nan)
	fmt.Println(len(m))
	sum, count := 0, 0
	for k, v := range m {
		if k != k {
			sum += v
			count++
		}
	}
	fmt.Println(sum, count)
	negz := -zero
	m[0] = 10
	m[negz] = 20
	fmt.Println(len(m), m[0], m[negz])
	m[1.5] = 7
	// fmt sorts NaN keys first but leaves them in iteration order among
	// themselves, so only the other keys are printed.
	plain := map[float64]int{}
	for k, v := range m {
		if k == k {
			plain[k] = v
		}
	}
	fmt.Println(plain)
	m[nan] = 4
	fmt.Println(len(m), m[nan])
	z := map[float64]string{negz: "neg"}
	z[0] = "pos"
	for k := range z {
		fmt.Println(k, signbit(k), z[k])
	}
	type P struct{ X float64 }
	pm := map[P]int{{nan}: 1}
	pm[P{nan}]++
	fmt.Println(len(pm), pm[P{0}])
	am := map[[2]float64]bool{{negz, 1}: true}
	fmt.Println(am[[2]float64{0, 1}])
}

// Output:
// 3
// false
// 3
// 6 3
// 4 20 20
// map[-0:20 1.5:7]
// 6 0
// 0 false pos
// 2 0
// true
