package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

func find(k string) error {
	if k == "" {
		return &QueryError{"find", ErrNotFound}
	}
	return nil
}

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println(e1, e1 == e2, e1 == e1)
	w := fmt.Errorf("wrapped: %w", e1)
	fmt.Println(w, errors.Unwrap(w) == e1, errors.Is(w, e1), errors.Is(w, e2))
	fmt.Printf("%T %T\n", e1, w)
	plain := fmt.Errorf("plain %d", 3)
	fmt.Printf("%v %T %v\n", plain, plain, errors.Unwrap(plain))
	err := find("")
	fmt.Println(err, errors.Is(err, ErrNotFound))
	w2 := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", err))
	fmt.Println(w2)
	fmt.Println(errors.Is(w2, ErrNotFound), errors.Unwrap(errors.Unwrap(w2)) == err)
	fmt.Println(find("x") == nil, errors.Is(nil, ErrNotFound), errors.Is(nil, nil))
	fmt.Println(fmt.Sprintf("%w", e1))
	fmt.Println(fmt.Errorf("bad %w", 5))
	var target *QueryError
	_ = target
	fmt.Println(errors.Unwrap(e1) == nil)
}
// Output:
// boom false true
// wrapped: boom true true false
// *errors.errorString *fmt.wrapError
// plain 3 *errors.errorString <nil>
// find: not found true
// layer2: layer1: find: not found
// true true
// true false true
// %!w(*errors.errorString=&{boom})
// bad %!w(int=5)
// true
