package main

import (
	"fmt"
	"os"
)

type NotFoundError struct {
	Name string
}

func (e *NotFoundError) Error() string { return "not found: " + e.Name }

type ValidationError struct {
	Field string
	Code  int
}

func (e ValidationError) Error() string {
	return fmt.Sprintf("invalid %s (code %d)", e.Field, e.Code)
}

func find(name string) (int, error) {
	switch name {
	case "a":
		return 1, nil
	case "":
		return 0, ValidationError{"name", 7}
	}
	return 0, &NotFoundError{name}
}

func main() {
	for _, n := range []string{"a", "zz", ""} {
		v, err := find(n)
		if err != nil {
			fmt.Println("error:", err)
			if nf, ok := err.(*NotFoundError); ok {
				fmt.Println("  missing", nf.Name)
			}
			if ve, ok := err.(ValidationError); ok {
				fmt.Println("  field", ve.Field, ve.Code)
			}
			continue
		}
		fmt.Println("value:", v)
	}
	var err error = &NotFoundError{"x"}
	fmt.Fprintln(os.Stdout, err.Error())
	fmt.Printf("%v|%s|%q\n", err, err, err)
}

// Output:
// value: 1
// error: not found: zz
//   missing zz
// error: invalid name (code 7)
//   field name 7
// not found: x
// not found: x|not found: x|"not found: x"
