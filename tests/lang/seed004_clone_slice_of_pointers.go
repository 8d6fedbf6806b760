// seeds/004 "copy" (ast_clone.go CloneSliceOfRefOfDefElem): copy on a slice of
// pointers duplicates the pointers only, so both slices share the elements;
// a per-element deep clone breaks the aliasing. DefElem is a small stand-in.
package main

import "fmt"

type DefElem struct {
	Defname string
	Arg     []string
}

func CloneRefOfDefElem(n *DefElem) *DefElem {
	if n == nil {
		return nil
	}
	out := *n
	out.Arg = append([]string(nil), n.Arg...)
	return &out
}

func CloneSliceOfRefOfDefElem(n []*DefElem) []*DefElem {
	if n == nil {
		return nil
	}
	res := make([]*DefElem, len(n))
	for i, x := range n {
		res[i] = CloneRefOfDefElem(x) // recurse into each pointed-at node
	}
	return res
}

func main() {
	orig := []*DefElem{{Defname: "a", Arg: []string{"1"}}, nil, {Defname: "b"}}

	shallow := make([]*DefElem, len(orig))
	copy(shallow, orig)
	shallow[0].Defname = "changed" // both slices point at the same DefElem
	fmt.Println(orig[0].Defname, shallow[0] == orig[0])

	deep := CloneSliceOfRefOfDefElem(orig)
	deep[0].Defname = "deep"
	deep[0].Arg[0] = "9"
	fmt.Println(orig[0].Defname, orig[0].Arg, deep[0].Defname, deep[0].Arg)
	fmt.Println(deep[0] == orig[0], deep[1] == nil, deep[2].Defname)
	fmt.Println(CloneSliceOfRefOfDefElem(nil) == nil)
}

// Output:
// changed true
// changed [1] deep [9]
// false true b
// true
