// seeds/004 "Preallocate with make to avoid growth churn" (lexer.go): decoding
// a Unicode escape appends []byte(string(cp))..., the UTF-8 encoding of the
// code point, into a buffer whose capacity is an upper bound (len(input)).
package main

import "fmt"

func hexVal(c byte) rune {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0')
	case c >= 'a' && c <= 'f':
		return rune(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}

// decodeEscapes turns \XXXX (4 hex digits) into the UTF-8 bytes of U+XXXX.
func decodeEscapes(input string) []byte {
	result := make([]byte, 0, len(input))
	for i := 0; i < len(input); i++ {
		if input[i] == '\\' && i+4 < len(input) {
			var cp rune
			for _, c := range []byte(input[i+1 : i+5]) {
				cp = cp*16 + hexVal(c)
			}
			result = append(result, []byte(string(cp))...) // rune -> string -> []byte (UTF-8)
			i += 4
			continue
		}
		result = append(result, input[i])
	}
	return result
}

func main() {
	in := `d\0061t\00e9 \4e16\754c`
	out := decodeEscapes(in)
	fmt.Println(string(out))
	fmt.Println(len(in), len(out), cap(out), cap(out) == len(in))
	fmt.Println(out)
	fmt.Println([]byte(string(rune(0x20ac))), len(string(rune(0x1f600))))
}

// Output:
// daté 世界
// 23 12 23 true
// [100 97 116 195 169 32 228 184 150 231 149 140]
// [226 130 172] 4
