package main

import "fmt"

type Hooks struct {
	OnStart func(string)
	OnStop  func(string)
}

func main() {
	h := Hooks{OnStart: func(s string) { fmt.Println("start", s) }}
	h.OnStart("job")
	if h.OnStop == nil {
		fmt.Println("OnStop is nil")
	}
	h.OnStop("job")
}

// Error:
// start job
// OnStop is nil
// panic: runtime error: invalid memory address or nil pointer dereference
//
// goroutine 1 [running]:
// main.main()
// exit status 2
