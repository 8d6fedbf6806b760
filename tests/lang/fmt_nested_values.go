package main

import "fmt"

type Address struct {
	City string
	Zip  int
}

type Person struct {
	Name    string
	Age     int
	Addr    Address
	Phones  []string
	Friends map[string]int
	Extra   interface{}
}

func main() {
	p := Person{
		Name:    "Ann",
		Age:     30,
		Addr:    Address{"Oslo", 150},
		Phones:  []string{"123", "456"},
		Friends: map[string]int{"bob": 2, "al": 1},
		Extra:   []Address{{"Rome", 1}},
	}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	people := []Person{{Name: "x"}}
	fmt.Printf("%+v\n", people)
	group := map[string][]Address{"home": {{"A", 1}}}
	fmt.Printf("%v %+v\n", group, group)
}

// Output:
// {Ann 30 {Oslo 150} [123 456] map[al:1 bob:2] [{Rome 1}]}
// {Name:Ann Age:30 Addr:{City:Oslo Zip:150} Phones:[123 456] Friends:map[al:1 bob:2] Extra:[{City:Rome Zip:1}]}
// main.Person{Name:"Ann", Age:30, Addr:main.Address{City:"Oslo", Zip:150}, Phones:[]string{"123", "456"}, Friends:map[string]int{"al":1, "bob":2}, Extra:[]main.Address{main.Address{City:"Rome", Zip:1}}}
// [{Name:x Age:0 Addr:{City: Zip:0} Phones:[] Friends:map[] Extra:<nil>}]
// map[home:[{A 1}]] map[home:[{City:A Zip:1}]]
