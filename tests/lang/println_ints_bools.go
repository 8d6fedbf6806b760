package main

func main() {
	println(1, -2, 3)
	println(true, false)
	println("str", 42, "x")
	var i8 int8 = -128
	var u64 uint64 = 18446744073709551615
	println(i8, u64)
	println(-9223372036854775808)
	var r rune = 'A'
	var b byte = 'b'
	println(r, b)
	println()
	println("")
	println("a", "", "b")
}

// Output:
// 1 -2 3
// true false
// str 42 x
// -128 18446744073709551615
// -9223372036854775808
// 65 98
//
//
// a  b
