// seeds/004 "copy" (ast_clone.go CloneSliceOfOid): the generated cloner
// preserves the nil/non-nil distinction and make+copy gives independent
// storage for a slice of values.
package main

import "fmt"

type Oid uint32

func CloneSliceOfOid(n []Oid) []Oid {
	if n == nil {
		return nil
	}
	res := make([]Oid, len(n))
	copy(res, n)
	return res
}

func main() {
	var nilOids []Oid
	c := CloneSliceOfOid(nilOids)
	fmt.Println(c == nil, len(c))
	empty := []Oid{}
	c = CloneSliceOfOid(empty)
	fmt.Println(c == nil, len(c))
	orig := []Oid{23, 25, 1043}
	c = CloneSliceOfOid(orig)
	c[0] = 20
	fmt.Println(orig, c, &orig[0] != &c[0])
}

// Output:
// true 0
// false 0
// [23 25 1043] [20 25 1043] true
