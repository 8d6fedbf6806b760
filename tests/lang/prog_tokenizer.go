package main

import "fmt"

type Kind int

const (
	Number Kind = iota
	Ident
	Op
	LParen
	RParen
	Str
)

var kindNames = map[Kind]string{Number: "NUM", Ident: "IDENT", Op: "OP", LParen: "LPAREN", RParen: "RPAREN", Str: "STR"}

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%s(%q)@%d", kindNames[t.Kind], t.Text, t.Pos) }

type LexError struct {
	Pos int
	Ch  byte
}

func (e LexError) Error() string { return fmt.Sprintf("unexpected %q at %d", e.Ch, e.Pos) }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isAlpha(c byte) bool { return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func tokenize(src string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(src); {
		c := src[i]
		start := i
		switch {
		case c == ' ' || c == '\t':
			i++
			continue
		case isDigit(c):
			for i < len(src) && (isDigit(src[i]) || src[i] == '.') {
				i++
			}
			toks = append(toks, Token{Number, src[start:i], start})
		case isAlpha(c):
			for i < len(src) && (isAlpha(src[i]) || isDigit(src[i])) {
				i++
			}
			toks = append(toks, Token{Ident, src[start:i], start})
		case c == '"':
			i++
			for i < len(src) && src[i] != '"' {
				i++
			}
			i++
			toks = append(toks, Token{Str, src[start+1 : i-1], start})
		case c == '(' || c == ')':
			k := LParen
			if c == ')' {
				k = RParen
			}
			toks = append(toks, Token{k, string(c), start})
			i++
		case c == '=' || c == '!' || c == '<' || c == '>':
			i++
			if i < len(src) && src[i] == '=' {
				i++
			}
			toks = append(toks, Token{Op, src[start:i], start})
		case c == '+' || c == '-' || c == '*' || c == '/':
			toks = append(toks, Token{Op, src[i : i+1], start})
			i++
		default:
			return toks, LexError{i, c}
		}
	}
	return toks, nil
}

func main() {
	for _, src := range []string{`x1 = (a + 3.5) * b`, `if n >= 10 print("big")`, `a # b`} {
		toks, err := tokenize(src)
		fmt.Println(len(toks), toks)
		if err != nil {
			fmt.Println("error:", err)
		}
	}
}

// Output:
// 9 [IDENT("x1")@0 OP("=")@3 LPAREN("(")@5 IDENT("a")@6 OP("+")@8 NUM("3.5")@10 RPAREN(")")@13 OP("*")@15 IDENT("b")@17]
// 8 [IDENT("if")@0 IDENT("n")@3 OP(">=")@5 NUM("10")@8 IDENT("print")@11 LPAREN("(")@16 STR("big")@17 RPAREN(")")@22]
// 1 [IDENT("a")@0]
// error: unexpected '#' at 2
