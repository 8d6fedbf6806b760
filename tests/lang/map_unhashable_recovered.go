package main

import "fmt"

type Holder struct {
	Items []int
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name+":", recover())
	}()
	f()
}

func main() {
	m := map[interface{}]bool{}
	try("slice key", func() { m[[]int{1}] = true })
	try("map key", func() { _ = m[map[string]int{}] })
	try("func key", func() { m[func() {}] = true })
	try("struct key", func() { m[Holder{}] = true })
	try("array key", func() { m[[1][]int{}] = true })
	try("delete", func() { delete(m, []string{"x"}) })
	try("ok", func() { m[[2]int{1, 2}] = true })
	fmt.Println(len(m))
}

// Output:
// slice key: runtime error: hash of unhashable type []int
// map key: runtime error: hash of unhashable type map[string]int
// func key: runtime error: hash of unhashable type func()
// struct key: runtime error: hash of unhashable type main.Holder
// array key: runtime error: hash of unhashable type [1][]int
// delete: runtime error: hash of unhashable type []string
// ok: <nil>
// 1
