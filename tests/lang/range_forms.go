package main

import "fmt"

func main() {
	arr := [3]string{"a", "b", "c"}
	for i := range arr {
		fmt.Print(i)
	}
	fmt.Println()
	for i, v := range arr {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	for _, v := range &arr {
		fmt.Print(v)
	}
	fmt.Println()
	sl := arr[1:]
	for i, v := range sl {
		fmt.Print(i, v, ";")
	}
	fmt.Println()
	for i, r := range "aπb" {
		fmt.Print(i, string(r), ";")
	}
	fmt.Println()
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	total := 0
	for k, v := range m {
		total += v * len(k)
	}
	fmt.Println(total)
	var i int
	var v string
	for i, v = range arr {
	}
	fmt.Println(i, v)
	n := 0
	for range [5]int{} {
		n++
	}
	fmt.Println(n)
}

// Output:
// 012
// 0a;1b;2c;
// abc
// 0b;1c;
// 0a;1π;3b;
// 6
// 2 c
// 5
