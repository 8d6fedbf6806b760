// seeds/004 "The real high-perf user: the lexer’s scan buffer" (context.go):
// the lexer holds its input as one []byte built once, reads scanBuf[pos] by
// index and takes subslices scanBuf[startPos:scanPos] as tokens, with no
// per-token copy. A small self-contained ParseContext.
package main

import "fmt"

type ParseContext struct {
	scanBuf    []byte // the string being scanned (for lexer)
	scanBufLen int
	scanPos    int
}

func NewParseContext(input string) *ParseContext {
	return &ParseContext{
		scanBuf:    []byte(input),
		scanBufLen: len(input),
	}
}

func isIdentChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// next returns the next token as a subslice of scanBuf (nil at the end).
func (ctx *ParseContext) next() []byte {
	for ctx.scanPos < ctx.scanBufLen && ctx.scanBuf[ctx.scanPos] == ' ' {
		ctx.scanPos++
	}
	if ctx.scanPos >= ctx.scanBufLen {
		return nil
	}
	startPos := ctx.scanPos
	if isIdentChar(ctx.scanBuf[ctx.scanPos]) {
		for ctx.scanPos < ctx.scanBufLen && isIdentChar(ctx.scanBuf[ctx.scanPos]) {
			ctx.scanPos++
		}
	} else {
		ctx.scanPos++
	}
	return ctx.scanBuf[startPos:ctx.scanPos]
}

func main() {
	ctx := NewParseContext("SELECT a, b_2 FROM t1")
	var toks [][]byte
	for tok := ctx.next(); tok != nil; tok = ctx.next() {
		toks = append(toks, tok)
	}
	for _, tok := range toks {
		fmt.Printf("%q len=%d\n", tok, len(tok))
	}
	// every token aliases the one scan buffer
	toks[0][0] = 's'
	fmt.Println(string(ctx.scanBuf))
	fmt.Println(&toks[1][0] == &ctx.scanBuf[7])
}

// Output:
// "SELECT" len=6
// "a" len=1
// "," len=1
// "b_2" len=3
// "FROM" len=4
// "t1" len=2
// sELECT a, b_2 FROM t1
// true
