package main

import "fmt"

func main() {
	stock := map[string]int{"apple": 5, "pear": 0}
	for _, k := range []string{"apple", "pear", "plum"} {
		n, ok := stock[k]
		fmt.Println(k, n, ok)
	}
	if _, ok := stock["plum"]; !ok {
		stock["plum"] = 7
	}
	fmt.Println(stock)
	var v int
	var found bool
	v, found = stock["pear"]
	fmt.Println(v, found)
	var nilMap map[string]int
	v, found = nilMap["x"]
	fmt.Println(v, found)
	m := map[string][]int{}
	s, ok := m["none"]
	fmt.Println(s == nil, ok)
}

// Output:
// apple 5 true
// pear 0 true
// plum 0 false
// map[apple:5 pear:0 plum:7]
// 0 true
// 0 false
// true false
