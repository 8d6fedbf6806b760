package main

import "fmt"

type P struct{ X, Y int }

func main() {
	var v interface{} = []int{1, 2}
	s := v.([]int)
	m, ok := v.(map[string]int)
	fmt.Println(s, m, ok, len(m))
	var w interface{} = map[string]int{"a": 1}
	fmt.Println(w.(map[string]int)["a"])
	var p interface{} = &[2]int{3, 4}
	fmt.Println(p.(*[2]int)[1])
	var q interface{} = [3]string{"a", "b", "c"}
	arr, ok := q.([3]string)
	fmt.Println(arr[2], ok)
	_, ok = q.([2]string)
	fmt.Println(ok)
	var r interface{} = struct{ A int }{7}
	fmt.Println(r.(struct{ A int }).A)
	var t interface{} = []P{{1, 2}}
	fmt.Println(t.([]P)[0].Y)
	var u interface{} = &P{5, 6}
	fmt.Println(u.(*P).X)
}

// Output:
// [1 2] map[] false 0
// 1
// 4
// c true
// false
// 7
// 2
// 5
