package main

func main() {
	println(a1)
	println(a2)
	println(a3)
	println(a4)
	println(a5)
	println(a6)
	println(a7)
	println(a8)
	println(a9)
	println(a10)
	println(a11)
	println(a12)
}

// Error:
// too_many_errors.go:4:10: undefined: a1
// too_many_errors.go:5:10: undefined: a2
// too_many_errors.go:6:10: undefined: a3
// too_many_errors.go:7:10: undefined: a4
// too_many_errors.go:8:10: undefined: a5
// too_many_errors.go:9:10: undefined: a6
// too_many_errors.go:10:10: undefined: a7
// too_many_errors.go:11:10: undefined: a8
// too_many_errors.go:12:10: undefined: a9
// too_many_errors.go:13:10: undefined: a10
// too_many_errors.go:13:10: too many errors
// exit status 1
