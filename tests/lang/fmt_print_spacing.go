package main

import "fmt"

type S struct{ A int }

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print(S{1}, S{2}, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Println("a", "b", 1, 2)
	s := fmt.Sprint("x", 1, 2, "y", nil, nil)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("end", 1) == "end 1\n")
	var e error
	fmt.Print(e, e, "\n")
	fmt.Print("|", 'a', 'b', "|\n")
}

// Output:
// ab1 2c3.5 true false
// 1 2
// {1} {2}
// [1] [2]
// a b 1 2
// x1 2y<nil> <nil> 16
// true
// <nil> <nil>
// |97 98|
