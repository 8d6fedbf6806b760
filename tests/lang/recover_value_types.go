package main

import "fmt"

type Code int

type Failure struct{ Reason string }

func (f Failure) Error() string { return "failure: " + f.Reason }

func catch(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	f()
}

func main() {
	catch(func() { panic("text") })
	catch(func() { panic(42) })
	catch(func() { panic(Code(7)) })
	catch(func() { panic(Failure{"disk"}) })
	catch(func() { panic(&Failure{"net"}) })
	catch(func() { panic([]int{1, 2}) })
	catch(func() {})
}

// Output:
// string text
// int 42
// main.Code 7
// main.Failure failure: disk
// *main.Failure failure: net
// []int [1 2]
// <nil> <nil>
