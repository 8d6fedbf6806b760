// seeds/004 "Preallocate with make to avoid growth churn" (sqltypes.go
// ToProto): size the buffer once with make([]byte, 0, totalLen) and append
// each Value with v... so the append loop never reallocates.
package main

import "fmt"

type Value []byte

type Row struct{ Values []Value }

func (r *Row) encode() ([]int64, []byte) {
	lengths := make([]int64, len(r.Values))
	var totalLen int
	for i, v := range r.Values {
		if v == nil {
			lengths[i] = -1
		} else {
			lengths[i] = int64(len(v))
			totalLen += len(v)
		}
	}
	values := make([]byte, 0, totalLen)
	first := values[:cap(values)]
	for _, v := range r.Values {
		if v != nil {
			values = append(values, v...) // spread one slice into another
		}
	}
	// the array was never reallocated: values still starts where make put it
	fmt.Println("totalLen", totalLen, "len", len(values), "cap", cap(values), "same array", &first[0] == &values[0])
	return lengths, values
}

func main() {
	r := &Row{Values: []Value{Value("id"), nil, Value(""), Value("multigres")}}
	lengths, values := r.encode()
	fmt.Println(lengths, string(values))

	// Without the cap hint, append reallocates as it grows.
	var grown []byte
	reallocs := 0
	for i := 0; i < 100; i++ {
		before := cap(grown)
		grown = append(grown, 'x')
		if cap(grown) != before {
			reallocs++
		}
	}
	fmt.Println("reallocs without hint:", reallocs, "final cap", cap(grown))
	// The two make shapes: len N for index assignment, len 0 cap N for append.
	idx := make([]int64, 3)
	app := make([]byte, 0, 3)
	fmt.Println(len(idx), cap(idx), len(app), cap(app))
}

// Output:
// totalLen 11 len 11 cap 11 same array true
// [2 -1 0 9] idmultigres
// reallocs without hint: 5 final cap 128
// 3 3 0 3
