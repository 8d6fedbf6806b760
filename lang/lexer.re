/* lexer.re: Go's lexical grammar, scanned by a re2c automaton.
 *
 * re2c turns the rules below into a DFA over UTF-8 bytes; identifiers take
 * their letters and digits from re2c's Unicode category tables (L and Nd),
 * which is exactly Go's unicode.IsLetter / unicode.IsDigit.  Operators,
 * keywords, whitespace and comments are matched by the DFA; literals are
 * recognised by their first character and then read by small hand-written
 * loops that follow cmd/compile/internal/syntax/scanner.go step by step,
 * because Go's error messages (and the column each is reported at) are
 * defined by that algorithm, not by a regular expression.
 *
 * Semicolons: after a token that may end a statement (a name, a literal,
 * break/continue/fallthrough/return, ++ -- ) ] }) `nlsemi` is set, and the
 * next newline (or a general comment spanning lines, or the end of input)
 * is returned as TK_SEMI with the text "newline" / "EOF", which is what the
 * parser prints in "unexpected newline".
 *
 * The scanner never reads past the NUL that terminates the source.  Like
 * Go's scanner it reports every lexical error in Go's words and goes on:
 * a malformed literal is still returned as a literal, an invalid
 * character is skipped.
 */
#include "lexer.h"

#include <stdint.h>
#include <string.h>

#include "grammar.h"
#include "utf8.h"

/*!include:re2c "unicode_categories.re" */

void lex_init(Lexer *lx, const char *src, size_t len, Diag *diag, int file)
{
	memset(lx, 0, sizeof *lx);
	lx->src = lx->cur = lx->linestart = src;
	lx->lim = src + len;
	lx->line = 1;
	lx->diag = diag;
	lx->file = file;
}

static Pos pos_of(const Lexer *lx, const char *p)
{
	return (Pos){lx->line, (int)(p - lx->linestart) + 1, lx->file};
}

static void newline_at(Lexer *lx, const char *p)
{
	lx->line++;
	lx->linestart = p + 1;
}

static void fail(Lexer *lx, const char *p, const char *msg)
{
	diag_error(lx->diag, pos_of(lx, p), "%s", msg);
	lx->failed = true;
	lx->diag->syntax_error = true;
}

/* Go's source.nextch reads the text one character at a time, and a NUL,
 * an invalid UTF-8 byte (a bad lead or continuation byte, an overlong
 * form, a surrogate) or a BOM is reported where it stands and then skipped,
 * as if it were not there, inside literals and comments too.  skip_bad
 * does that from p and returns the first good character (or lim); the
 * loops over literals and comments call it before each character and step
 * over a good one with char_width. */
static const char *skip_bad(Lexer *lx, const char *p)
{
	while (p < lx->lim) {
		int32_t c;
		if (*p == 0) {
			fail(lx, p, "invalid NUL character");
			p++;
			continue;
		}
		if ((unsigned char)*p < 0x80)
			return p;
		int w = utf8_decode(p, (size_t)(lx->lim - p), &c);
		if (utf8_invalid(c, w)) {
			fail(lx, p, "invalid UTF-8 encoding");
			p++;
		} else if (c == 0xfeff) {
			fail(lx, p, "invalid BOM in the middle of the file");
			p += w;
		} else {
			return p;
		}
	}
	return p;
}

/* The width of the character at p, which skip_bad found good. */
static int char_width(const Lexer *lx, const char *p)
{
	int32_t c;
	if ((unsigned char)*p < 0x80)
		return 1;
	return utf8_decode(p, (size_t)(lx->lim - p), &c);
}

/* Go's %#U: U+0040 '@' (the character only when printable). */
static void fmt_char(char *buf, size_t size, int32_t c)
{
	int n = snprintf(buf, size, "U+%04X", (unsigned)c);
	if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) ||
	    c == 0xfeff)
		return;
	char enc[UTF8_MAX_BYTES + 1] = {0};
	utf8_encode(enc, c);
	snprintf(buf + n, size - (size_t)n, " '%s'", enc);
}

/* An unexpected character at p: Go's invalid character / NUL / UTF-8.
 * Returns the number of bytes to skip. */
static int bad_char(Lexer *lx, const char *p)
{
	int32_t c;
	char buf[64], msg[96];
	if (p >= lx->lim) {
		fail(lx, p, "unexpected EOF");
		return 0;
	}
	if (*p == 0) {
		fail(lx, p, "invalid NUL character");
		return 1;
	}
	int n = utf8_decode(p, (size_t)(lx->lim - p), &c);
	if (utf8_invalid(c, n)) {
		fail(lx, p, "invalid UTF-8 encoding");
		return 1;
	}
	if (c == 0xfeff) {
		fail(lx, p, "invalid BOM in the middle of the file");
		return n;
	}
	fmt_char(buf, sizeof buf, c);
	snprintf(msg, sizeof msg, "invalid character %s", buf);
	fail(lx, p, msg);
	return n;
}

/* ---- numbers (scanner.go's number) ---- */

static int lower(int c)
{
	return c | ('a' - 'A');
}

static bool is_dec(int c)
{
	return c >= '0' && c <= '9';
}

static bool is_hex(int c)
{
	return is_dec(c) || (lower(c) >= 'a' && lower(c) <= 'f');
}

static const char *base_name(int base)
{
	switch (base) {
	case 2: return "binary";
	case 8: return "octal";
	case 10: return "decimal";
	default: return "hexadecimal";
	}
}

/* Digits and '_' from *pp; bit 0: a digit seen, bit 1: a '_' seen.  For
 * bases up to 10 the first digit >= base is remembered in *invalid. */
static int digits(const char **pp, int base, const char **invalid)
{
	const char *p = *pp;
	int digsep = 0;
	if (base <= 10) {
		int max = '0' + base;
		while (is_dec(*p) || *p == '_') {
			if (*p == '_')
				digsep |= 2;
			else {
				digsep |= 1;
				if (*p >= max && invalid && !*invalid)
					*invalid = p;
			}
			p++;
		}
	} else {
		while (is_hex(*p) || *p == '_') {
			digsep |= *p == '_' ? 2 : 1;
			p++;
		}
	}
	*pp = p;
	return digsep;
}

/* Index of the first misplaced '_' in the literal x[0:n], or -1. */
static int invalid_sep(const char *x, int n)
{
	int x1 = ' ', d = '.', i = 0;
	if (n >= 2 && x[0] == '0') {
		x1 = lower(x[1]);
		if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
			d = '0';
			i = 2;
		}
	}
	for (; i < n; i++) {
		int p = d;
		d = x[i];
		if (d == '_') {
			if (p != '0')
				return i;
		} else if (is_dec(d) || (x1 == 'x' && is_hex(d))) {
			d = '0';
		} else {
			if (p == '_')
				return i - 1;
			d = '.';
		}
	}
	return d == '_' ? n - 1 : -1;
}

/* Go's number(): errors are reported once (while ok) and the literal is
 * still returned, so that parsing goes on as in Go. */
static int scan_number(Lexer *lx, bool seen_point)
{
	const char *p = lx->tok, *invalid = NULL;
	char msg[96];
	bool ok = true;
	int kind = TK_INT, base = 10, prefix = 0, digsep = 0;
	if (seen_point)
		p++; /* the '.' */
	if (!seen_point) {
		if (*p == '0') {
			p++;
			switch (lower(*p)) {
			case 'x': p++, base = 16, prefix = 'x'; break;
			case 'o': p++, base = 8, prefix = 'o'; break;
			case 'b': p++, base = 2, prefix = 'b'; break;
			default: base = 8, prefix = '0', digsep = 1; break;
			}
		}
		digsep |= digits(&p, base, &invalid);
		if (*p == '.') {
			if (prefix == 'o' || prefix == 'b') {
				snprintf(msg, sizeof msg,
					 "invalid radix point in %s literal",
					 base_name(base));
				fail(lx, p, msg);
				ok = false;
			}
			p++;
			seen_point = true;
		}
	}
	if (seen_point) {
		kind = TK_FLOAT;
		digsep |= digits(&p, base, &invalid);
	}
	if (!(digsep & 1) && ok) {
		snprintf(msg, sizeof msg, "%s literal has no digits",
			 base_name(base));
		fail(lx, p, msg);
		ok = false;
	}
	int e = lower(*p);
	if (e == 'e' || e == 'p') {
		if (ok && e == 'e' && prefix != 0 && prefix != '0') {
			snprintf(msg, sizeof msg,
				 "'%c' exponent requires decimal mantissa", *p);
			fail(lx, p, msg);
			ok = false;
		} else if (ok && e == 'p' && prefix != 'x') {
			snprintf(msg, sizeof msg,
				 "'%c' exponent requires hexadecimal mantissa",
				 *p);
			fail(lx, p, msg);
			ok = false;
		}
		p++;
		kind = TK_FLOAT;
		if (*p == '+' || *p == '-')
			p++;
		int ds = digits(&p, 10, NULL);
		digsep = ds | (digsep & 2);
		if (!(ds & 1) && ok) {
			fail(lx, p, "exponent has no digits");
			ok = false;
		}
	} else if (prefix == 'x' && kind == TK_FLOAT && ok) {
		fail(lx, p, "hexadecimal mantissa requires a 'p' exponent");
		ok = false;
	}
	if (*p == 'i') {
		kind = TK_IMAG;
		p++;
	}
	lx->cur = p;
	if (kind == TK_INT && invalid && ok) {
		snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal",
			 *invalid, base_name(base));
		fail(lx, invalid, msg);
		ok = false;
	}
	if ((digsep & 2) && ok) {
		int i = invalid_sep(lx->tok, (int)(p - lx->tok));
		if (i >= 0)
			fail(lx, lx->tok + i,
			     "'_' must separate successive digits");
	}
	return kind;
}

/* ---- strings and runes (scanner.go's escape, stdString, rune) ---- */

/* One escape after a backslash at *pp; false if it is invalid (reported
 * only when `report`, i.e. for a literal's first bad escape).  Reaching
 * the end of input is left to the caller. */
static bool escape(Lexer *lx, const char **pp, char quote, bool report)
{
	const char *p = *pp;
	char msg[160];
	int n;
	uint32_t base, max;
	if (p >= lx->lim)
		return true;
	switch (*p) {
	case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v':
	case '\\':
		*pp = p + 1;
		return true;
	case '0': case '1': case '2': case '3': case '4': case '5': case '6':
	case '7':
		n = 3, base = 8, max = 255;
		break;
	case 'x': p++, n = 2, base = 16, max = 255; break;
	case 'u': p++, n = 4, base = 16, max = 0x10ffff; break;
	case 'U': p++, n = 8, base = 16, max = 0x10ffff; break;
	default:
		if (*p == quote) {
			*pp = p + 1;
			return true;
		}
		if (report)
			fail(lx, p, "unknown escape");
		return false;
	}
	uint32_t x = 0;
	for (int i = n; i > 0; i--) {
		if (p >= lx->lim) {
			*pp = p;
			return true;
		}
		uint32_t d = base;
		if (is_dec(*p))
			d = (uint32_t)(*p - '0');
		else if (lower(*p) >= 'a' && lower(*p) <= 'f')
			d = (uint32_t)(lower(*p) - 'a' + 10);
		if (d >= base) {
			char c[32];
			if ((unsigned char)*p >= 0x20 && (unsigned char)*p < 0x7f)
				snprintf(c, sizeof c, "'%c'", *p);
			else if (*p == '\n')
				snprintf(c, sizeof c, "'\\n'");
			else
				snprintf(c, sizeof c, "'\\x%02x'",
					 (unsigned char)*p);
			snprintf(msg, sizeof msg, "invalid character %s in %s escape",
				 c, base_name((int)base));
			if (report)
			fail(lx, p, msg);
			return false;
		}
		x = x * base + d;
		p++;
	}
	*pp = p;
	if (x > max && base == 8) {
		snprintf(msg, sizeof msg, "octal escape value %u > 255", x);
		if (report)
			fail(lx, p, msg);
		return false;
	}
	if (x > max || (x >= 0xd800 && x < 0xe000)) {
		char c[64];
		fmt_char(c, sizeof c, (int32_t)x);
		snprintf(msg, sizeof msg, "escape is invalid Unicode code point %s",
			 c);
		if (report)
			fail(lx, p, msg);
		return false;
	}
	return true;
}

/* The literal scanners below stop at a newline (not consumed) or at the
 * end of input after reporting it, and return the literal all the same. */
static int scan_string(Lexer *lx)
{
	const char *p = lx->tok + 1;
	bool ok = true;
	for (;;) {
		p = skip_bad(lx, p);
		if (p >= lx->lim) {
			fail(lx, lx->tok, "string literal not terminated");
			break;
		}
		if (*p == '"') {
			p++;
			break;
		}
		if (*p == '\\') {
			p++;
			if (!escape(lx, &p, '"', ok))
				ok = false;
			continue;
		}
		if (*p == '\n') {
			fail(lx, p, "newline in string");
			break;
		}
		p += char_width(lx, p);
	}
	lx->cur = p;
	return TK_STRING;
}

static int scan_raw_string(Lexer *lx)
{
	const char *p = lx->tok + 1;
	int line = lx->line;
	const char *linestart = lx->linestart;
	for (;;) {
		p = skip_bad(lx, p);
		if (p >= lx->lim) {
			int endline = lx->line;
			const char *endstart = lx->linestart;
			lx->line = line;
			lx->linestart = linestart;
			fail(lx, lx->tok, "raw string literal not terminated");
			lx->line = endline;
			lx->linestart = endstart;
			lx->cur = p;
			return TK_STRING;
		}
		if (*p == '`')
			break;
		if (*p == '\n')
			newline_at(lx, p);
		p += char_width(lx, p);
	}
	lx->cur = p + 1;
	return TK_STRING;
}

static int scan_rune(Lexer *lx)
{
	const char *p = lx->tok + 1;
	bool ok = true;
	for (int n = 0;; n++) {
		p = skip_bad(lx, p);
		if (p >= lx->lim) {
			if (ok)
				fail(lx, lx->tok, "rune literal not terminated");
			break;
		}
		if (*p == '\'') {
			if (ok && n == 0)
				fail(lx, p, "empty rune literal or unescaped ' in rune literal");
			else if (ok && n != 1)
				fail(lx, lx->tok,
				     "more than one character in rune literal");
			p++;
			break;
		}
		if (*p == '\\') {
			p++;
			if (!escape(lx, &p, '\'', ok))
				ok = false;
			continue;
		}
		if (*p == '\n') {
			if (ok)
				fail(lx, p, "newline in rune literal");
			break;
		}
		p += char_width(lx, p);
	}
	lx->cur = p;
	return TK_CHAR;
}

/* ---- comments ---- */

/* Skip a general comment whose opening starts at lx->tok; true if it spans
 * lines.  False and an error when it is not terminated. */
static bool skip_comment(Lexer *lx, bool *multiline)
{
	const char *p = lx->tok + 2;
	int line = lx->line;
	const char *linestart = lx->linestart;
	*multiline = false;
	for (;;) {
		p = skip_bad(lx, p);
		if (p >= lx->lim)
			break;
		if (p[0] == '*' && p[1] == '/') {
			lx->cur = p + 2;
			return true;
		}
		if (*p == '\n') {
			newline_at(lx, p);
			*multiline = true;
		}
		p += char_width(lx, p);
	}
	int endline = lx->line;
	const char *endstart = lx->linestart;
	lx->line = line;
	lx->linestart = linestart;
	fail(lx, lx->tok, "comment not terminated");
	lx->line = endline;
	lx->linestart = endstart;
	lx->cur = lx->lim;
	return false;
}

/* Skip a line comment up to its newline (not consumed). */
static void skip_line_comment(Lexer *lx)
{
	const char *p = lx->cur;
	for (;;) {
		p = skip_bad(lx, p);
		if (p >= lx->lim || *p == '\n')
			break;
		p += char_width(lx, p);
	}
	lx->cur = p;
}

/* ---- identifiers with characters Go does not allow ---- */

/* The length of the well-formed identifier at the start of s. */
static int ident_prefix(const char *s)
{
	const char *cur = s, *mar;
	(void)mar;
	/*!re2c
	re2c:define:YYCTYPE = "unsigned char";
	re2c:define:YYCURSOR = "cur";
	re2c:define:YYMARKER = "mar";
	re2c:yyfill:enable = 0;

	([a-zA-Z_] | L) ([a-zA-Z_0-9] | L | Nd)* { return (int)(cur - s); }
	* { return 0; }
	*/
}

/* Go's scanner takes any non-ASCII character into an identifier, with
 * "invalid character U+00B7 '·' in identifier" for a non-letter; the
 * identifier is still returned. */
static int scan_bad_ident(Lexer *lx)
{
	const char *bad = lx->tok + ident_prefix(lx->tok);
	int32_t c;
	char buf[64], msg[128];
	utf8_decode(bad, (size_t)(lx->lim - bad), &c);
	fmt_char(buf, sizeof buf, c);
	snprintf(msg, sizeof msg, "invalid character %s in identifier", buf);
	fail(lx, bad, msg);
	return TK_IDENT;
}

/* ---- the automaton ---- */

static bool ends_statement(int code)
{
	switch (code) {
	case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR:
	case TK_STRING: case TK_BREAK: case TK_CONTINUE: case TK_FALLTHROUGH:
	case TK_RETURN: case TK_INC: case TK_DEC: case TK_RPAREN:
	case TK_RBRACK: case TK_RBRACE:
		return true;
	default:
		return false;
	}
}

/* Scan one token; returns its code, 0 at the end, -1 for "scan again"
 * (whitespace, comments).  Semicolons are produced here too. */
static int scan(Lexer *lx, Token *t)
{
	bool multiline;
	lx->tok = lx->cur;
	t->op = 0;
	/*!re2c
	re2c:define:YYCTYPE = "unsigned char";
	re2c:define:YYCURSOR = "lx->cur";
	re2c:define:YYMARKER = "lx->mar";
	re2c:yyfill:enable = 0;

	letter = [a-zA-Z_] | L;
	digit = [0-9] | Nd;
	nonletter = [\u0080-\uD7FF\uE000-\U0010FFFF];

	"\x00" {
		lx->cur--;
		if (lx->cur < lx->lim) {
			lx->cur += bad_char(lx, lx->cur);
			return -1;
		}
		if (lx->nlsemi) {
			lx->nlsemi = false;
			t->lit = "EOF", t->len = 3;
			return TK_SEMI;
		}
		return 0;
	}
	[ \t\r]+ { return -1; }
	"\n" {
		newline_at(lx, lx->tok);
		if (lx->nlsemi) {
			lx->nlsemi = false;
			t->lit = "newline", t->len = 7;
			t->pos.line = lx->line - 1;
			return TK_SEMI;
		}
		return -1;
	}
	"//" { skip_line_comment(lx); return -1; }
	"/*" {
		if (!skip_comment(lx, &multiline))
			return 0;
		if (multiline && lx->nlsemi) {
			lx->nlsemi = false;
			t->lit = "newline", t->len = 7;
			return TK_SEMI;
		}
		return -1;
	}

	"break"       { return TK_BREAK; }
	"case"        { return TK_CASE; }
	"chan"        { return TK_CHAN; }
	"const"       { return TK_CONST; }
	"continue"    { return TK_CONTINUE; }
	"default"     { return TK_DEFAULT; }
	"defer"       { return TK_DEFER; }
	"else"        { return TK_ELSE; }
	"fallthrough" { return TK_FALLTHROUGH; }
	"for"         { return TK_FOR; }
	"func"        { return TK_FUNC; }
	"go"          { return TK_GO; }
	"goto"        { return TK_GOTO; }
	"if"          { return TK_IF; }
	"import"      { return TK_IMPORT; }
	"interface"   { return TK_INTERFACE; }
	"map"         { return TK_MAP; }
	"package"     { return TK_PACKAGE; }
	"range"       { return TK_RANGE; }
	"return"      { return TK_RETURN; }
	"select"      { return TK_SELECT; }
	"struct"      { return TK_STRUCT; }
	"switch"      { return TK_SWITCH; }
	"type"        { return TK_TYPE; }
	"var"         { return TK_VAR; }

	letter (letter | digit)* { return TK_IDENT; }
	(letter | nonletter) (letter | digit | nonletter)* {
		return scan_bad_ident(lx);
	}

	[0-9]    { return scan_number(lx, false); }
	"." [0-9] { return scan_number(lx, true); }
	["]      { return scan_string(lx); }
	[`]      { return scan_raw_string(lx); }
	[']      { return scan_rune(lx); }

	"+"   { return TK_ADD; }
	"-"   { return TK_SUB; }
	"*"   { return TK_MUL; }
	"/"   { return TK_QUO; }
	"%"   { return TK_REM; }
	"&"   { return TK_AND; }
	"|"   { return TK_OR; }
	"^"   { return TK_XOR; }
	"<<"  { return TK_SHL; }
	">>"  { return TK_SHR; }
	"&^"  { return TK_AND_NOT; }
	"+="  { t->op = TK_ADD; return TK_ASSIGNOP; }
	"-="  { t->op = TK_SUB; return TK_ASSIGNOP; }
	"*="  { t->op = TK_MUL; return TK_ASSIGNOP; }
	"/="  { t->op = TK_QUO; return TK_ASSIGNOP; }
	"%="  { t->op = TK_REM; return TK_ASSIGNOP; }
	"&="  { t->op = TK_AND; return TK_ASSIGNOP; }
	"|="  { t->op = TK_OR; return TK_ASSIGNOP; }
	"^="  { t->op = TK_XOR; return TK_ASSIGNOP; }
	"<<=" { t->op = TK_SHL; return TK_ASSIGNOP; }
	">>=" { t->op = TK_SHR; return TK_ASSIGNOP; }
	"&^=" { t->op = TK_AND_NOT; return TK_ASSIGNOP; }
	"&&"  { return TK_LAND; }
	"||"  { return TK_LOR; }
	"<-"  { return TK_ARROW; }
	"++"  { return TK_INC; }
	"--"  { return TK_DEC; }
	"=="  { return TK_EQL; }
	"<"   { return TK_LSS; }
	">"   { return TK_GTR; }
	"="   { return TK_ASSIGN; }
	"!"   { return TK_NOT; }
	"~"   { return TK_TILDE; }
	"!="  { return TK_NEQ; }
	"<="  { return TK_LEQ; }
	">="  { return TK_GEQ; }
	":="  { return TK_DEFINE; }
	"..." { return TK_ELLIPSIS; }
	"("   { return TK_LPAREN; }
	"["   { return TK_LBRACK; }
	"{"   { return TK_LBRACE; }
	","   { return TK_COMMA; }
	"."   { return TK_PERIOD; }
	")"   { return TK_RPAREN; }
	"]"   { return TK_RBRACK; }
	"}"   { return TK_RBRACE; }
	";"   { t->lit = "semicolon", t->len = 9; return TK_SEMI; }
	":"   { return TK_COLON; }

	* {
		lx->cur = lx->tok + bad_char(lx, lx->tok);
		return -1;
	}
	*/
}

void lex_next(Lexer *lx, Token *t)
{
	int code;
	do {
		t->lit = NULL;
		t->pos = pos_of(lx, lx->cur);
		code = scan(lx, t);
	} while (code < 0);
	t->code = code;
	if (code != TK_SEMI || !t->lit) {
		t->lit = lx->tok;
		t->len = (int)(lx->cur - lx->tok);
	}
	lx->nlsemi = ends_statement(code);
}
