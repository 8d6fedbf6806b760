package main

import "fmt"

func remove(s []string, i int) []string {
	copy(s[i:], s[i+1:])
	s[len(s)-1] = ""
	return s[:len(s)-1]
}

func insert(s []string, i int, v string) []string {
	s = append(s, "")
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func dedupe(s []int) []int {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func main() {
	names := []string{"ann", "bob", "cy", "dee"}
	all := names[:cap(names)]
	names = remove(names, 1)
	fmt.Printf("%q %q\n", names, all)
	names = insert(names, 0, "zed")
	fmt.Printf("%q %d %d\n", names, len(names), cap(names))
	names = insert(names, len(names), "end")
	fmt.Printf("%q %d %d\n", names, len(names), cap(names))
	nums := []int{1, 1, 2, 3, 3, 3, 4, 5, 5}
	d := dedupe(nums)
	fmt.Println(d, nums)
	stack := []int{}
	for i := 0; i < 5; i++ {
		stack = append(stack, i*i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println(len(stack), cap(stack))
}

// Output:
// ["ann" "cy" "dee"] ["ann" "cy" "dee" ""]
// ["zed" "ann" "cy" "dee"] 4 4
// ["zed" "ann" "cy" "dee" "end"] 5 8
// [1 2 3 4 5] [1 2 3 4 5 3 4 5 5]
// 16 9 4 1 0 0 8
