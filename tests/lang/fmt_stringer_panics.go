package main

import "fmt"

type Bomb struct{ armed bool }

func (b Bomb) String() string {
	if b.armed {
		panic("boom")
	}
	return "safe"
}

type BadErr struct{}

func (BadErr) Error() string { panic(fmt.Errorf("err boom")) }

type Node struct{ name string }

func (n *Node) String() string { return "node " + n.name }

type Broken struct{}

func (*Broken) String() string {
	var m map[string]int
	m["x"] = 1
	return "unreachable"
}

func main() {
	fmt.Println(Bomb{false})
	fmt.Println(Bomb{true})
	fmt.Printf("%v|%s|%d\n", Bomb{true}, Bomb{true}, Bomb{true})
	fmt.Println([]Bomb{{false}, {true}})
	fmt.Println(BadErr{})
	var n *Node
	fmt.Println(n)
	fmt.Printf("[%v] [%s]\n", n, n)
	fmt.Println(&Broken{})
	var nb *Broken
	fmt.Println(nb)
	fmt.Println("still running")
}

// Output:
// safe
// %!v(PANIC=String method: boom)
// %!v(PANIC=String method: boom)|%!s(PANIC=String method: boom)|{%!d(bool=true)}
// [safe %!v(PANIC=String method: boom)]
// %!v(PANIC=Error method: err boom)
// <nil>
// [<nil>] [<nil>]
// %!v(PANIC=String method: assignment to entry in nil map)
// <nil>
// still running
