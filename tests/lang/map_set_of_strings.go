package main

import "fmt"

type Set map[string]struct{}

func (s Set) Add(v string)      { s[v] = struct{}{} }
func (s Set) Has(v string) bool { _, ok := s[v]; return ok }

func main() {
	s := Set{}
	for _, w := range []string{"go", "c", "go", "lua", "c"} {
		s.Add(w)
	}
	fmt.Println(len(s), s.Has("go"), s.Has("rust"))
	fmt.Println(s)
	seen := map[int]bool{}
	dups := []int{}
	for _, n := range []int{3, 1, 3, 2, 1, 3} {
		if seen[n] {
			dups = append(dups, n)
		}
		seen[n] = true
	}
	fmt.Println(dups)
}

// Output:
// 3 true false
// map[c:{} go:{} lua:{}]
// [3 1 3]
