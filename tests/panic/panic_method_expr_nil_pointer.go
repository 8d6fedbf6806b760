package main

import "fmt"

type T struct{ v int }

func (t T) Value() int { return t.v }

func main() {
	f := (*T).Value
	fmt.Println(f(&T{3}))
	var p *T
	fmt.Println(f(p))
}

// Error:
// 3
// panic: value method main.T.Value called using nil *T pointer
//
// goroutine 1 [running]:
// main.main()
// exit status 2
