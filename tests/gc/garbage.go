// 4 GB of garbage in 1 MB pieces: each []byte is a large object (a span of
// its own) that dies at the end of its iteration, so the heap never holds
// much more than its 4 MB goal, and the process must stay small. The first
// and last bytes are read and written, so that every piece is really
// allocated, zeroed and used.
//
// memcheck.py runs it: when the program prints "done" it reads the
// process's peak RSS, and only then reads on, so the filler written after
// "done" (more than a pipe holds) keeps the program from exiting before it
// is measured.
//
// When it prints "done": peak RSS below 100 MB
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 4096; i++ {
		b := make([]byte, 1<<20)
		sum += int(b[0]) + int(b[len(b)-1]) // 0: fresh memory is zeroed
		b[0] = byte(i)
		b[len(b)-1] = byte(i >> 8)
		sum += int(b[0]) + int(b[len(b)-1])
	}
	fmt.Println(sum)
	fmt.Println("done")
	for i := 0; i < 4096; i++ {
		fmt.Println("filler: 64 bytes a line, 256 KiB in all, more than a pipe holds")
	}
}

// Output:
// 552960
// done
