package main

import "fmt"

type DBError struct {
	Op  string
	Err error
}

func (e DBError) Error() string { return e.Op + ": " + e.Err.Error() }

func query() {
	panic(DBError{"query", fmt.Errorf("connection reset")})
}

func main() {
	defer func() {
		if r := recover(); r != nil {
			err := r.(error)
			fmt.Println("cleanup after:", err)
			panic(DBError{"main", err})
		}
	}()
	query()
}

// Error:
// cleanup after: query: connection reset
// panic: query: connection reset [recovered]
// 	panic: main: query: connection reset
//
// goroutine 1 [running]:
// main.main()
// exit status 2
