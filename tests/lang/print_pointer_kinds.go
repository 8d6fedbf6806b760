// print and println take pointers, slices, maps, chans and funcs as
// runtime/print.go prints them.
package main

func main() {
	var p *int
	m := map[int]int{}
	var s []int
	var f func()
	println(p, m != nil, s, f, [2]int{1, 2} == [2]int{1, 2})
}
// Output:
// 0x0 true [0/0]0x0 0x0 true
