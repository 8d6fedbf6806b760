package main

import "fmt"

type Reader interface {
	Read() string
}

type Writer interface {
	Write(s string) int
}

type ReadWriter interface {
	Reader
	Writer
}

type Closer interface{ Close() }

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

type Buffer struct {
	data   []string
	closed bool
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Close() { b.closed = true }

func main() {
	b := &Buffer{}
	var rwc ReadWriteCloser = b
	var rw ReadWriter = rwc
	var w Writer = rw
	fmt.Println(w.Write("hello"), rw.Write("world"))
	var r Reader = rw
	fmt.Println(r.Read(), rwc.Read(), r.Read() == "")
	rwc.Close()
	fmt.Println(b.closed)
	_, isCloser := r.(Closer)
	fmt.Println(isCloser)
}

// Output:
// 5 5
// hello world true
// true
// true
