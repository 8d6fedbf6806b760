package main

import "fmt"

func catch() {
	r := recover()
	fmt.Printf("%v | %T | %s\n", r, r, r)
	fmt.Println(r)
}

func div(a, b int) int {
	defer catch()
	return a / b
}

func mod(a, b uint8) uint8 {
	defer catch()
	return a % b
}

func index(s string, i int) byte {
	defer catch()
	return s[i]
}

func slice(s string, i, j int) string {
	defer catch()
	return s[i:j]
}

func shift(n int) int {
	defer catch()
	return 1 << n
}

func main() {
	fmt.Println(div(1, 0))
	fmt.Println(mod(1, 0))
	fmt.Println(index("abc", 5))
	fmt.Println(index("abc", -1+0*len("x")))
	fmt.Println(slice("hello", 2, 9))
	fmt.Println(slice("hello", 4, 2))
	fmt.Println(shift(-3 + 0*len("x")))
}

// Output:
// runtime error: integer divide by zero | runtime.errorString | runtime error: integer divide by zero
// runtime error: integer divide by zero
// 0
// runtime error: integer divide by zero | runtime.errorString | runtime error: integer divide by zero
// runtime error: integer divide by zero
// 0
// runtime error: index out of range [5] with length 3 | runtime.boundsError | runtime error: index out of range [5] with length 3
// runtime error: index out of range [5] with length 3
// 0
// runtime error: index out of range [-1] | runtime.boundsError | runtime error: index out of range [-1]
// runtime error: index out of range [-1]
// 0
// runtime error: slice bounds out of range [:9] with length 5 | runtime.boundsError | runtime error: slice bounds out of range [:9] with length 5
// runtime error: slice bounds out of range [:9] with length 5
//
// runtime error: slice bounds out of range [4:2] | runtime.boundsError | runtime error: slice bounds out of range [4:2]
// runtime error: slice bounds out of range [4:2]
//
// runtime error: negative shift amount | runtime.errorString | runtime error: negative shift amount
// runtime error: negative shift amount
// 0
