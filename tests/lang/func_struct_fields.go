package main

import "fmt"

type Button struct {
	Label   string
	OnClick func(*Button)
	clicks  int
}

func (b *Button) Click() {
	b.clicks++
	if b.OnClick != nil {
		b.OnClick(b)
	}
}

func main() {
	log := []string{}
	ok := &Button{Label: "OK", OnClick: func(b *Button) {
		log = append(log, fmt.Sprintf("%s clicked %d", b.Label, b.clicks))
	}}
	cancel := &Button{Label: "Cancel"}
	ok.Click()
	cancel.Click()
	ok.Click()
	for _, l := range log {
		fmt.Println(l)
	}
	fmt.Println(cancel.clicks)
	ops := struct {
		Add, Mul func(int, int) int
	}{
		Add: func(a, b int) int { return a + b },
		Mul: func(a, b int) int { return a * b },
	}
	fmt.Println(ops.Add(2, 3), ops.Mul(2, 3))
}

// Output:
// OK clicked 1
// OK clicked 2
// 1
// 5 6
