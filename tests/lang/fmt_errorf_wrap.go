package main

import "fmt"

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "key " + e.Key + " not found" }

func get(k string) error {
	return &NotFound{k}
}

func load(k string) error {
	if err := get(k); err != nil {
		return fmt.Errorf("load %s: %w", k, err)
	}
	return nil
}

type unwrapper interface{ Unwrap() error }

func main() {
	err := load("cfg")
	fmt.Println(err)
	u, ok := err.(unwrapper)
	fmt.Println(ok)
	inner := u.Unwrap()
	fmt.Println(inner)
	nf, ok := inner.(*NotFound)
	fmt.Println(ok, nf.Key)
	plain := fmt.Errorf("plain %v", 42)
	_, ok = plain.(unwrapper)
	fmt.Println(plain, ok)
	chain := fmt.Errorf("top: %w", fmt.Errorf("middle: %w", &NotFound{"x"}))
	depth := 0
	for e := error(chain); e != nil; depth++ {
		fmt.Println(depth, e)
		w, ok := e.(unwrapper)
		if !ok {
			break
		}
		e = w.Unwrap()
	}
}

// Output:
// load cfg: key cfg not found
// true
// key cfg not found
// true cfg
// plain 42 false
// 0 top: middle: key x not found
// 1 middle: key x not found
// 2 key x not found
