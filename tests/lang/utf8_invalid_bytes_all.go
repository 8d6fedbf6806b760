// Every two-byte string: how DecodeRune, FullRune, Valid and RuneCount
// judge it, summed into counts that match Go's only if each answer does.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	var decoded, widths, full, valid, count uint64
	b := make([]byte, 2)
	for i := 0; i < 256; i++ {
		for j := 0; j < 256; j++ {
			b[0], b[1] = byte(i), byte(j)
			r, n := utf8.DecodeRune(b)
			decoded = decoded*31 + uint64(r)
			widths += uint64(n)
			if utf8.FullRune(b[:1]) {
				full++
			}
			if utf8.FullRune(b) {
				full += 1000
			}
			if utf8.Valid(b) {
				valid++
			}
			count += uint64(utf8.RuneCount(b))
			lr, ln := utf8.DecodeLastRune(b)
			decoded = decoded*37 + uint64(lr) + uint64(ln)
		}
	}
	fmt.Println(decoded, widths, full, valid, count)
}
// Output:
// 15951692506931353984 67456 64372480 18304 129152
