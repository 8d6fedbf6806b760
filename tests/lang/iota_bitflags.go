package main

import "fmt"

const (
	Read = 1 << iota
	Write
	Exec
)

const (
	c0 = iota + 'a'
	c1
	c2
)

const (
	n1 = -iota
	n2
	n3
)

func main() {
	perm := Read | Exec
	fmt.Println(Read, Write, Exec, perm)
	fmt.Println(perm&Write != 0, perm&Exec != 0, perm&^Read)
	fmt.Println(c0, c1, c2, string(rune(c2)))
	fmt.Println(n1, n2, n3)
}

// Output:
// 1 2 4 5
// false true 4
// 97 98 99 c
// 0 -1 -2
