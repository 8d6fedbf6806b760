package main

import "fmt"

type Doc struct {
	Title string
	Pages []string
	Meta  map[string]string
	Rev   [2]int
}

func edit(d Doc) {
	d.Title = "changed"
	d.Pages[0] = "changed page"
	d.Meta["k"] = "changed"
	d.Rev[0] = 99
}

func editPtr(d *Doc) {
	d.Title = "changed"
	d.Rev[0] = 99
}

func main() {
	d := Doc{"orig", []string{"p1", "p2"}, map[string]string{"k": "v"}, [2]int{1, 1}}
	edit(d)
	fmt.Println(d.Title, d.Pages, d.Meta, d.Rev)
	cp := d
	cp.Pages = append(cp.Pages, "p3")
	fmt.Println(len(d.Pages), len(cp.Pages))
	editPtr(&d)
	fmt.Println(d.Title, d.Rev)
}

// Output:
// orig [changed page p2] map[k:changed] [1 1]
// 2 3
// changed [99 1]
