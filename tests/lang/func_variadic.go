package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func describe(prefix string, xs ...int) string {
	return fmt.Sprintf("%s len=%d nil=%v %v", prefix, len(xs), xs == nil, xs)
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(describe("none"))
	fmt.Println(describe("two", 1, 2))
	fmt.Println(describe("spread", nums[1:]...))
	fmt.Println(describe("nil", []int(nil)...))
	zeroFirst(nums...)
	fmt.Println(nums)
	zeroFirst(7, 8)
	fmt.Printf("%T\n", sum)
}

// Output:
// 0 1 6
// 15
// none len=0 nil=true []
// two len=2 nil=false [1 2]
// spread len=2 nil=false [5 6]
// nil len=0 nil=true []
// [0 5 6]
// func(...int) int
