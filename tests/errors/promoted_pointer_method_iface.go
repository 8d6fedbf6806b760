package main

import "fmt"

type Closer interface{ Close() error }

type File struct{ open bool }

func (f *File) Close() error { f.open = false; return nil }

type Log struct {
	File
	lines int
}

func main() {
	var c Closer = Log{}
	fmt.Println(c)
}

// Error:
// promoted_pointer_method_iface.go:17:17: cannot use Log{…} (value of struct type Log) as Closer value in variable declaration: Log does not implement Closer (method Close has pointer receiver)
// exit status 1
