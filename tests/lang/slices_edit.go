// slices' functions that build or edit slices (Go 1.21; Concat is Go
// 1.22's). The expectation follows the examples of the Go documentation
// of package slices (ExampleInsert, ExampleDelete, ExampleDeleteFunc,
// ExampleReplace, ExampleCompact, ExampleCompactFunc with a hand-written
// case folding instead of strings.EqualFold, ExampleClone, ExampleGrow,
// ExampleClip, ExampleConcat, ExampleReverse), and for the zeroed tail
// the Go 1.22 documentation of Delete ("Delete zeroes the elements
// s[len(s)-(j-i):len(s)]").
package main

import (
	"fmt"
	"slices"
)

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func equalFold(a, b string) bool { return lower(a) == lower(b) }

func main() {
	names := []string{"Alice", "Bob", "Vera"}
	names = slices.Insert(names, 1, "Bill", "Billie")
	names = slices.Insert(names, len(names), "Zac")
	fmt.Println(names)

	letters := []string{"a", "b", "c", "d", "e"}
	all := letters
	letters = slices.Delete(letters, 1, 4)
	fmt.Println(letters)
	fmt.Printf("%q\n", all)

	seq := []int{0, 1, 1, 2, 3, 5, 8}
	seq = slices.DeleteFunc(seq, func(n int) bool {
		return n%2 != 0 // delete the odd numbers
	})
	fmt.Println(seq)

	names = []string{"Alice", "Bob", "Vera", "Zac"}
	names = slices.Replace(names, 1, 3, "Bill", "Billie", "Cat")
	fmt.Println(names)

	seq = []int{0, 1, 1, 2, 3, 5, 8}
	seq = slices.Compact(seq)
	fmt.Println(seq)

	names = []string{"bob", "Bob", "alice", "Vera", "VERA"}
	names = slices.CompactFunc(names, equalFold)
	fmt.Println(names)

	numbers := []int{0, 42, -10, 8}
	clone := slices.Clone(numbers)
	fmt.Println(clone)
	clone[2] = 10
	fmt.Println(numbers)
	fmt.Println(slices.Clone([]int(nil)) == nil)

	grow := slices.Grow(numbers, 2)
	fmt.Println(cap(numbers))
	fmt.Println(grow)
	fmt.Println(len(grow))
	fmt.Println(cap(grow))

	a := [...]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := a[:4:10]
	clip := slices.Clip(s)
	fmt.Println(cap(s))
	fmt.Println(clip)
	fmt.Println(len(clip))
	fmt.Println(cap(clip))

	s1 := []int{0, 1, 2, 3}
	s2 := []int{4, 5, 6}
	concat := slices.Concat(s1, s2)
	fmt.Println(concat)

	names = []string{"alice", "Bob", "VERA"}
	slices.Reverse(names)
	fmt.Println(names)
}

// Output:
// [Alice Bill Billie Bob Vera Zac]
// [a e]
// ["a" "e" "" "" ""]
// [0 2 8]
// [Alice Bill Billie Cat Zac]
// [0 1 2 3 5 8]
// [bob alice Vera]
// [0 42 -10 8]
// [0 42 -10 8]
// true
// 4
// [0 42 -10 8]
// 4
// 8
// 10
// [0 1 2 3]
// 4
// 4
// [0 1 2 3 4 5 6]
// [VERA Bob alice]
