package main

import "fmt"

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Temporary interface {
	error
	Temporary() bool
}

type Timeout int

func (t Timeout) Error() string   { return fmt.Sprintf("timeout after %ds", int(t)) }
func (t Timeout) Temporary() bool { return t < 10 }

type Fatal string

func (f Fatal) Error() string { return "fatal: " + string(f) }

func lookup(i int) error {
	switch i {
	case 0:
		return nil
	case 1:
		return &NotFound{"k1"}
	case 2:
		return Timeout(3)
	case 3:
		return Timeout(30)
	}
	return Fatal("disk")
}

func handle(err error) string {
	switch e := err.(type) {
	case nil:
		return "ok"
	case *NotFound:
		return "missing key " + e.Key
	case Temporary:
		if e.Temporary() {
			return "retry: " + e.Error()
		}
		return "give up: " + e.Error()
	default:
		return "error: " + e.Error()
	}
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(i, handle(lookup(i)))
	}
	var err error = Fatal("x")
	switch err.(type) {
	case Fatal, *NotFound:
		fmt.Println("known kind:", err.Error())
	}
}

// Output:
// 0 ok
// 1 missing key k1
// 2 retry: timeout after 3s
// 3 give up: timeout after 30s
// 4 error: fatal: disk
// known kind: fatal: x
