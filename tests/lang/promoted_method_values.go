package main

import "fmt"

type Speaker interface{ Speak() string }

type Voice struct{ word string }

func (v Voice) Speak() string    { return v.word }
func (v *Voice) Louder()         { v.word += "!" }

type Dog struct {
	Voice
	name string
}

type Robot struct {
	*Voice
	Speaker2 Speaker
}

type Crowd struct {
	Speaker // an embedded interface
	size    int
}

// a field at a shallower depth hides a promoted method of that name
type Hidden struct {
	Voice
	Speak string
}

func main() {
	d := Dog{Voice{"woof"}, "rex"}
	sp := d.Speak // d.Voice copied now
	lo := d.Louder // &d.Voice bound
	lo()
	fmt.Println(sp(), d.Speak())

	r := Robot{Voice: &Voice{"beep"}}
	rs := r.Speak // *r.Voice copied now
	rl := r.Louder
	rl()
	fmt.Println(rs(), r.Speak())

	c := Crowd{Speaker: d, size: 3}
	cs := c.Speak // the embedded interface's dynamic value bound now
	c.Speaker = r
	fmt.Println(cs(), c.Speak())

	var s Speaker = c // Crowd satisfies Speaker through its embedded interface
	fmt.Println(s.Speak())
	s = &Crowd{Speaker: Voice{"ptr"}}
	fmt.Println(s.Speak())

	h := Hidden{Voice{"v"}, "field"}
	fmt.Println(h.Speak, h.Voice.Speak())
	var x interface{} = h
	_, ok := x.(Speaker)
	fmt.Println(ok)

	// promoted methods called directly at depth
	type L3 struct{ Dog }
	type L4 struct{ *L3 }
	l4 := L4{&L3{d}}
	l4.Louder()
	fmt.Println(l4.Speak(), l4.L3.Dog.Voice.word)
	f := l4.Speak
	l4.Louder()
	fmt.Println(f(), l4.Speak())
	fmt.Printf("%T %T\n", f, l4.Louder)
}

// Output:
// woof woof!
// beep beep!
// woof! beep!
// beep!
// ptr
// field v
// false
// woof!! woof!!
// woof!! woof!!!
// func() string func()
