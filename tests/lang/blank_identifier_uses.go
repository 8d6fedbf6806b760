package main

import "fmt"

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

var _ Shape = Sq{}
var _ = fmt.Sprint("package-level blank")

func three() (int, string, bool) { return 1, "two", true }

func main() {
	_, s, _ := three()
	fmt.Println(s)
	n, _, ok := three()
	fmt.Println(n, ok)
	sum := 0
	for _, v := range []int{1, 2, 3} {
		sum += v
	}
	fmt.Println(sum)
	count := 0
	for i, _ := range "héllo" {
		count += i
	}
	fmt.Println(count)
	_ = count
	var _ int = 5
	m := map[string]int{"a": 1}
	_, found := m["a"]
	fmt.Println(found)
	_, _, _ = three()
}

// Output:
// two
// 1 true
// 6
// 13
// true
