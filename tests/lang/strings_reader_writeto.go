// strings.Reader.WriteTo writes the unread rest to an io.Writer.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type countingWriter struct {
	n, calls int
}

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	w.calls++
	return len(p), nil
}

type shortWriter struct{}

func (shortWriter) Write(p []byte) (int, error) { return len(p) / 2, nil }

func main() {
	r := strings.NewReader("some io.Reader stream to be read\n")
	fmt.Println(r.WriteTo(os.Stdout))
	fmt.Println(r.WriteTo(os.Stdout))
	r.Reset("0123456789")
	r.Seek(4, io.SeekStart)
	var b strings.Builder
	fmt.Println(r.WriteTo(&b))
	fmt.Println(b.String(), r.Len())
	r.Reset("counted")
	cw := &countingWriter{}
	fmt.Println(r.WriteTo(cw))
	fmt.Println(cw.n, cw.calls)
	r.Reset("abcdef")
	fmt.Println(r.WriteTo(shortWriter{}))
	fmt.Println(r.Len())
	var wt io.WriterTo = r
	fmt.Println(wt != nil)
}
// Output:
// some io.Reader stream to be read
// 33 <nil>
// 0 <nil>
// 6 <nil>
// 456789 0
// 7 <nil>
// 7 1
// 3 short write
// 3
// true
