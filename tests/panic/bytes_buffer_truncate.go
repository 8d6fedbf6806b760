// bytes.Buffer.Truncate past the unread length panics.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	b := bytes.NewBufferString("abc")
	b.Truncate(2)
	fmt.Println(b.String())
	b.Truncate(5)
}
// Error:
// ab
// panic: bytes.Buffer: truncation out of range
//
// goroutine 1 [running]:
// bytes.(*Buffer).Truncate(...)
// main.main()
// exit status 2
