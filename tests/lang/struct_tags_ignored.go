package main

import "fmt"

type User struct {
	Name  string `json:"name"`
	Email string `json:"email,omitempty" db:"email"`
	Age   int    "plain string tag"
}

type Plain struct {
	Name  string
	Email string
	Age   int
}

func main() {
	u := User{"ann", "a@x.io", 33}
	fmt.Println(u)
	fmt.Printf("%+v\n", u)
	p := Plain(u)
	fmt.Println(p)
	back := User(p)
	fmt.Println(back == u)
}

// Output:
// {ann a@x.io 33}
// {Name:ann Email:a@x.io Age:33}
// {ann a@x.io 33}
// true
