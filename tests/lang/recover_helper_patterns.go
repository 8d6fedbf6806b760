package main

import "fmt"

var log []string

func note() {
	if r := recover(); r != nil {
		log = append(log, fmt.Sprint("recovered: ", r))
	}
}

func indirect() {
	helper() // recover is not called directly by the deferred function
}

func helper() {
	if r := recover(); r != nil {
		log = append(log, "helper saw it")
	}
}

func safeDiv(a, b int) (q int, ok bool) {
	defer note()
	return a / b, true
}

func tryIndirect() {
	defer note()
	defer indirect()
	panic("boom")
}

func noPanic() {
	defer note()
	log = append(log, fmt.Sprint("recover outside a panic: ", recover()))
}

func twice() {
	defer note()
	defer note()
	panic("once")
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	tryIndirect()
	noPanic()
	twice()
	for _, l := range log {
		fmt.Println(l)
	}
}

// Output:
// 3 true
// 0 false
// recovered: runtime error: integer divide by zero
// recovered: boom
// recover outside a panic: <nil>
// recovered: once
