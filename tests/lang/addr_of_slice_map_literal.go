package main

import "fmt"

func grow(s *[]string) { *s = append(*s, "z") }

func main() {
	a := &[3]int{1, 2, 3}
	s := &[]string{"a", "b"}
	m := &map[string]int{"k": 1}
	grow(s)
	(*m)["j"] = 2
	fmt.Println(a[1], len(*s), (*s)[2], len(*m), (*m)["j"])
	fmt.Println(a, s, m)
	pp := &[]*int{new(int)}
	*(*pp)[0] = 7
	fmt.Println(*(*pp)[0])
}
// Output:
// 2 3 z 2 2
// &[1 2 3] &[a b z] &map[j:2 k:1]
// 7
