package main

import "fmt"

type T struct{ N int }

func main() {
	vals := []interface{}{&T{1}, []int{1, 2}, map[string]int{"a": 1}, [2]string{"x", "y"},
		func(int) int { return 0 }, struct{ A int }{7}, &[]int{3}, T{2}}
	for _, v := range vals {
		p, isPtr := v.(*T)
		s, isSlice := v.([]int)
		m, isMap := v.(map[string]int)
		a, isArr := v.([2]string)
		_, isFunc := v.(func(int) int)
		st, isStruct := v.(struct{ A int })
		ps, isPtrSlice := v.(*[]int)
		fmt.Println(isPtr, isSlice, isMap, isArr, isFunc, isStruct, isPtrSlice,
			p != nil, len(s), len(m), a, st.A, ps != nil)
	}
	fmt.Println(vals[0].(*T).N, vals[1].([]int)[1], vals[2].(map[string]int)["a"],
		vals[3].([2]string)[0], vals[4].(func(int) int)(3), vals[5].(struct{ A int }).A,
		(*vals[6].(*[]int))[0], vals[7].(T).N)
}

// Output:
// true false false false false false false true 0 0 [ ] 0 false
// false true false false false false false false 2 0 [ ] 0 false
// false false true false false false false false 0 1 [ ] 0 false
// false false false true false false false false 0 0 [x y] 0 false
// false false false false true false false false 0 0 [ ] 0 false
// false false false false false true false false 0 0 [ ] 7 false
// false false false false false false true false 0 0 [ ] 0 true
// false false false false false false false false 0 0 [ ] 0 false
// 1 2 1 x 0 7 3 2
