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

type Buffer struct {
	data []string
}

func (b *Buffer) Write(s string) int {
	b.data = append(b.data, s)
	return len(s)
}

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Upper struct {
	ReadWriter
}

func pump(r Reader, w Writer) int {
	n := 0
	for s := r.Read(); s != ""; s = r.Read() {
		n += w.Write(s + s)
	}
	return n
}

func main() {
	src := &Buffer{}
	var rw ReadWriter = src
	rw.Write("ab")
	rw.Write("cde")
	var r Reader = rw
	var w Writer = rw
	dst := &Buffer{}
	fmt.Println(pump(r, dst), dst.data, len(src.data))
	u := Upper{dst}
	fmt.Println(u.Read(), u.Write("z"), len(dst.data))
	var back ReadWriter = u
	fmt.Println(back.Read(), back.Read(), back.Read())
	w = back
	fmt.Println(w.Write("end"), dst.data)
	var again Reader = w.(Reader)
	fmt.Println(again.Read())
}

// Output:
// 10 [abab cdecde] 0
// abab 1 2
// cdecde z 
// 3 [end]
// end
