// A *strings.Builder is an io.Writer and an io.StringWriter: fmt.Fprintf
// and io.WriteString write into it.
package main

import (
	"fmt"
	"io"
	"strings"
)

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func render(w io.Writer, items []point) {
	for i, p := range items {
		fmt.Fprintf(w, "%d: %v\n", i, p)
	}
}

func main() {
	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	fmt.Println(b.String())
	var w io.Writer = &b
	b.Reset()
	render(w, []point{{1, 2}, {3, 4}})
	fmt.Print(b.String())
	_, ok := w.(io.StringWriter)
	fmt.Println(ok)
	n, err := io.WriteString(w, "tail")
	fmt.Println(n, err, b.Len())
	fmt.Fprintln(&b, "x", 1, true)
	fmt.Fprint(&b, 3.5, "y")
	fmt.Printf("%q\n", b.String())
}
// Output:
// 3...2...1...ignition
// 0: (1,2)
// 1: (3,4)
// true
// 4 <nil> 22
// "0: (1,2)\n1: (3,4)\ntailx 1 true\n3.5y"
