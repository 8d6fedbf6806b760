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

func join(xs []int, sep string) string {
	var b []byte
	for i, x := range xs {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, itoa(x)...)
	}
	return string(b)
}

func main() {
	fmt.Println(itoa(0), itoa(42), itoa(-1234567))
	fmt.Println(join([]int{3, -1, 40, 500}, ", "))
	fmt.Printf("%q\n", join(nil, "-"))
}

// Output:
// 0 42 -1234567
// 3, -1, 40, 500
// ""
