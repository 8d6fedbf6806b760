package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Println(len(s))
	for i := 0; i < len(s); i++ {
		fmt.Print(s[i], ",")
	}
	fmt.Println()
	c := s[0]
	fmt.Printf("%T %v %c\n", c, c, c)
	fmt.Printf("%x %x\n", s[1], s[2])
	const k = "const"
	fmt.Println(k[1], "xyz"[2])
	var total int
	for i := 0; i < len(s); i++ {
		total += int(s[i])
	}
	fmt.Println(total)
}

// Output:
// 6
// 104,195,169,108,108,111,
// uint8 104 h
// c3 a9
// 111 122
// 795
