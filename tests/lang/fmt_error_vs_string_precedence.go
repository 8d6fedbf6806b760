package main

import "fmt"

type Both struct{}

func (Both) Error() string  { return "from Error" }
func (Both) String() string { return "from String" }

type Go struct{ A int }

func (Go) GoString() string { return "Go{custom}" }
func (Go) String() string   { return "Go-string" }

func main() {
	fmt.Println(Both{})
	fmt.Printf("%v %s %q\n", Both{}, Both{}, Both{})
	fmt.Printf("%#v\n", Both{})
	fmt.Printf("%v %#v\n", Go{1}, Go{1})
	fmt.Printf("%x\n", Both{})
	fmt.Printf("%d\n", Both{})
}

// Output:
// from Error
// from Error from Error "from Error"
// main.Both{}
// Go-string Go{custom}
// 66726f6d204572726f72
// {}
