// seeds/004 "Strings vs []byte: immutability and conversion cost"
// (context.go GetCurrentText): subslice the live buffer (cheap, aliases),
// then string(...) copies, so the token text survives later writes to the
// buffer.
package main

import "fmt"

type ParseContext struct {
	scanBuf []byte
	scanPos int
}

func (ctx *ParseContext) GetCurrentText(startPos int) string {
	if startPos < 0 || startPos > ctx.scanPos {
		return ""
	}
	return string(ctx.scanBuf[startPos:ctx.scanPos])
}

func main() {
	ctx := &ParseContext{scanBuf: []byte("select name from users"), scanPos: 11}
	tok := ctx.GetCurrentText(7)
	alias := ctx.scanBuf[7:ctx.scanPos]
	fmt.Printf("%q %q\n", tok, alias)
	// scanning overwrites that region of the buffer
	copy(ctx.scanBuf[7:], "XXXX")
	fmt.Printf("%q %q\n", tok, alias)
	fmt.Printf("%q %q %q\n", ctx.GetCurrentText(-1), ctx.GetCurrentText(12), ctx.GetCurrentText(11))
}

// Output:
// "name" "name"
// "name" "XXXX"
// "" "" ""
