package main

import "fmt"

type Person struct {
	Name string
	Age  int
	City string
}

func main() {
	p1 := Person{"Ann", 30, "Oslo"}
	p2 := Person{Name: "Bob"}
	p3 := Person{City: "Rome", Age: 41}
	p4 := Person{}
	fmt.Printf("%+v\n%+v\n%+v\n%+v\n", p1, p2, p3, p4)
	people := []Person{p1, {"Cy", 5, "Lima"}, {Name: "Di"}}
	for _, p := range people {
		fmt.Println(p.Name, p.Age, p.City == "")
	}
	p2.Age = p1.Age + 1
	fmt.Println(p2)
}

// Output:
// {Name:Ann Age:30 City:Oslo}
// {Name:Bob Age:0 City:}
// {Name: Age:41 City:Rome}
// {Name: Age:0 City:}
// Ann 30 false
// Cy 5 false
// Di 0 true
// {Bob 31 }
