package main

import "fmt"

type pair struct {
	a int
	b string
}

func main() {
	xs := []interface{}{1, "two", 3.0, pair{4, "five"}, nil}
	fmt.Println(xs...)
	fmt.Print(xs...)
	fmt.Println()
	fmt.Printf("%v|%v|%v\n", xs[:3]...)
	fmt.Println(fmt.Sprint(xs...), fmt.Sprintln(xs[:0]...) == "\n")
	var none []interface{}
	fmt.Println(none...)
	n, err := fmt.Println(xs[1:2]...)
	fmt.Println(n, err)
	big := make([]interface{}, 40)
	for i := range big {
		big[i] = i
	}
	fmt.Println(big...)
	s := fmt.Sprintf("%d %d %d", big[5:8]...)
	fmt.Println(s, len(big))
	defer fmt.Println(xs...)
	xs[0] = "changed before the deferred call"
}
// Output:
// 1 two 3 {4 five} <nil>
// 1two3 {4 five} <nil>
// 1|two|3
// 1two3 {4 five} <nil> true
//
// two
// 4 <nil>
// 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39
// 5 6 7 40
// changed before the deferred call two 3 {4 five} <nil>
