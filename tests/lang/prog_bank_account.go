package main

import "fmt"

type InsufficientFunds struct {
	Account string
	Need    int
	Have    int
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("%s: insufficient funds: need %d, have %d", e.Account, e.Need, e.Have)
}

type Account struct {
	ID      string
	Balance int
	History []string
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.History = append(a.History, fmt.Sprintf("+%d", n))
}

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return &InsufficientFunds{a.ID, n, a.Balance}
	}
	a.Balance -= n
	a.History = append(a.History, fmt.Sprintf("-%d", n))
	return nil
}

type Bank struct {
	accounts map[string]*Account
	order    []string
}

func NewBank() *Bank { return &Bank{accounts: map[string]*Account{}} }

func (b *Bank) Open(id string, initial int) *Account {
	a := &Account{ID: id}
	a.Deposit(initial)
	b.accounts[id] = a
	b.order = append(b.order, id)
	return a
}

func (b *Bank) Transfer(from, to string, n int) error {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %q", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %q", to)
	}
	if err := src.Withdraw(n); err != nil {
		return fmt.Errorf("transfer failed: %w", err)
	}
	dst.Deposit(n)
	return nil
}

func (b *Bank) Report() {
	total := 0
	for _, id := range b.order {
		a := b.accounts[id]
		total += a.Balance
		fmt.Printf("%-6s %5d %v\n", a.ID, a.Balance, a.History)
	}
	fmt.Println("total", total)
}

func main() {
	bank := NewBank()
	bank.Open("alice", 100)
	bank.Open("bob", 50)
	steps := []struct {
		from, to string
		amount   int
	}{
		{"alice", "bob", 30},
		{"bob", "alice", 100},
		{"bob", "carol", 5},
		{"bob", "alice", 80},
	}
	for _, s := range steps {
		if err := bank.Transfer(s.from, s.to, s.amount); err != nil {
			fmt.Println("error:", err)
			if ins, ok := err.(interface{ Unwrap() error }); ok {
				if e, ok := ins.Unwrap().(*InsufficientFunds); ok {
					fmt.Println("  short by", e.Need-e.Have)
				}
			}
		}
	}
	bank.Report()
}

// Output:
// error: transfer failed: bob: insufficient funds: need 100, have 80
//   short by 20
// error: no account "carol"
// alice    150 [+100 -30 +80]
// bob        0 [+50 +30 -80]
// total 150
