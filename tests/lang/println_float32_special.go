package main

func main() {
	var z float32
	println(z, -z)
	println(1/z, -1/z)
	var f float32 = 1e-3
	println(f, f*1000)
	var d float64 = 123.456
	println(d, -d)
	println(float32(16777216), 1e100)
}

// Output:
// +0.000000e+000 -0.000000e+000
// +Inf -Inf
// +1.000000e-003 +1.000000e+000
// +1.234560e+002 -1.234560e+002
// +1.677722e+007 +1.000000e+100
