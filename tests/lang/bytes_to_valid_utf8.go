// bytes.ToValidUTF8 and bytes over invalid UTF-8.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	v := bytes.ToValidUTF8([]byte("a\xff\xfeb\xc3"), []byte("?"))
	fmt.Printf("%q %d %d\n", v, len(v), cap(v))
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("fine"), nil))
	fmt.Printf("%q\n", bytes.Split([]byte("a\xff"), nil))
	fmt.Printf("%q\n", bytes.ToUpper([]byte("\xe4\xb8x")))
	fmt.Printf("%q\n", bytes.Fields([]byte("\xff \xfe")))
	fmt.Println(bytes.Count([]byte("\xff\xfe"), nil), bytes.EqualFold([]byte("\xff"), []byte("\xfe")))
}
// Output:
// "a?b?" 4 6
// "fine"
// ["a" "\xff"]
// "��X"
// ["\xff" "\xfe"]
// 3 true
