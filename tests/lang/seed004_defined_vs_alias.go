// seeds/004 "Defined types vs aliases (memory-relevant recap)" (tokens.go,
// sqltypes.go): type TokenType = int is the same type as int; type Value
// []byte is a new type with its own methods, same layout, converted
// explicitly.
package main

import "fmt"

// This is now just an alias for int to maintain compatibility during transition
type TokenType = int

type Value []byte

func (v Value) IsNull() bool { return v == nil }

func (v Value) SQLLiteral() string {
	if v.IsNull() {
		return "NULL"
	}
	return "'" + string(v) + "'"
}

func takesInt(n int) int { return n + 1 }

func takesToken(t TokenType) TokenType { return t * 2 }

func main() {
	var t TokenType = 41
	var n int = t // same type: no conversion
	fmt.Println(takesInt(t), takesToken(n))
	fmt.Printf("%T %T\n", t, n)

	raw := []byte("abc")
	v := Value(raw) // explicit conversion; shares the backing array
	fmt.Println(v.SQLLiteral(), Value(nil).SQLLiteral())
	v[0] = 'X'
	fmt.Println(string(raw))
	back := []byte(v)
	fmt.Printf("%T %T %v\n", v, back, &back[0] == &raw[0])
}

// Output:
// 42 82
// int int
// 'abc' NULL
// Xbc
// main.Value []uint8 true
