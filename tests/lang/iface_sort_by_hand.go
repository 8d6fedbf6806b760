package main

import "fmt"

type Sortable interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func insertionSort(s Sortable) {
	for i := 1; i < s.Len(); i++ {
		for j := i; j > 0 && s.Less(j, j-1); j-- {
			s.Swap(j, j-1)
		}
	}
}

type Person struct {
	Name string
	Age  int
}

type ByAge []Person

func (a ByAge) Len() int           { return len(a) }
func (a ByAge) Less(i, j int) bool { return a[i].Age < a[j].Age }
func (a ByAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type ByName []Person

func (a ByName) Len() int           { return len(a) }
func (a ByName) Less(i, j int) bool { return a[i].Name < a[j].Name }
func (a ByName) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

type Reverse struct{ Sortable }

func (r Reverse) Less(i, j int) bool { return r.Sortable.Less(j, i) }

func main() {
	people := []Person{{"Eve", 29}, {"Bob", 41}, {"Ann", 35}, {"Dan", 19}}
	insertionSort(ByAge(people))
	fmt.Println(people)
	insertionSort(ByName(people))
	fmt.Println(people)
	insertionSort(Reverse{ByAge(people)})
	fmt.Println(people)
}

// Output:
// [{Dan 19} {Eve 29} {Ann 35} {Bob 41}]
// [{Ann 35} {Bob 41} {Dan 19} {Eve 29}]
// [{Bob 41} {Ann 35} {Eve 29} {Dan 19}]
