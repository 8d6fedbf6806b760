// runtime.AddCleanup as pkg.go.dev/runtime (Go 1.24) documents it: the
// cleanup(arg) call runs some time after ptr is unreachable; several
// cleanups may be attached to one object, also through interior
// pointers; Stop cancels one.  Go runs cleanups on a goroutine of their
// own, so their order relative to main's output is not specified there;
// this program only prints after collecting what they record.
package main

import (
	"fmt"
	"runtime"
)

type File struct {
	fd   int
	name string
	buf  [4]int
}

type Closer interface{ Close() string }

type fdCloser int

func (f fdCloser) Close() string { return fmt.Sprint("closed ", int(f)) }

var log []string

func record(s string) { log = append(log, s) }

func open(fd int, name string) *File {
	f := &File{fd: fd, name: name}
	runtime.AddCleanup(f, func(fd int) { record(fmt.Sprint("cleanup fd ", fd)) }, f.fd)
	return f
}

func main() {
	f := open(3, "a")
	g := open(4, "b")
	runtime.AddCleanup(&g.buf[2], func(s string) { record("interior " + s) }, g.name)
	h := &File{fd: 5}
	c := runtime.AddCleanup(h, func(s string) { record("stopped " + s) }, "h")
	c.Stop()
	runtime.AddCleanup(h, func(c Closer) { record(c.Close()) }, Closer(fdCloser(5)))
	runtime.AddCleanup(h, func(p *File) { record(fmt.Sprint("other object ", p.fd)) }, f)
	runtime.GC()
	fmt.Println(len(log), f.fd, g.fd)
	runtime.KeepAlive(h)
	f, g, h = nil, nil, nil
	runtime.GC()
	runtime.GC()
	for i := 0; i < 10; i++ {
		runtime.GC()
	}
	for i := 1; i < len(log); i++ {
		for j := i; j > 0 && log[j] < log[j-1]; j-- {
			log[j], log[j-1] = log[j-1], log[j]
		}
	}
	for _, l := range log {
		fmt.Println(l)
	}
}
// Output:
// 0 3 4
// cleanup fd 3
// cleanup fd 4
// closed 5
// interior b
// other object 3
