package main

import "fmt"

type Inventory map[string]int

func (inv Inventory) Add(item string, n int) {
	inv[item] += n
}

func (inv Inventory) Remove(item string, n int) bool {
	if inv[item] < n {
		return false
	}
	inv[item] -= n
	if inv[item] == 0 {
		delete(inv, item)
	}
	return true
}

func (inv Inventory) Total() int {
	t := 0
	for _, n := range inv {
		t += n
	}
	return t
}

func main() {
	inv := Inventory{}
	inv.Add("bolt", 10)
	inv.Add("nut", 4)
	fmt.Println(inv, inv.Total())
	fmt.Println(inv.Remove("nut", 5), inv.Remove("nut", 4))
	fmt.Println(inv, len(inv))
	var none Inventory
	fmt.Println(none.Total(), none.Remove("x", 1))
}

// Output:
// map[bolt:10 nut:4] 14
// false true
// map[bolt:10] 1
// 0 false
