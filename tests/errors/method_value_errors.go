package main

import "fmt"

type T struct{ n int }

func (t *T) Inc() int   { t.n++; return t.n }
func (t T) Get() int    { return t.n }
func make1() T          { return T{} }

type Getter interface{ Get() int }

func main() {
	f := make1().Inc
	var g func() string = T{}.Get
	var h func(T) int = (*T).Get
	var i func() = Getter.Get
	fmt.Println(f, g, h, i)
}

// Error:
// method_value_errors.go:14:15: cannot call pointer method Inc on T
// method_value_errors.go:15:24: cannot use T{…}.Get (value of type func() int) as func() string value in variable declaration
// method_value_errors.go:16:22: cannot use (*T).Get (value of type func(*T) int) as func(T) int value in variable declaration
// method_value_errors.go:17:17: cannot use Getter.Get (value of type func(Getter) int) as func() value in variable declaration
// exit status 1
