// bytes.Buffer's Available and AvailableBuffer (Go 1.21).  Go 1.19 has
// neither, so the expectation follows their documentation: "Available
// returns how many bytes are unused in the buffer." and "AvailableBuffer
// returns an empty buffer with b.Available() capacity. This buffer is
// intended to be appended to and passed to an immediately succeeding
// Buffer.Write call." (ExampleBuffer_AvailableBuffer, with the digits
// appended by hand instead of by strconv.AppendInt).
package main

import (
	"bytes"
	"fmt"
	"os"
)

func main() {
	var buf bytes.Buffer
	fmt.Println(buf.Available(), len(buf.AvailableBuffer()), cap(buf.AvailableBuffer()))
	for i := 0; i < 4; i++ {
		b := buf.AvailableBuffer()
		b = append(b, byte('0'+i))
		b = append(b, ' ')
		buf.Write(b)
	}
	os.Stdout.Write(buf.Bytes())
	fmt.Printf("| %q\n", buf.Bytes())
	fmt.Println(buf.Len(), buf.Available(), buf.Available() == buf.Cap()-buf.Len())
	buf.Grow(100)
	fmt.Println(buf.Available() >= 100, len(buf.AvailableBuffer()))
}
// Output:
// 0 0 0
// 0 1 2 3 | "0 1 2 3 "
// 8 56 true
// true 0
