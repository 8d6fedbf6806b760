package main

import "fmt"

func main() {
	var buf [8]byte
	n := 0
	for _, c := range "hi there" {
		if c == ' ' {
			continue
		}
		buf[n] = byte(c)
		n++
	}
	fmt.Println(n, string(buf[:n]))
	fmt.Println(buf)
	digits := [10]byte{'0', '1', '2', '3', '4', '5', '6', '7', '8', '9'}
	fmt.Println(string(digits[3:7]))
}

// Output:
// 7 hithere
// [104 105 116 104 101 114 101 0]
// 3456
