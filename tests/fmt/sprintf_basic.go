package main

import "fmt"

func main() {
	s := fmt.Sprintf("%d-%s-%v", 42, "str", true)
	fmt.Println(s, len(s))
	t := fmt.Sprintf("%5d|%-5d|%05d", 7, 7, 7)
	fmt.Println(t)
	u := fmt.Sprintf("no verbs")
	fmt.Println(u)
	e := fmt.Sprintf("")
	fmt.Println(len(e))
	fmt.Println(fmt.Sprintf("%s", fmt.Sprintf("%d", 123)) + "!")
}

// Output:
// 42-str-true 11
//     7|7    |00007
// no verbs
// 0
// 123!
