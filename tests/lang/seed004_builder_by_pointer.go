// seeds/004 "strings.Builder: cheap incremental building, never copy it"
// (builder.go, json_parse_nodes.go). gvm has no strings package, so this is
// a self-contained Builder with the same shape: helpers take *Builder so
// writes land in the caller's builder; a by-value parameter writes into a
// copy the caller never sees.
package main

import "fmt"

type Builder struct {
	buf []byte
}

func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}

func (b *Builder) String() string { return string(b.buf) }

func (b *Builder) Len() int { return len(b.buf) }

type JsonOutput struct{ Format string }

func appendJsonReturning(b *Builder, output *JsonOutput) {
	b.WriteString(" RETURNING ")
	b.WriteString(output.Format)
}

func appendByValue(b Builder, output *JsonOutput) {
	b.WriteString(" RETURNING ")
	b.WriteString(output.Format)
}

func build() string {
	var b Builder
	for i := 0; i < 3; i++ {
		b.WriteString("x")
	}
	return b.String() // "xxx", one final allocation
}

// a ParseContext with a Builder value field, used only via *ParseContext
type ParseContext struct {
	literalBuf Builder // accumulates literal values
}

func (ctx *ParseContext) addLiteral(s string) { ctx.literalBuf.WriteString(s) }

func main() {
	fmt.Println(build())
	var b Builder
	b.WriteString("JSON_SERIALIZE(x)")
	appendJsonReturning(&b, &JsonOutput{"text"})
	fmt.Println(b.String())
	appendByValue(b, &JsonOutput{"lost"}) // the copy's writes are lost
	fmt.Println(b.String(), b.Len())

	ctx := &ParseContext{}
	ctx.addLiteral("ab")
	ctx.addLiteral("cd")
	fmt.Println(ctx.literalBuf.String())
	// Copying the context copies the builder's slice header: the copy
	// appends into the array ctx still uses (unseen by ctx only because
	// its length is shorter) — the corruption copylocks guards against.
	copied := *ctx
	copied.addLiteral("EF")
	fmt.Println(ctx.literalBuf.String(), copied.literalBuf.String())
	fmt.Println(&ctx.literalBuf.buf[0] == &copied.literalBuf.buf[0])
	ctx.addLiteral("gh") // overwrites the copy's "EF"
	fmt.Println(ctx.literalBuf.String(), copied.literalBuf.String())
}

// Output:
// xxx
// JSON_SERIALIZE(x) RETURNING text
// JSON_SERIALIZE(x) RETURNING text 32
// abcd
// abcd abcdEF
// true
// abcdgh abcdgh
