package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

func main() {
	var err error = &ParseError{12, "unexpected token"}
	fmt.Println("about to panic")
	panic(err)
}

// Error:
// about to panic
// panic: line 12: unexpected token
//
// goroutine 1 [running]:
// main.main()
// exit status 2
