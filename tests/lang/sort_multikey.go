// Sorting by several keys, with closures comparing each in turn (the
// pattern of Go's sort examples).
package main

import (
	"fmt"
	"sort"
)

type change struct {
	user     string
	language string
	lines    int
}

type lessFunc func(p1, p2 *change) bool

type multiSorter struct {
	changes []change
	less    []lessFunc
}

func (ms *multiSorter) Len() int      { return len(ms.changes) }
func (ms *multiSorter) Swap(i, j int) { ms.changes[i], ms.changes[j] = ms.changes[j], ms.changes[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.changes[i], &ms.changes[j]
	var k int
	for k = 0; k < len(ms.less)-1; k++ {
		less := ms.less[k]
		switch {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return ms.less[k](p, q)
}

func orderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Sort(changes []change) {
	ms.changes = changes
	sort.Sort(ms)
}

func main() {
	changes := []change{
		{"gri", "Go", 100}, {"ken", "C", 150}, {"glenda", "Go", 200}, {"rsc", "Go", 200},
		{"r", "Go", 100}, {"ken", "Go", 200}, {"dmr", "C", 100}, {"r", "C", 150}, {"gri", "Smalltalk", 80},
	}
	user := func(c1, c2 *change) bool { return c1.user < c2.user }
	language := func(c1, c2 *change) bool { return c1.language < c2.language }
	increasingLines := func(c1, c2 *change) bool { return c1.lines < c2.lines }
	decreasingLines := func(c1, c2 *change) bool { return c1.lines > c2.lines }
	orderedBy(user).Sort(changes)
	fmt.Println("By user:", changes)
	orderedBy(user, increasingLines).Sort(changes)
	fmt.Println("By user,<lines:", changes)
	orderedBy(user, decreasingLines).Sort(changes)
	fmt.Println("By user,>lines:", changes)
	orderedBy(language, increasingLines).Sort(changes)
	fmt.Println("By language,<lines:", changes)
	orderedBy(language, increasingLines, user).Sort(changes)
	fmt.Println("By language,<lines,user:", changes)
}

// Output:
// By user: [{dmr C 100} {glenda Go 200} {gri Go 100} {gri Smalltalk 80} {ken C 150} {ken Go 200} {r Go 100} {r C 150} {rsc Go 200}]
// By user,<lines: [{dmr C 100} {glenda Go 200} {gri Smalltalk 80} {gri Go 100} {ken C 150} {ken Go 200} {r Go 100} {r C 150} {rsc Go 200}]
// By user,>lines: [{dmr C 100} {glenda Go 200} {gri Go 100} {gri Smalltalk 80} {ken Go 200} {ken C 150} {r C 150} {r Go 100} {rsc Go 200}]
// By language,<lines: [{dmr C 100} {ken C 150} {r C 150} {gri Go 100} {r Go 100} {glenda Go 200} {ken Go 200} {rsc Go 200} {gri Smalltalk 80}]
// By language,<lines,user: [{dmr C 100} {ken C 150} {r C 150} {gri Go 100} {r Go 100} {glenda Go 200} {ken Go 200} {rsc Go 200} {gri Smalltalk 80}]
