// A differential test: strconv's parsers, quoting and unquoting, and utf8's
// readers over 15000 pseudo-random short texts made of the bytes that
// matter to them (digits, signs, points, exponent and base letters,
// quotes, backslashes, invalid UTF-8), folded into checksums.
package main

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

var x uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	x ^= x << 13
	x ^= x >> 7
	x ^= x << 17
	return x
}

const alpha = "0123456789._-+eEpPxXabcfinINaAtyoObB\\\"'`\nu U\xff\xe4\xb8\x96"

func gen() string {
	n := int(next() % 14)
	b := make([]byte, n)
	for i := range b {
		b[i] = alpha[next()%uint64(len(alpha))]
	}
	return string(b)
}

func main() {
	var sum uint64
	mix := func(s string) {
		for i := 0; i < len(s); i++ {
			sum = sum*131 + uint64(s[i])
		}
		sum = sum*7 + 1
	}
	for i := 0; i < 15000; i++ {
		s := gen()
		f, err := strconv.ParseFloat(s, 64)
		mix(fmt.Sprint(f, err))
		f, err = strconv.ParseFloat(s, 32)
		mix(fmt.Sprint(f, err))
		n, err := strconv.ParseInt(s, 0, 64)
		mix(fmt.Sprint(n, err))
		u, err := strconv.ParseUint(s, int(next()%40), int(next()%70))
		mix(fmt.Sprint(u, err))
		q, err := strconv.Unquote(s)
		mix(fmt.Sprint(q, err))
		p, err := strconv.QuotedPrefix(s)
		mix(fmt.Sprint(p, err))
		v, mb, tail, err := strconv.UnquoteChar(s, "\"'`\x00"[next()%4])
		mix(fmt.Sprint(v, mb, tail, err))
		mix(strconv.Quote(s) + strconv.QuoteToASCII(s) + strconv.QuoteToGraphic(s))
		r, w := utf8.DecodeLastRuneInString(s)
		mix(fmt.Sprint(r, w, utf8.FullRuneInString(s), utf8.ValidString(s), utf8.RuneCountInString(s), strconv.CanBackquote(s)))
		if i%5000 == 0 {
			fmt.Println(i, sum)
		}
	}
	fmt.Println(sum)
}
// Output:
// 0 10295506099816990758
// 5000 8059672113932428431
// 10000 1232849388735790815
// 10979036249784933186
