package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	History []int
}

func main() {
	accts := map[string]Account{
		"a": {"ann", 10, nil},
		"b": {"bob", 20, nil},
	}
	// Map values are not addressable: copy, change, store back.
	acc := accts["a"]
	acc.Balance += 5
	acc.History = append(acc.History, 5)
	fmt.Println(accts["a"].Balance, acc.Balance)
	accts["a"] = acc
	fmt.Println(accts["a"].Balance, accts["a"].History)
	list := []Account{{"c", 1, nil}, {"d", 2, nil}}
	for _, a := range list {
		a.Balance *= 100
	}
	fmt.Println(list[0].Balance, list[1].Balance)
	for i := range list {
		list[i].Balance *= 100
	}
	fmt.Println(list[0].Balance, list[1].Balance)
	ptrs := map[string]*Account{"e": {"eve", 7, nil}}
	ptrs["e"].Balance++
	ptrs["e"].History = append(ptrs["e"].History, 1, 2)
	fmt.Println(*ptrs["e"])
	// A struct copy shares the slice it holds.
	x := Account{"x", 0, make([]int, 1, 4)}
	y := x
	y.History[0] = 42
	y.History = append(y.History, 43)
	fmt.Println(x.History, y.History, x.History[:2])
}

// Output:
// 10 15
// 15 [5]
// 1 2
// 100 200
// {eve 8 [1 2]}
// [42] [42 43] [42 43]
