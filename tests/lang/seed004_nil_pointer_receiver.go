// seeds/004 "Value semantics: every assignment is a copy" (sqltypes.go):
// *Result and *Row have pointer receivers that handle a nil receiver with
// `if r == nil { return nil }`. Self-contained stand-ins for the codebase's
// types and their protobuf forms.
package main

import "fmt"

type Value []byte

type Row struct {
	Values []Value
}

type Result struct {
	Fields []string
	Rows   []Row
}

type ProtoRow struct {
	Lengths []int64
	Values  []byte
}

type QueryResult struct {
	Fields []string
	Rows   []*ProtoRow
}

func (r *Row) ToProto() *ProtoRow {
	if r == nil {
		return nil
	}
	pr := &ProtoRow{}
	for _, v := range r.Values {
		if v == nil {
			pr.Lengths = append(pr.Lengths, -1)
		} else {
			pr.Lengths = append(pr.Lengths, int64(len(v)))
			pr.Values = append(pr.Values, v...)
		}
	}
	return pr
}

func (r *Result) ToProto() *QueryResult {
	if r == nil {
		return nil
	}
	qr := &QueryResult{Fields: r.Fields}
	for i := range r.Rows {
		qr.Rows = append(qr.Rows, r.Rows[i].ToProto())
	}
	return qr
}

func main() {
	var r *Result
	fmt.Println(r.ToProto() == nil) // a nil *Result is a legal receiver
	var row *Row
	fmt.Println(row.ToProto() == nil)

	res := &Result{
		Fields: []string{"id", "name"},
		Rows: []Row{
			{Values: []Value{Value("1"), Value("ann")}},
			{Values: []Value{Value("2"), nil}},
		},
	}
	qr := res.ToProto()
	fmt.Println(qr.Fields, len(qr.Rows))
	for _, pr := range qr.Rows {
		fmt.Println(pr.Lengths, string(pr.Values))
	}
}

// Output:
// true
// true
// [id name] 2
// [1 3] 1ann
// [1 -1] 2
