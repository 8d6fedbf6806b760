package main

import "fmt"

func leaf(tag string, depth int) {
	fmt.Println("leaf", tag, depth)
}

func grow(n int, tag string) string {
	var a, b, c, d, e, f, g, h int = n, n, n, n, n, n, n, n
	if n == 0 {
		return tag
	}
	r := grow(n-1, tag)
	return r + fmt.Sprint(a+b+c+d+e+f+g+h > -1)[:0]
}

func deep(n int) (s string) {
	defer leaf("deep", n)
	s = grow(200, "grown")
	if n > 0 {
		s = deep(n-1) + "."
	}
	return s
}

func fail(n int) {
	defer leaf("fail", n)
	grow(100, "x")
	if n == 0 {
		panic("moved")
	}
	fail(n - 1)
}

func catch() {
	r := recover()
	grow(300, "after")
	fmt.Println("recovered", r)
}

func main() {
	fmt.Println(deep(3))
	func2()
	fmt.Println("done")
}

func func2() {
	defer catch()
	fail(3)
}

// Output:
// leaf deep 0
// leaf deep 1
// leaf deep 2
// leaf deep 3
// grown...
// leaf fail 0
// leaf fail 1
// leaf fail 2
// leaf fail 3
// recovered moved
// done
