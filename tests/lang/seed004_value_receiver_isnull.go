// seeds/004 "Value semantics: every assignment is a copy" (sqltypes.go): Value
// is a slice type with a value receiver; nil means NULL, []byte{} means ''.
// A value receiver works on a copy of the header, yet shares the bytes.
package main

import "fmt"

// Value represents a nullable column value.
// nil means NULL, []byte{} means empty string.
type Value []byte

func (v Value) IsNull() bool {
	return v == nil
}

// a value receiver gets a copy of the 3-word header: reassigning it is not
// seen by the caller, writing through it is.
func (v Value) Clobber() {
	if len(v) > 0 {
		v[0] = 'X'
	}
	v = nil
}

func main() {
	var null Value
	empty := Value([]byte{})
	text := Value("abc")
	fmt.Println(null.IsNull(), empty.IsNull(), text.IsNull())
	fmt.Println(len(null), len(empty), len(text))
	text.Clobber()
	fmt.Println(string(text), text.IsNull())
	fmt.Println(Value(nil).IsNull())
}

// Output:
// true false false
// 0 0 3
// Xbc false
// true
