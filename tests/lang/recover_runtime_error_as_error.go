package main

import "fmt"

func run(name string, f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				err = fmt.Errorf("non-error panic: %v", r)
				return
			}
			err = e
		}
	}()
	f()
	return nil
}

func main() {
	var m map[string]int
	var p *struct{ x int }
	s := []int{1, 2, 3}
	zero := 0
	tests := []struct {
		name string
		f    func()
	}{
		{"index", func() { _ = s[len(s)+2] }},
		{"nil map", func() { m["a"] = 1 }},
		{"nil pointer", func() { _ = p.x }},
		{"divide", func() { _ = 1 / zero }},
		{"custom", func() { panic("custom") }},
		{"fine", func() {}},
	}
	for _, tc := range tests {
		err := run(tc.name, tc.f)
		fmt.Printf("%-12s %v\n", tc.name, err)
		if err != nil {
			fmt.Printf("%-12s %s\n", "", err.Error())
		}
	}
}

// Output:
// index        runtime error: index out of range [5] with length 3
//              runtime error: index out of range [5] with length 3
// nil map      assignment to entry in nil map
//              assignment to entry in nil map
// nil pointer  runtime error: invalid memory address or nil pointer dereference
//              runtime error: invalid memory address or nil pointer dereference
// divide       runtime error: integer divide by zero
//              runtime error: integer divide by zero
// custom       non-error panic: custom
//              non-error panic: custom
// fine         <nil>
