package main

func main() {
	print(1, 2, 3)
	print("\n")
	print("a", "b", 5, true, "\n")
	print(1.5, "\n")
	x := 7
	print("x=", x, "\n")
	print()
	println("end")
}

// Output:
// 123
// ab5true
// +1.500000e+000
// x=7
// end
