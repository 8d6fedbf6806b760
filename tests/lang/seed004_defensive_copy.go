// seeds/004 "The defensive copy: “return copy for safety”" (context.go
// GetScanBuf): handing out the internal buffer would let a caller scribble
// on the lexer's state; make+copy breaks the aliasing.
package main

import "fmt"

type ParseContext struct {
	scanBuf []byte
	scanPos int
}

func (ctx *ParseContext) GetScanBuf() []byte {
	// Return copy for safety
	buf := make([]byte, len(ctx.scanBuf))
	copy(buf, ctx.scanBuf)
	return buf
}

// the unsafe version the article warns about
func (ctx *ParseContext) GetScanBufAliased() []byte {
	return ctx.scanBuf
}

// the second "Return copy for safety" hit: the rest of the buffer
func (ctx *ParseContext) GetRemaining() []byte {
	// Return copy for safety
	rest := ctx.scanBuf[ctx.scanPos:]
	buf := make([]byte, len(rest))
	copy(buf, rest)
	return buf
}

func main() {
	ctx := &ParseContext{scanBuf: []byte("select 1"), scanPos: 7}
	buf := ctx.GetScanBuf()
	buf[0] = 'x'
	fmt.Println(string(buf), "|", string(ctx.scanBuf))
	rest := ctx.GetRemaining()
	rest[0] = '2'
	fmt.Println(string(rest), "|", string(ctx.scanBuf))
	alias := ctx.GetScanBufAliased()
	alias[0] = 'x' // scribbles on the lexer's live scan buffer
	fmt.Println(string(ctx.scanBuf))
}

// Output:
// xelect 1 | select 1
// 2 | select 1
// xelect 1
