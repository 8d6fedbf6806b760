package main

import "fmt"

type TimeoutError struct{ Seconds int }
type AuthError struct{ User string }

func (e TimeoutError) Error() string { return fmt.Sprintf("timeout after %ds", e.Seconds) }
func (e *AuthError) Error() string   { return "access denied for " + e.User }

func call(i int) error {
	switch i {
	case 0:
		return nil
	case 1:
		return TimeoutError{30}
	case 2:
		return &AuthError{"guest"}
	default:
		return fmt.Errorf("unknown failure #%d", i)
	}
}

func main() {
	for i := 0; i < 4; i++ {
		err := call(i)
		switch e := err.(type) {
		case nil:
			fmt.Println(i, "ok")
		case TimeoutError:
			fmt.Println(i, "retry later:", e.Seconds)
		case *AuthError:
			fmt.Println(i, "login as someone other than", e.User)
		default:
			fmt.Println(i, "giving up:", e)
		}
	}
}

// Output:
// 0 ok
// 1 retry later: 30
// 2 login as someone other than guest
// 3 giving up: unknown failure #3
