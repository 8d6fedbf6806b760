package main

import "fmt"

type State int

func (s State) String() string { return fmt.Sprintf("state-%d", int(s)) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(fmt.Errorf("again: %v", r))
	}()
	panic(State(3))
}
// Error:
// recovered state-3
// panic: state-3 [recovered]
// 	panic: again: state-3
// goroutine 1 [running]:
// main.main.func1()
// main.main()
// exit status 2
