package main

import "fmt"

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{}
	}
	return p // a nil *MyErr is still a non-nil error
}

func mayFailFixed(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	e2 := mayFailFixed(false)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Printf("%T %T\n", e1, e2)
	p, ok := e1.(*MyErr)
	fmt.Println(p == nil, ok)
	fmt.Println(e1.Error())
	var ip *int
	var i interface{} = ip
	fmt.Println(i == nil, i == (*int)(nil))
}

// Output:
// false true
// *main.MyErr <nil>
// true true
// my error
// false true
