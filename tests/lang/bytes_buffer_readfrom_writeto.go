// bytes.Buffer's ReadFrom (until io.EOF) and WriteTo, and NewBuffer over
// an existing slice.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

type failing struct{ n int }

func (f *failing) Read(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("boom")
	}
	f.n--
	p[0] = 'x'
	return 1, nil
}

func main() {
	var b bytes.Buffer
	n, err := b.ReadFrom(strings.NewReader("from a reader"))
	fmt.Println(n, err, b.String(), b.Cap())
	n, err = b.ReadFrom(&failing{3})
	fmt.Println(n, err, b.String())
	var out strings.Builder
	n, err = b.WriteTo(&out)
	fmt.Println(n, err, out.String(), b.Len())
	big := strings.Repeat("0123456789", 300)
	var c bytes.Buffer
	n, err = c.ReadFrom(strings.NewReader(big))
	fmt.Println(n, err, c.Len(), c.Cap())
	buf := []byte("seed")
	d := bytes.NewBuffer(buf)
	d.WriteString("+more")
	fmt.Println(d.String(), d.Len())
	e := bytes.NewBuffer(nil)
	fmt.Println(e.Len(), e.String() == "")
}
// Output:
// 13 <nil> from a reader 1024
// 3 boom from a readerxxx
// 16 <nil> from a readerxxx 0
// 3000 <nil> 3000 4096
// seed+more 9
// 0 true
