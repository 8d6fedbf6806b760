package main

import "fmt"

func main() {
	s := "Grüße, 世界!"
	fmt.Println(len(s), len([]rune(s)))
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x", s[i])
	}
	fmt.Println()
	for i, r := range s {
		fmt.Printf("%d=%c(%d) ", i, r, len(string(r)))
	}
	fmt.Println()
	b := s[2]
	r := []rune(s)[2]
	fmt.Printf("%T %v %T %v %c\n", b, b, r, r, r)
	fmt.Println(s[9:12], s[:2], s[len(s)-1:])
	count := map[bool]int{}
	for _, r := range s {
		count[r < 128]++
	}
	fmt.Println(count)
	var bs []byte = []byte(s)
	bs[0] = 'g'
	fmt.Println(string(bs), s)
	rs := []rune(s)
	rs[7] = '地'
	fmt.Println(string(rs), string(rs[7:9]))
	fmt.Println(string(s[0]), string(rune(s[2])), s[2] == 0xc3)
}

// Output:
// 16 10
// 4772c3bcc39f652c20e4b896e7958c21
// 0=G(1) 1=r(1) 2=ü(2) 4=ß(2) 6=e(1) 7=,(1) 8= (1) 9=世(3) 12=界(3) 15=!(1) 
// uint8 195 int32 252 ü
// 世 Gr !
// map[false:4 true:6]
// grüße, 世界! Grüße, 世界!
// Grüße, 地界! 地界
// G Ã true
