package main

import (
	"fmt"
	"io"
	"os"
)

type counter struct {
	n     int
	lines []string
}

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.lines = append(c.lines, string(p))
	return len(p), nil
}

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	q := make([]byte, len(p))
	for i, b := range p {
		if b >= 'a' && b <= 'z' {
			b -= 32
		}
		q[i] = b
	}
	return u.w.Write(q)
}

func main() {
	c := &counter{}
	n, err := fmt.Fprintf(c, "%d-%s", 42, "x")
	fmt.Println(n, err, c.n)
	fmt.Fprintln(c, "a", 1)
	fmt.Fprint(c, "b", 2)
	fmt.Printf("%q %d\n", c.lines, c.n)
	fmt.Fprintln(os.Stdout, "to stdout")
	fmt.Fprintln(upper{os.Stdout}, "shouting", 3)
	io.WriteString(os.Stdout, "io.WriteString\n")
	os.Stdout.WriteString("WriteString\n")
	os.Stdout.Write([]byte("Write\n"))
	var w io.Writer = c
	_, ok := w.(io.StringWriter)
	fmt.Println(ok, os.Stdout.Name(), os.Stderr.Name())
	n, err = fmt.Println("counted")
	fmt.Println(n, err)
	fmt.Fprintf(os.Stderr, "to stderr %v\n", true)
}
// Output:
// 4 <nil> 4
// ["42-x" "a 1\n" "b2"] 10
// to stdout
// SHOUTING 3
// io.WriteString
// WriteString
// Write
// false /dev/stdout /dev/stderr
// counted
// 8 <nil>
// to stderr true
