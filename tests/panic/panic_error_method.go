package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parse() {
	defer fmt.Println("deferred runs first")
	panic(&ParseError{7, "unexpected EOF"})
}

func main() {
	parse()
}
// Error:
// deferred runs first
// panic: line 7: unexpected EOF
// goroutine 1 [running]:
// main.parse()
// main.main()
// exit status 2
