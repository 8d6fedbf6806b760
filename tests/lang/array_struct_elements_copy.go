package main

import "fmt"

type Item struct {
	Name  string
	Count int
	Tags  [2]string
}

func restock(items [3]Item) [3]Item {
	for i := range items {
		items[i].Count += 10
	}
	return items
}

func main() {
	shelf := [3]Item{
		{"apple", 1, [2]string{"fruit", "red"}},
		{"pear", 2, [2]string{"fruit", "green"}},
		{Name: "leek", Tags: [2]string{1: "veg"}},
	}
	backup := shelf
	for _, it := range shelf {
		it.Count = 100 // changes the copy only
	}
	fmt.Println(shelf[0].Count, shelf[1].Count, shelf[2].Count)
	for i := range shelf {
		shelf[i].Count *= 2
	}
	fmt.Println(shelf[0].Count, shelf[1].Count, shelf[2].Count)
	more := restock(shelf)
	fmt.Println(shelf[0].Count, more[0].Count, more[2].Count)
	fmt.Println(backup == shelf, backup[2] == shelf[2])
	backup[1].Tags[0] = "fruta"
	fmt.Println(backup[1].Tags, shelf[1].Tags)
	p := &shelf[2]
	p.Tags[0] = "green"
	fmt.Printf("%v\n%+v\n", shelf[2], more[2])
	row := shelf[1:]
	row[0].Name = "nashi"
	fmt.Println(shelf[1].Name, len(row), cap(row))
}

// Output:
// 1 2 0
// 2 4 0
// 2 12 10
// false true
// [fruta green] [fruit green]
// {leek 0 [green veg]}
// {Name:leek Count:10 Tags:[ veg]}
// nashi 2 2
