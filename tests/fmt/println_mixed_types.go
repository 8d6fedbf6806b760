package main

import "fmt"

func main() {
	var b byte = 'A'
	var r rune = 'A'
	var f32 float32 = 1.25
	var u uint = 7
	fmt.Println(b, r, f32, u, "A", true, 3.0)
	fmt.Print(b, r, "|", f32, u, "\n")
	fmt.Printf("%v %v %v %v\n", b, r, f32, u)
}

// Output:
// 65 65 1.25 7 A true 3
// 65 65|1.25 7
// 65 65 1.25 7
