package main

import "fmt"

type Set map[string]struct{}

func NewSet(items ...string) Set {
	s := Set{}
	for _, it := range items {
		s[it] = struct{}{}
	}
	return s
}

func (s Set) Union(o Set) Set {
	r := Set{}
	for k := range s {
		r[k] = struct{}{}
	}
	for k := range o {
		r[k] = struct{}{}
	}
	return r
}

func (s Set) Intersect(o Set) Set {
	r := Set{}
	for k := range s {
		if _, ok := o[k]; ok {
			r[k] = struct{}{}
		}
	}
	return r
}

func (s Set) Minus(o Set) Set {
	r := Set{}
	for k := range s {
		if _, ok := o[k]; !ok {
			r[k] = struct{}{}
		}
	}
	return r
}

func (s Set) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func main() {
	a := NewSet("go", "rust", "c", "zig")
	b := NewSet("c", "go", "python", "c")
	fmt.Println(len(a), len(b))
	fmt.Println(a.Union(b).Sorted())
	fmt.Println(a.Intersect(b).Sorted())
	fmt.Println(a.Minus(b).Sorted(), b.Minus(a).Sorted())
	fmt.Println(NewSet().Sorted(), len(NewSet().Union(nil)))
	fmt.Println(a.Intersect(b))
}

// Output:
// 4 3
// [c go python rust zig]
// [c go]
// [rust zig] [python]
// [] 0
// map[c:{} go:{}]
