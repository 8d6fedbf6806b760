package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type RW interface {
	Reader
	Writer
}

type file struct{ data string }

func (f *file) Read() string        { return f.data }
func (f *file) Write(s string) int  { f.data += s; return len(f.data) }

type Conn struct {
	RW
	id int
}

func main() {
	f := &file{"x"}
	c := Conn{f, 1}
	read := Conn.Read
	write := (*Conn).Write
	fmt.Println(write(&c, "yz"), read(c))
	rw := RW.Write
	fmt.Println(rw(f, "!"), Reader.Read(f), RW.Read(c))
	w := c.Write
	w("?")
	fmt.Println(f.data)
	fmt.Printf("%T %T %T\n", read, write, rw)
	var r Reader = c
	fmt.Println(r.Read())
	rr := r.Read
	c.RW = &file{"other"}
	fmt.Println(rr(), c.Read())
}

// Output:
// 3 xyz
// 4 xyz! xyz!
// xyz!?
// func(main.Conn) string func(*main.Conn, string) int func(main.RW, string) int
// xyz!?
// xyz!? other
