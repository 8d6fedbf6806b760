// runtime.Caller and Callers: the file and line of a frame (Go prints the
// absolute path; this prints its last element). Output from go run.
package main

import (
	"fmt"

	"runtime"
)

func where() string {
	_, file, line, ok := runtime.Caller(1)
	return fmt.Sprint(file[len(file)-len("runtime_caller.go"):], ":", line, " ", ok)
}

func main() {
	fmt.Println(where())
	_, file, line, ok := runtime.Caller(0)
	fmt.Println(file[len(file)-len("runtime_caller.go"):], line, ok)
	_, _, _, ok = runtime.Caller(50)
	fmt.Println(ok)
	pcs := make([]uintptr, 10)
	n := runtime.Callers(0, pcs)
	fmt.Println(n > 0)
	func() {
		defer func() {
			fmt.Println(where())
		}()
	}()
}
// Output:
// runtime_caller.go:17 true
// runtime_caller.go 18 true
// false
// true
// runtime_caller.go:27 true
