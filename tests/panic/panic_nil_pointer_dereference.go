package main

import "fmt"

type Config struct {
	Port int
}

func load(ok bool) *Config {
	if ok {
		return &Config{Port: 80}
	}
	return nil
}

func main() {
	c := load(true)
	fmt.Println(c.Port)
	c = load(false)
	fmt.Println(c == nil)
	fmt.Println(c.Port)
}

// Error:
// 80
// true
// panic: runtime error: invalid memory address or nil pointer dereference
//
// goroutine 1 [running]:
// main.main()
// exit status 2
