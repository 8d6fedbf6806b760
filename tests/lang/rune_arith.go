package main

import "fmt"

func main() {
	r := 'a'
	r += 2
	fmt.Println(r, string(r))
	d := '7' - '0'
	fmt.Println(d)
	fmt.Printf("%T %T %T\n", 'x', 'x'+1, byte('x'))
	var up rune = 'q' - 'a' + 'A'
	fmt.Println(string(up))
	sum := 0
	for _, c := range "12345" {
		sum = sum*10 + int(c-'0')
	}
	fmt.Println(sum + 1)
}

// Output:
// 99 c
// 7
// int32 int32 uint8
// Q
// 12346
