package main

import "fmt"

type Engine struct{ hp int }

func (e Engine) Power() int { return e.hp }

type Car struct {
	*Engine
	name string
}

type Powered interface{ Power() int }

func main() {
	var p Powered = Car{&Engine{90}, "ok"}
	fmt.Println(p.Power())
	p = Car{name: "no engine"}
	fmt.Println("calling through the interface")
	fmt.Println(p.Power())
}

// Error:
// 90
// calling through the interface
// panic: runtime error: invalid memory address or nil pointer dereference
//
// goroutine 1 [running]:
// main.main()
// exit status 2
