package main

import "fmt"

type Animal struct {
	Name string
	legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.legs)
}

func (a *Animal) Rename(n string) {
	a.Name = n
}

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " says woof" }

type Bird struct {
	*Animal
	CanFly bool
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Describe())
	fmt.Println(d.Speak())
	d.Rename("Max")
	fmt.Println(d.Describe(), d.Animal.Name)

	b := Bird{&Animal{"Tweety", 2}, true}
	fmt.Println(b.Describe())
	b.Rename("Polly")
	fmt.Println(b.Name, b.Animal.Name)
	b2 := b
	b2.Rename("Shared")
	fmt.Println(b.Name)

	pd := &d
	fmt.Println(pd.Describe(), pd.Speak())
}

// Output:
// Rex has 4 legs
// Rex says woof
// Max has 4 legs Max
// Tweety has 2 legs
// Polly Polly
// Shared
// Max has 4 legs Max says woof
