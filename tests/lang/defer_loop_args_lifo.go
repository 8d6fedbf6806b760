package main

import "fmt"

func trace(msg string, depth int) {
	fmt.Println("leave", msg, depth)
}

func nested(depth int) {
	defer trace("nested", depth)
	if depth < 3 {
		nested(depth + 1)
	}
	fmt.Println("body", depth)
}

func loop() (total int) {
	for i := 0; i < 4; i++ {
		defer fmt.Println("deferred", i, i*i)
		total += i
	}
	fmt.Println("loop done", total)
	return total
}

func argsNow() {
	x := 1
	defer fmt.Println("x was", x)
	s := []int{1, 2}
	defer fmt.Println("s holds", s) // the header is copied, the array shared
	x = 2
	s[0] = 100
	fmt.Println("x is", x)
}

func main() {
	nested(1)
	fmt.Println(loop())
	argsNow()
	defer println("last")
	defer fmt.Print("second to last\n")
}

// Output:
// body 3
// leave nested 3
// body 2
// leave nested 2
// body 1
// leave nested 1
// loop done 6
// deferred 3 9
// deferred 2 4
// deferred 1 1
// deferred 0 0
// 6
// x is 2
// s holds [100 2]
// x was 1
// second to last
// last
