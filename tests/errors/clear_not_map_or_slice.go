// clear (Go 1.21): the message is types2's (builtins.go, _Clear): "invalid
// argument: cannot clear %s: argument must be (or constrained by) map or
// slice".

package main

func main() {
	var a [3]int
	x := 1
	clear(a)
	clear(x)
	clear("s")
}

// Error:
// clear_not_map_or_slice.go:10:8: invalid argument: cannot clear a (variable of type [3]int): argument must be (or constrained by) map or slice
// clear_not_map_or_slice.go:11:8: invalid argument: cannot clear x (variable of type int): argument must be (or constrained by) map or slice
// clear_not_map_or_slice.go:12:8: invalid argument: cannot clear "s" (untyped string constant): argument must be (or constrained by) map or slice
// exit status 1
