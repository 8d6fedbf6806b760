// The Computer Language Benchmarks Game spectral-norm: the largest
// eigenvalue of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1),
// truncated to N by N, by 10 rounds of the power method on A'A. Float
// arithmetic on slices of float64, and many small calls.
//
// gvm has only fmt, so the final square root is Newton's method, written
// the same way in spectralnorm.lua.
package main

import "fmt"

const N = 700

func evalA(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

// times sets v = A u.
func times(v, u []float64) {
	for i := 0; i < len(v); i++ {
		a := 0.0
		for j := 0; j < len(u); j++ {
			a += evalA(i, j) * u[j]
		}
		v[i] = a
	}
}

// timesTransp sets v = A' u.
func timesTransp(v, u []float64) {
	for i := 0; i < len(v); i++ {
		a := 0.0
		for j := 0; j < len(u); j++ {
			a += evalA(j, i) * u[j]
		}
		v[i] = a
	}
}

// aTimesTransp sets v = A' A u.
func aTimesTransp(v, u []float64) {
	x := make([]float64, len(u))
	times(x, u)
	timesTransp(v, x)
}

// sqrt returns the square root of x > 0 by Newton's method from above:
// the iterates fall until they stop falling, within an ulp of the root.
func sqrt(x float64) float64 {
	r := x
	if r < 1 {
		r = 1
	}
	for {
		n := 0.5 * (r + x/r)
		if n >= r {
			return r
		}
		r = n
	}
}

func main() {
	u := make([]float64, N)
	for i := 0; i < N; i++ {
		u[i] = 1
	}
	v := make([]float64, N)
	for i := 0; i < 10; i++ {
		aTimesTransp(v, u)
		aTimesTransp(u, v)
	}
	vBv, vv := 0.0, 0.0
	for i := 0; i < N; i++ {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%.9f\n", sqrt(vBv/vv))
}
