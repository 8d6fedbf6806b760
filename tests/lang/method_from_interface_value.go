package main

import "fmt"

type Speaker interface{ Speak() string }

type Cat struct{ name string }

func (c Cat) Speak() string { return c.name + ": meow" }

type Robot struct{ id int }

func (r *Robot) Speak() string { r.id++; return fmt.Sprint("beep ", r.id) }

func main() {
	var s Speaker = Cat{"tom"}
	f := s.Speak
	s = &Robot{}
	g := s.Speak
	fmt.Println(f(), g(), g(), s.Speak())
	fmt.Printf("%T\n", f)
	h := Speaker.Speak
	fmt.Println(h(Cat{"kit"}))
}

// Output:
// tom: meow beep 1 beep 2 beep 3
// func() string
// kit: meow
