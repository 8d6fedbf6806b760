package main

import "fmt"

func fill(p *[5]int, v int) {
	for i := range p {
		p[i] = v + i
	}
}

func main() {
	var arr [5]int
	p := &arr
	fill(p, 10)
	fmt.Println(arr)
	fmt.Println(len(p), p[4], (*p)[0])
	s := p[1:3]
	fmt.Println(s, len(s), cap(s))
	s[0] = -5
	fmt.Println(arr)
	q := &arr
	fmt.Println(p == q)
	sum := 0
	for _, v := range p {
		sum += v
	}
	fmt.Println(sum)
}

// Output:
// [10 11 12 13 14]
// 5 14 10
// [11 12] 2 4
// [10 -5 12 13 14]
// true
// 44
