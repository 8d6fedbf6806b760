package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

type Timestamps struct {
	Created, Updated int
}

type User struct {
	Base
	Timestamps
	Name  string
	Email string
}

func main() {
	u := User{
		Base:       Base{ID: 1, Name: "base-name"},
		Timestamps: Timestamps{Created: 100},
		Name:       "user-name",
		Email:      "u@example.com",
	}
	fmt.Println(u.ID, u.Created, u.Updated)
	fmt.Println(u.Name, u.Base.Name)
	u.ID = 2
	u.Updated = 200
	fmt.Println(u.Base, u.Timestamps)
	fmt.Printf("%+v\n", u)
	b := u.Base
	b.ID = 99
	fmt.Println(u.ID, b.ID)
	p := &u
	p.Created++
	fmt.Println(u.Timestamps.Created)
}

// Output:
// 1 100 0
// user-name base-name
// {2 base-name} {100 200}
// {Base:{ID:2 Name:base-name} Timestamps:{Created:100 Updated:200} Name:user-name Email:u@example.com}
// 2 99
// 101
