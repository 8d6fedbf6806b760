package main

import "fmt"

func catch() {
	fmt.Println("recovered:", recover())
	fmt.Println("again:", recover())
}

func second() {
	panic("second")
}

func inner() {
	defer fmt.Println("inner deferred")
	defer second()
	panic("first")
}

func recoverInside() {
	defer fmt.Println("recoverInside done")
	defer catch()
	panic("inside")
}

func deferredThatRecoversItsOwn() {
	recoverInside()
	fmt.Println("outer panic still active:", recover())
}

func main() {
	defer catch()
	func2()
	inner()
}

func func2() {
	defer deferredThatRecoversItsOwn()
	panic("outer")
}

// Output:
// recovered: inside
// again: <nil>
// recoverInside done
// outer panic still active: outer
// inner deferred
// recovered: second
// again: <nil>
