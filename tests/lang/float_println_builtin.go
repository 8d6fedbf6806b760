package main

func main() {
	println(1.5)
	println(-0.25, 100.0, 1e21, 1e-7)
	var z float64
	println(z, -z, 1/z, -1/z, z/z)
	var f float32 = 0.1
	println(f)
	println(3.0, 123456789.0)
}

// Output:
// +1.500000e+000
// -2.500000e-001 +1.000000e+002 +1.000000e+021 +1.000000e-007
// +0.000000e+000 -0.000000e+000 +Inf -Inf NaN
// +1.000000e-001
// +3.000000e+000 +1.234568e+008
