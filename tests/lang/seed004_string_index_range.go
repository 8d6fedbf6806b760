// seeds/004 "Avoid the conversion entirely when nothing changes", the
// paragraph on indexing and ranging: s[i] is a byte, range decodes runes at
// byte offsets, string(rune) UTF-8-encodes, string(65) is "A".
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2])
	fmt.Printf("%T %T\n", s[0], 'x')
	for i, r := range s {
		fmt.Print(i, ":", string(r), "(", r, ") ")
	}
	fmt.Println()
	fmt.Println(len([]rune(s)), len([]byte(s)))
	fmt.Println(string(rune(0x4e16)), []byte(string(rune(0x4e16))))
	fmt.Println(string(65), string(rune(65)) == "A")
	b := []byte{0x68, 0xc3, 0xa9}
	fmt.Println(string(b))
}

// Output:
// 14 104 195 169
// uint8 int32
// 0:h(104) 1:é(233) 3:l(108) 4:l(108) 5:o(111) 6:,(44) 7: (32) 8:世(19990) 11:界(30028) 
// 9 14
// 世 [228 184 150]
// A true
// hé
