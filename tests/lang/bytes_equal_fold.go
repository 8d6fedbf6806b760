// bytes.EqualFold.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.EqualFold([]byte("Go"), []byte("Ga")))
	fmt.Println(bytes.EqualFold(nil, []byte{}), bytes.EqualFold([]byte("k"), []byte("\u212A")))
	fmt.Println(bytes.EqualFold([]byte("ǅ"), []byte("ǆ")), bytes.EqualFold([]byte("Straße"), []byte("STRAßE")))
	fmt.Println(bytes.EqualFold([]byte("σ"), []byte("Σ")), bytes.EqualFold([]byte("abc"), []byte("ab")))
}
// Output:
// true false
// true true
// true true
// true false
