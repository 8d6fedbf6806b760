// seeds/004 "Arrays" (array-vs-slice.go): an array is a value — assigning it
// copies every element; a slice over it shares its storage. [3]int and
// [4]int are different types.
package main

import "fmt"

func setFirst(a [3]int) { a[0] = 7 }

func setFirstPtr(a *[3]int) { a[0] = 7 }

func main() {
	var a [3]int
	b := a   // copies all 3 ints
	b[0] = 9 // a[0] is still 0
	fmt.Println(a[0], b[0])
	// A slice over an array does NOT copy:
	s := a[:] // s is a slice header pointing into a's storage
	s[0] = 9  // a[0] is now 9
	fmt.Println(a[0], len(s), cap(s), &s[0] == &a[0])
	setFirst(a)
	fmt.Println(a)
	setFirstPtr(&a)
	fmt.Println(a, a == [3]int{7, 0, 0}, b == a)
	var four [4]int
	fmt.Printf("%T %T %d %d\n", a, four, len(a), len(four))
}

// Output:
// 0 9
// 9 3 3 true
// [9 0 0]
// [7 0 0] true false
// [3]int [4]int 3 4
