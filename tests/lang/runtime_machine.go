// What a program may ask the runtime about the machine and itself:
// GOOS and GOARCH are typed string constants, Version starts with "go".
package main

import (
	"fmt"
	"runtime"
)

const platform = runtime.GOOS + "/" + runtime.GOARCH

func main() {
	var os string = runtime.GOOS
	fmt.Println(len(platform) > 3, len(os) > 0, len(runtime.GOARCH) > 0)
	fmt.Printf("%T %T\n", runtime.GOOS, runtime.GOARCH)
	v := runtime.Version()
	fmt.Println(len(v) > 2 && v[:2] == "go")
	fmt.Println(runtime.NumCPU() >= 1, runtime.GOMAXPROCS(0) >= 1, runtime.GOMAXPROCS(0) <= runtime.NumCPU())
	fmt.Println(runtime.NumGoroutine())
	runtime.Gosched()
	fmt.Println("done")
}

// Output:
// true true true
// string string
// true
// true true true
// 1
// done
