package main

import "fmt"

var count int

func note(n int) {
	count += n
}

func down(n int) int {
	defer note(n)
	if n == 0 {
		return 0
	}
	return down(n-1) + 1
}

func crash(n int) {
	defer note(1)
	if n == 0 {
		panic("bottom")
	}
	crash(n - 1)
}

func catch() {
	fmt.Println("recovered", recover(), count)
}

func run() {
	defer catch()
	crash(10000)
}

func main() {
	fmt.Println(down(10000), count)
	count = 0
	run()
	fmt.Println("after", count)
}

// Output:
// 10000 50005000
// recovered bottom 10001
// after 10001
