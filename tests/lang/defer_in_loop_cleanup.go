package main

import "fmt"

type Resource struct{ name string }

func open(name string) *Resource {
	fmt.Println("open", name)
	return &Resource{name}
}

func (r *Resource) Close() { fmt.Println("close", r.name) }

func processAll(names []string) {
	for _, n := range names {
		r := open(n)
		defer r.Close()
	}
	fmt.Println("processed", len(names))
}

func processEach(names []string) {
	for _, n := range names {
		func() {
			r := open(n)
			defer r.Close()
			fmt.Println("use", r.name)
		}()
	}
}

func main() {
	processAll([]string{"a", "b", "c"})
	fmt.Println("--")
	processEach([]string{"x", "y"})
}

// Output:
// open a
// open b
// open c
// processed 3
// close c
// close b
// close a
// --
// open x
// use x
// close x
// open y
// use y
// close y
