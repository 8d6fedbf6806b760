// A 1 GB heap of small objects, built, dropped and collected: the memory
// must go back to the OS. The list's 16 Mi nodes of 64 bytes fill about
// 131 000 spans of 8 KiB; after runtime.GC() every one of them is free.
// (1 GB as the issue asks: about 2 s here, 1.2 GB at the peak.)
//
// Before that, a 4 MB []byte is allocated and collected: freeing a block
// that large raises glibc malloc's mmap threshold, so that the arenas
// allocated after it no longer get an mmap of their own, which free()
// would unmap, but come from the brk heap, which free() keeps. The heap
// must give the pages back whatever its Mem does with freed blocks.
//
// memcheck.py runs it: when the program prints "dropped" it reads the
// process's peak RSS and its RSS now, and only then reads on, so the
// filler written after "dropped" (more than a pipe holds) keeps the
// program from moving on or exiting while it is measured. (gvm cannot
// read os.Stdin yet, which would be the plain way to wait.)
//
// When it prints "dropped": peak RSS above 1000 MB, RSS below 64 MB
package main

import (
	"fmt"
	"runtime"
)

const n = 16 << 20

type node struct {
	next *node
	val  int
	pad  [6]int
}

func build() *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head, val: i}
	}
	return head
}

func sum(l *node) int {
	s := 0
	for ; l != nil; l = l.next {
		s += l.val
	}
	return s
}

func main() {
	b := make([]byte, 4<<20)
	b[len(b)-1] = 1
	fmt.Println(len(b), b[len(b)-1])
	runtime.GC()

	fmt.Println(sum(build()) == n*(n-1)/2)
	runtime.GC()
	fmt.Println("dropped")
	for i := 0; i < 4096; i++ {
		fmt.Println("filler: 64 bytes a line, 256 KiB in all, more than a pipe holds")
	}
}

// Output:
// 4194304 1
// true
// dropped
