package main

import "fmt"

type Stringer interface{ String() string }
type Sizer interface{ Size() int }
type StringSizer interface {
	Stringer
	Sizer
}

type A struct{ n int }
type B string
type C []int

func (a A) String() string  { return fmt.Sprintf("A%d", a.n) }
func (a *A) Size() int      { return a.n }
func (b B) String() string  { return "B:" + string(b) }
func (b B) Size() int       { return len(b) }
func (c C) Size() int       { return len(c) }

func classify(v interface{}) string {
	switch x := v.(type) {
	case StringSizer:
		return fmt.Sprintf("string+size %s %d", x.String(), x.Size())
	case Stringer:
		return "stringer " + x.String()
	case Sizer:
		return fmt.Sprint("sizer ", x.Size())
	case interface{ Len() int }:
		return "has Len"
	}
	return fmt.Sprintf("plain %v", v)
}

func fromSizer(s Sizer) string {
	switch x := s.(type) {
	case Stringer:
		return "also a stringer: " + x.String()
	case C:
		return fmt.Sprint("C of ", len(x))
	case *A:
		return fmt.Sprint("*A ", x.n)
	default:
		return "other sizer"
	}
}

func main() {
	vals := []interface{}{A{1}, &A{2}, B("xy"), C{1, 2, 3}, 7, nil}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	// the same site sees alternating types (the interface case's cache)
	for i := 0; i < 6; i++ {
		fmt.Print(classify(vals[i%3]), "; ")
	}
	fmt.Println()
	fmt.Println(fromSizer(B("abc")), "|", fromSizer(C{9}), "|", fromSizer(&A{4}))
	var any1 any = &A{5}
	switch x := any1.(type) {
	case any:
		fmt.Printf("any case: %T\n", x)
	}
	var none any
	switch none.(type) {
	case any:
		fmt.Println("nil matched any")
	default:
		fmt.Println("nil does not match any")
	}
}

// Output:
// stringer A1
// string+size A2 2
// string+size B:xy 2
// sizer 3
// plain 7
// plain <nil>
// stringer A1; string+size A2 2; string+size B:xy 2; stringer A1; string+size A2 2; string+size B:xy 2; 
// also a stringer: B:abc | C of 1 | also a stringer: A4
// any case: *main.A
// nil does not match any
