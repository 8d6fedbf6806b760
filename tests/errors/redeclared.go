package main

func main() {
	var x int
	var x string
	println(x)
}

// Error:
// redeclared.go:5:6: x redeclared in this block
// 	redeclared.go:4:6: other declaration of x
// exit status 1
