package main

import "fmt"

type Msg struct{ text string }

func (m Msg) Show()   { fmt.Println("value:", m.text) }
func (m *Msg) ShowP() { fmt.Println("pointer:", m.text) }

func main() {
	m := Msg{"before"}
	defer m.Show()
	defer m.ShowP()
	m.text = "after"
	var f func() = func() { fmt.Println("original func") }
	defer f()
	f = func() { fmt.Println("replaced func") }
	fmt.Println("main done")
}

// Output:
// main done
// original func
// pointer: after
// value: before
