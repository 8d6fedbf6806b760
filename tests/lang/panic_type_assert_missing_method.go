package main

import "fmt"

type Closer interface {
	Close() error
}

type File struct{ name string }

func (f File) Name() string { return f.name }

func main() {
	var v interface{} = File{"log.txt"}
	fmt.Println(v.(File).Name())
	c := v.(Closer)
	fmt.Println(c)
}

// Error:
// log.txt
// panic: interface conversion: main.File is not main.Closer: missing method Close
//
// goroutine 1 [running]:
// main.main()
// exit status 2
