// slices' searching functions (Go 1.21). The expectation follows the
// examples of the Go documentation of package slices (ExampleBinarySearch,
// ExampleBinarySearchFunc with a byte-wise comparison instead of
// strings.Compare, ExampleIndex, ExampleIndexFunc, ExampleContains,
// ExampleContainsFunc).
package main

import (
	"fmt"
	"slices"
)

type Person struct {
	Name string
	Age  int
}

func compareNames(a, b Person) int {
	switch {
	case a.Name < b.Name:
		return -1
	case a.Name > b.Name:
		return 1
	}
	return 0
}

func main() {
	names := []string{"Alice", "Bob", "Vera"}
	n, found := slices.BinarySearch(names, "Vera")
	fmt.Println("Vera:", n, found)
	n, found = slices.BinarySearch(names, "Bill")
	fmt.Println("Bill:", n, found)

	people := []Person{
		{"Alice", 55},
		{"Bob", 24},
		{"Gopher", 13},
	}
	n, found = slices.BinarySearchFunc(people, Person{"Bob", 0}, compareNames)
	fmt.Println("Bob:", n, found)

	numbers := []int{0, 42, 8}
	fmt.Println(slices.Index(numbers, 8))
	fmt.Println(slices.Index(numbers, 7))

	numbers = []int{0, 42, -10, 8}
	i := slices.IndexFunc(numbers, func(n int) bool {
		return n < 0
	})
	fmt.Println("First negative at index", i)

	hasNegative := slices.ContainsFunc(numbers, func(n int) bool {
		return n < 0
	})
	fmt.Println("Has a negative:", hasNegative)
	hasOdd := slices.ContainsFunc(numbers, func(n int) bool {
		return n%2 != 0
	})
	fmt.Println("Has an odd number:", hasOdd)

	numbers = []int{0, 1, 2, 3}
	fmt.Println(slices.Contains(numbers, 2))
	fmt.Println(slices.Contains(numbers, 4))
}

// Output:
// Vera: 2 true
// Bill: 1 false
// Bob: 1 true
// 2
// -1
// First negative at index 2
// Has a negative: true
// Has an odd number: false
// true
// false
