// seeds/004 "The zero-allocation string(b) == "literal" optimization"
// (context.go HasPrefixAtScanPos), and quiz question 3: comparing
// string(byteSlice) with a string directly, or through a variable, gives
// the same answer (only the allocation differs).
package main

import "fmt"

type ParseContext struct {
	scanBuf []byte
	scanPos int
}

// HasPrefixAtScanPos reports whether scanBuf at the current scan position
// starts with needle.
func (ctx *ParseContext) HasPrefixAtScanPos(needle string) bool {
	pos := ctx.scanPos
	if len(ctx.scanBuf)-pos < len(needle) {
		return false
	}
	return string(ctx.scanBuf[pos:pos+len(needle)]) == needle
}

func (ctx *ParseContext) hasPrefixViaVariable(needle string) bool {
	pos := ctx.scanPos
	if len(ctx.scanBuf)-pos < len(needle) {
		return false
	}
	s := string(ctx.scanBuf[pos : pos+len(needle)])
	return s == needle
}

func main() {
	ctx := &ParseContext{scanBuf: []byte("x := $$body$$"), scanPos: 5}
	for _, needle := range []string{"$$", "$$body$$", "$$body$$!", "$b", ""} {
		fmt.Println(needle, ctx.HasPrefixAtScanPos(needle), ctx.hasPrefixViaVariable(needle))
	}
	ctx.scanPos = len(ctx.scanBuf)
	fmt.Println(ctx.HasPrefixAtScanPos(""), ctx.HasPrefixAtScanPos("$"))
}

// Output:
// $$ true true
// $$body$$ true true
// $$body$$! false false
// $b false false
//  true true
// true false
