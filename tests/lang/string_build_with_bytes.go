package main

import "fmt"

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func main() {
	var b []byte
	b = append(b, "nums:"...)
	for _, n := range []int{0, 7, -42, 1000000} {
		b = append(b, ' ')
		b = append(b, itoa(n)...)
	}
	s := string(b)
	b[0] = 'N'
	fmt.Println(s)
	fmt.Println(string(b))
	up := []byte("shout")
	for i, c := range up {
		up[i] = c - 'a' + 'A'
	}
	fmt.Println(string(up))
	rev := []rune("añb")
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(string(rev))
	fmt.Println(string([]byte{}) == "", string([]rune{0x263a, 'x'}))
}

// Output:
// nums: 0 7 -42 1000000
// Nums: 0 7 -42 1000000
// SHOUT
// bña
// true ☺x
