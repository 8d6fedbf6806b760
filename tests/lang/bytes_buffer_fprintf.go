// *bytes.Buffer is an io.Writer, io.Reader and fmt.Stringer.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
)

func main() {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s has %d items costing %.2f\n", "cart", 3, 9.5)
	fmt.Fprintln(&b, []int{1, 2, 3}, map[string]bool{"ok": true})
	fmt.Print(b.String())
	fmt.Println(&b)
	var w io.Writer = &b
	var r io.Reader = &b
	fmt.Fprint(w, "appended")
	p := make([]byte, 5)
	n, _ := r.Read(p)
	fmt.Println(n, string(p))
	io.WriteString(w, "!")
	fmt.Printf("%s|%v\n", &b, b.Len())
	var s fmt.Stringer = &b
	fmt.Println(len(s.String()))
	b.WriteTo(os.Stdout)
	fmt.Println()
	fmt.Println(b.Len())
}
// Output:
// cart has 3 items costing 9.50
// [1 2 3] map[ok:true]
// cart has 3 items costing 9.50
// [1 2 3] map[ok:true]
//
// 5 cart 
// has 3 items costing 9.50
// [1 2 3] map[ok:true]
// appended!|55
// 55
// has 3 items costing 9.50
// [1 2 3] map[ok:true]
// appended!
// 0
