// seeds/004 "Subslice aliasing in the wire codec — the gotcha that bites"
// (sqltypes.go RowFromProto): every column Value is a subslice of the one
// pr.Values buffer; -1 is NULL (nil) and 0 is the empty string ([]byte{}).
// Self-contained stand-ins for query.Row and sqltypes.Row.
package main

import "fmt"

type Value []byte

func (v Value) IsNull() bool { return v == nil }

type ProtoRow struct {
	Lengths []int64
	Values  []byte
}

type Row struct {
	Values []Value
}

func RowFromProto(pr *ProtoRow) *Row {
	if pr == nil {
		return nil
	}
	values := make([]Value, len(pr.Lengths))
	offset := 0
	for i, length := range pr.Lengths {
		switch length {
		case -1:
			values[i] = nil // NULL
		case 0:
			values[i] = []byte{} // empty string, not NULL
		default:
			values[i] = pr.Values[offset : offset+int(length)]
			offset += int(length)
		}
	}
	return &Row{Values: values}
}

func main() {
	fmt.Println(RowFromProto(nil) == nil)
	pr := &ProtoRow{
		Lengths: []int64{3, -1, 0, 5},
		Values:  []byte("abcHELLO"),
	}
	row := RowFromProto(pr)
	for i, v := range row.Values {
		fmt.Printf("%d null=%v len=%d cap=%d %q\n", i, v.IsNull(), len(v), cap(v), string(v))
	}
	// 1. Every Value aliases pr.Values: writing one column's bytes
	// rewrites the shared buffer...
	row.Values[0][0] = 'A'
	fmt.Println(string(pr.Values))
	// ...and appending to a column with spare capacity corrupts its
	// neighbour.
	row.Values[0] = append(row.Values[0], '!')
	fmt.Println(string(pr.Values), string(row.Values[3]))
	// 2. One make([]Value, N) and no per-column byte copies.
	fmt.Println(len(row.Values), &row.Values[3][0] == &pr.Values[4])
}

// Output:
// true
// 0 null=false len=3 cap=8 "abc"
// 1 null=true len=0 cap=0 ""
// 2 null=false len=0 cap=0 ""
// 3 null=false len=5 cap=5 "HELLO"
// AbcHELLO
// Abc!ELLO !ELLO
// 4 false
