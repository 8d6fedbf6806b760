package main

import "fmt"

type P struct {
	X int
	S []int
}

func main() {
	fmt.Printf("%q\n", make([]string, 3))
	fmt.Println(make([]bool, 2), make([]float64, 2))
	ps := make([]P, 2)
	fmt.Println(ps, ps[0].S == nil)
	fmt.Printf("%+v\n", ps)
	pp := make([]*P, 2)
	fmt.Println(pp)
	var total int
	for _, v := range make([]int, 100) {
		total += v
	}
	fmt.Println(total)
}

// Output:
// ["" "" ""]
// [false false] [0 0]
// [{0 []} {0 []}] true
// [{X:0 S:[]} {X:0 S:[]}]
// [<nil> <nil>]
// 0
