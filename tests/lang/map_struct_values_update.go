package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func main() {
	byID := map[int]Account{1: {"ann", 10}, 2: {"ben", 20}}
	acc := byID[1]
	acc.Balance += 5
	fmt.Println(byID[1].Balance, acc.Balance)
	byID[1] = acc
	fmt.Println(byID[1])

	ptrs := map[int]*Account{1: {"cat", 100}}
	ptrs[1].Balance -= 40
	fmt.Println(*ptrs[1])

	missing := byID[99]
	fmt.Printf("%+v\n", missing)
	fmt.Println(byID[99].Owner == "")
}

// Output:
// 10 15
// {ann 15}
// {cat 60}
// {Owner: Balance:0}
// true
