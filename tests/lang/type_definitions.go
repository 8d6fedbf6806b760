package main

import "fmt"

type Meters float64
type ID int
type Names []string
type Lookup map[string]ID
type Pair [2]int
type Callback func(ID) string

func main() {
	var m Meters = 3.5
	f := float64(m) * 2
	fmt.Println(m, f, m*2)
	fmt.Printf("%T %T\n", m, f)
	id := ID(7)
	n := int(id) + 1
	fmt.Println(id, n)
	names := Names{"a", "b"}
	names = append(names, "c")
	fmt.Printf("%T %v %d\n", names, names, len(names))
	var plain []string = names
	fmt.Println(plain)
	lk := Lookup{"x": 1}
	lk["y"] = ID(2)
	fmt.Printf("%T %v\n", lk, lk)
	p := Pair{1, 2}
	fmt.Printf("%T %v %v\n", p, p, p == Pair{1, 2})
	var cb Callback = func(i ID) string { return fmt.Sprint("id#", int(i)) }
	fmt.Printf("%T %s\n", cb, cb(9))
	type local struct{ v int }
	fmt.Printf("%T\n", local{1})
}

// Output:
// 3.5 7 7
// main.Meters float64
// 7 8
// main.Names [a b c] 3
// [a b c]
// main.Lookup map[x:1 y:2]
// main.Pair [1 2] true
// main.Callback id#9
// main.local
