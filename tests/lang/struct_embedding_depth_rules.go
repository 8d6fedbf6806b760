package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

type Audit struct {
	Name    string
	Version int
}

type Meta struct {
	Audit
	Owner string
}

// Doc embeds Base at depth 1 and Meta (with Audit.Name at depth 2).
// d.Name is Base.Name: the shallower field wins.  d.Version comes
// from depth 2 because nothing shallower has that name.
type Doc struct {
	Base
	*Meta
	Title string
}

func main() {
	d := Doc{Base: Base{1, "base"}, Meta: &Meta{Audit{"audit", 3}, "ann"}, Title: "t"}
	fmt.Println(d.Name, d.Version, d.Owner, d.ID, d.Title)
	fmt.Println(d.Meta.Name, d.Audit.Name, d.Meta.Audit.Version)
	d.Version++
	d.Name = "renamed"
	fmt.Println(d.Base.Name, d.Meta.Version)
	e := d // copies the *Meta pointer, so Meta is shared
	e.Owner = "bob"
	e.ID = 99
	fmt.Println(d.Owner, d.ID, e.ID)
	fmt.Printf("%v %+v\n", d.Base, *d.Meta)
	var p *Doc = &d
	p.Audit.Version = 10
	fmt.Println(d.Version, p.Version)
}

// Output:
// base 3 ann 1 t
// audit audit 3
// renamed 4
// bob 1 99
// {1 renamed} {Audit:{Name:audit Version:4} Owner:bob}
// 10 10
