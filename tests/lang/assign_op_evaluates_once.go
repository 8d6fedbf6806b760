package main

import "fmt"

type inner struct{ g []int }
type outer struct{ f inner }

var calls int

func idx() int    { calls++; fmt.Println("idx called"); return 1 }
func key() string { calls++; fmt.Println("key called"); return "k" }

var cell = new(int)

func ptr() *int { calls++; fmt.Println("ptr called"); return cell }

func getMap(m map[string]int) map[string]int { fmt.Println("getMap called"); return m }

func main() {
	m := map[string]int{}
	m["a"] += 5
	m["a"]++
	m["b"]--
	m[key()] += 2
	m[key()]++
	m[key()] *= 10
	getMap(m)["c"] += 1
	fmt.Println(m["a"], m["b"], m["k"], m["c"], len(m))
	a := []int{1, 2, 3}
	a[idx()] += 10
	a[idx()]++
	a[idx()] <<= 2
	fmt.Println(a)
	p := &outer{inner{[]int{0, 0, 0}}}
	p.f.g[idx()] += 7
	p.f.g[idx()] -= 1
	fmt.Println(p.f.g)
	*ptr() += 1
	*ptr() += 2
	(*ptr())++
	fmt.Println(*cell, calls)
	var arr [3]float64
	arr[idx()] += 1.5
	arr[idx()]++
	fmt.Println(arr)
	ms := map[int]string{}
	ms[1] += "x"
	ms[1] += "y"
	fmt.Println(ms[1])
	var u8 = map[string]uint8{"z": 250}
	u8["z"] += 10
	u8["z"]++
	fmt.Println(u8["z"])
	mp := map[string]*int{"p": new(int)}
	*mp["p"] += 3
	fmt.Println(*mp["p"])
	s := struct{ n int }{}
	ps := &s
	ps.n += 4
	ps.n++
	fmt.Println(s.n)
}
// Output:
// key called
// key called
// key called
// getMap called
// 6 -1 30 1 4
// idx called
// idx called
// idx called
// [1 52 3]
// idx called
// idx called
// [0 6 0]
// ptr called
// ptr called
// ptr called
// 4 11
// idx called
// idx called
// [0 2.5 0]
// xy
// 5
// 3
// 5
