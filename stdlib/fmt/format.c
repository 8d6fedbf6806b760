/* format.c: rendering one basic value under one verb's flags.
 *
 * This is the layer under the Printf driver (fmt.c): it knows nothing of
 * verbs' argument matching, only how to lay out an integer, a rune, a string
 * or a quoted string with the width, precision and flags of the current
 * verb, byte for byte as Go's fmt/format.go and strconv/quote.go do.
 *
 * Padding counts runes, not bytes, and pads with '0' only when the zero flag
 * survived ('-' turns it off, since zeros are never written on the right).
 * Integers are built right to left into a scratch buffer; for the zero flag
 * with a width the zeros are produced as if by a precision, leaving room for
 * the sign but not for a 0x prefix (so %#08x of 255 is 0x000000ff, as in Go).
 *
 * Quoting follows strconv: quote and backslash are escaped, printable runes
 * are kept (ASCII only with '+'), the C escapes \a\b\f\n\r\t\v are used
 * where they exist, other bytes below 0x20 and 0x7f become \xNN, an invalid
 * UTF-8 byte becomes \xNN, and other runes \uNNNN or \UNNNNNNNN.
 */
#include <stdlib.h>
#include <string.h>

#include "fmtpriv.h"

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";


/* ---- padding ---- */

void fmt_write_padding(Fmt *f, int n)
{
	if (n <= 0)
		return;
	sb_repeat(f->buf, f->fl.zero && !f->fl.minus ? '0' : ' ', (size_t)n);
}

void fmt_pad(Fmt *f, const char *s, size_t n)
{
	if (!f->fl.wid_present || f->wid == 0) {
		sb_write(f->buf, s, n);
		return;
	}
	int width = f->wid - (int)utf8_rune_count(s, n);
	if (!f->fl.minus) {
		fmt_write_padding(f, width);
		sb_write(f->buf, s, n);
	} else {
		sb_write(f->buf, s, n);
		fmt_write_padding(f, width);
	}
}

/* pad with the zero flag off: for values that Go never zero-pads. */
static void pad_spaces(Fmt *f, const char *s, size_t n)
{
	bool zero = f->fl.zero;
	f->fl.zero = false;
	fmt_pad(f, s, n);
	f->fl.zero = zero;
}

void fmt_boolean(Fmt *f, bool v)
{
	if (v)
		fmt_pad(f, "true", 4);
	else
		fmt_pad(f, "false", 5);
}

/* ---- integers ---- */

/* The prefix (0x, 0b, 0, 0o) the flags ask for; dig is the first digit. */
static int int_prefix(const Fmt *f, int base, int verb, char dig,
                      const char *digits, char *out)
{
	int n = 0;
	if (f->fl.sharp) {
		if (base == 2) {
			out[n++] = '0';
			out[n++] = 'b';
		} else if (base == 8 && dig != '0') {
			out[n++] = '0';
		} else if (base == 16) {
			out[n++] = '0';
			out[n++] = digits[16];
		}
	}
	if (verb == 'O') {
		out[n++] = '0';
		out[n++] = 'o';
	}
	return n;
}

static char int_sign(const Fmt *f, bool negative)
{
	if (negative)
		return '-';
	if (f->fl.plus)
		return '+';
	if (f->fl.space)
		return ' ';
	return 0;
}

void fmt_integer(Fmt *f, uint64_t u, int base, bool is_signed, int verb,
                 bool upper)
{
	const char *digits = upper ? udigits : ldigits;
	bool negative = is_signed && (int64_t)u < 0;
	if (negative)
		u = -u;

	int prec = 0;
	if (f->fl.prec_present) {
		prec = f->prec;
		/* Precision 0 and value 0 print nothing but the padding. */
		if (prec == 0 && u == 0) {
			bool zero = f->fl.zero;
			f->fl.zero = false;
			fmt_write_padding(f, f->wid);
			f->fl.zero = zero;
			return;
		}
	} else if (f->fl.zero && !f->fl.minus && f->fl.wid_present) {
		prec = f->wid;
		if (negative || f->fl.plus || f->fl.space)
			prec--; /* leave room for the sign */
	}

	char small[96];
	size_t size = (size_t)prec + 72;
	char *buf = size <= sizeof small ? small : mem_realloc(f->buf->mem, NULL, size);
	if (!buf) {
		f->buf->failed = true;
		return;
	}
	size_t i = size;
	do {
		buf[--i] = digits[u % (unsigned)base];
		u /= (unsigned)base;
	} while (u);
	while (i > 8 && (int)(size - i) < prec)
		buf[--i] = '0';

	char pre[4];
	int np = int_prefix(f, base, verb, buf[i], digits, pre);
	i -= (size_t)np;
	memcpy(buf + i, pre, (size_t)np);
	char sign = int_sign(f, negative);
	if (sign)
		buf[--i] = sign;
	pad_spaces(f, buf + i, size - i);
	if (buf != small)
		mem_free(f->buf->mem, buf);
}

/* %U: U+0041, at least four hex digits; %#U appends ' 'A'' when printable. */
void fmt_unicode(Fmt *f, uint64_t u)
{
	int prec = 4;
	if (f->fl.prec_present && f->prec > 4)
		prec = f->prec;
	size_t size = (size_t)prec + 32;
	char small[64];
	char *buf = size <= sizeof small ? small : mem_realloc(f->buf->mem, NULL, size);
	if (!buf) {
		f->buf->failed = true;
		return;
	}
	size_t i = size;
	if (f->fl.sharp && u <= UTF8_MAX_RUNE && fmt_is_print((int32_t)u)) {
		char enc[4];
		int w = utf8_encode(enc, (int32_t)u);
		buf[--i] = '\'';
		i -= (size_t)w;
		memcpy(buf + i, enc, (size_t)w);
		buf[--i] = '\'';
		buf[--i] = ' ';
	}
	do {
		buf[--i] = udigits[u & 0xF];
		u >>= 4;
		prec--;
	} while (u);
	for (; prec > 0; prec--)
		buf[--i] = '0';
	buf[--i] = '+';
	buf[--i] = 'U';
	pad_spaces(f, buf + i, size - i);
	if (buf != small)
		mem_free(f->buf->mem, buf);
}

static int32_t to_rune(uint64_t c)
{
	return c > UTF8_MAX_RUNE ? UTF8_RUNE_ERROR : (int32_t)c;
}

void fmt_char(Fmt *f, uint64_t c)
{
	char enc[4];
	int w = utf8_encode(enc, to_rune(c));
	fmt_pad(f, enc, (size_t)w);
}

void fmt_qchar(Fmt *f, uint64_t c)
{
	StrBuf q = SB_INIT(f->buf->mem);
	fmt_quote_rune(&q, to_rune(c),
		       f->fl.plus ? FMT_QUOTE_ASCII : FMT_QUOTE_PRINT);
	f->buf->failed |= q.failed;
	fmt_pad(f, q.data, q.len);
	sb_free(&q);
}

/* ---- strings ---- */

/* The prefix of s holding at most prec runes, when a precision is set. */
static size_t truncate_len(const Fmt *f, const char *s, size_t n)
{
	if (!f->fl.prec_present)
		return n;
	int left = f->prec;
	size_t i = 0;
	while (i < n) {
		if (left-- <= 0)
			return i;
		int32_t r;
		i += (size_t)utf8_decode(s + i, n - i, &r);
	}
	return n;
}

void fmt_str(Fmt *f, const char *s, size_t n)
{
	fmt_pad(f, s, truncate_len(f, s, n));
}

/* %x and %X on strings: two hex digits a byte; ' ' separates bytes and
 * '#' adds 0x (to each byte when both are given). */
void fmt_str_hex(Fmt *f, const char *s, size_t n, bool upper)
{
	const char *digits = upper ? udigits : ldigits;
	size_t length = n;
	if (f->fl.prec_present && (size_t)f->prec < length)
		length = (size_t)f->prec;
	if (length == 0) {
		if (f->fl.wid_present)
			fmt_write_padding(f, f->wid);
		return;
	}
	size_t width = 2 * length;
	if (f->fl.space) {
		if (f->fl.sharp)
			width *= 2;
		width += length - 1;
	} else if (f->fl.sharp) {
		width += 2;
	}
	bool padl = f->fl.wid_present && (size_t)f->wid > width;
	if (padl && !f->fl.minus)
		fmt_write_padding(f, f->wid - (int)width);
	StrBuf *b = f->buf;
	if (f->fl.sharp) {
		sb_putc(b, '0');
		sb_putc(b, digits[16]);
	}
	for (size_t i = 0; i < length; i++) {
		if (f->fl.space && i > 0) {
			sb_putc(b, ' ');
			if (f->fl.sharp) {
				sb_putc(b, '0');
				sb_putc(b, digits[16]);
			}
		}
		unsigned char c = (unsigned char)s[i];
		sb_putc(b, digits[c >> 4]);
		sb_putc(b, digits[c & 0xF]);
	}
	if (padl && f->fl.minus)
		fmt_write_padding(f, f->wid - (int)width);
}

bool fmt_can_backquote(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		int32_t r;
		int w = utf8_decode(s + i, n - i, &r);
		i += (size_t)w;
		if (w > 1) {
			if (r == 0xFEFF)
				return false; /* an invisible BOM */
			continue;
		}
		if (r == UTF8_RUNE_ERROR)
			return false;
		if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
			return false;
	}
	return true;
}

void fmt_str_quote(Fmt *f, const char *s, size_t n)
{
	n = truncate_len(f, s, n);
	StrBuf q = SB_INIT(f->buf->mem);
	if (f->fl.sharp && fmt_can_backquote(s, n)) {
		sb_putc(&q, '`');
		sb_write(&q, s, n);
		sb_putc(&q, '`');
	} else {
		fmt_quote(&q, s, n,
			  f->fl.plus ? FMT_QUOTE_ASCII : FMT_QUOTE_PRINT);
	}
	f->buf->failed |= q.failed;
	fmt_pad(f, q.data, q.len);
	sb_free(&q);
}

/* ---- strconv quoting ---- */

static void put_hex(StrBuf *b, const char *esc, uint32_t v, int ndig)
{
	sb_puts(b, esc);
	for (int s = (ndig - 1) * 4; s >= 0; s -= 4)
		sb_putc(b, ldigits[(v >> s) & 0xF]);
}

static const char *simple_escape(int32_t r)
{
	switch (r) {
	case '\a': return "\\a";
	case '\b': return "\\b";
	case '\f': return "\\f";
	case '\n': return "\\n";
	case '\r': return "\\r";
	case '\t': return "\\t";
	case '\v': return "\\v";
	default: return NULL;
	}
}

static void escaped_rune(StrBuf *b, int32_t r, char quote, FmtQuoteMode mode)
{
	char enc[4];
	if (r == quote || r == '\\') {
		sb_putc(b, '\\');
		sb_putc(b, (char)r);
		return;
	}
	bool keep = mode == FMT_QUOTE_ASCII ? r < 0x80 && fmt_is_print(r)
	          : mode == FMT_QUOTE_GRAPHIC ? fmt_is_graphic(r)
	          : fmt_is_print(r);
	if (keep) {
		sb_write(b, enc, (size_t)utf8_encode(enc, r));
		return;
	}
	const char *e = simple_escape(r);
	if (e)
		sb_puts(b, e);
	else if (r < ' ' || r == 0x7F)
		put_hex(b, "\\x", (uint32_t)r, 2);
	else if (r > UTF8_MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
		put_hex(b, "\\u", UTF8_RUNE_ERROR, 4);
	else if (r < 0x10000)
		put_hex(b, "\\u", (uint32_t)r, 4);
	else
		put_hex(b, "\\U", (uint32_t)r, 8);
}

void fmt_quote(StrBuf *out, const char *s, size_t n, FmtQuoteMode mode)
{
	sb_putc(out, '"');
	for (size_t i = 0; i < n;) {
		int32_t r;
		int w = utf8_decode(s + i, n - i, &r);
		if (w == 1 && r == UTF8_RUNE_ERROR)
			put_hex(out, "\\x", (unsigned char)s[i], 2);
		else
			escaped_rune(out, r, '"', mode);
		i += (size_t)w;
	}
	sb_putc(out, '"');
}

void fmt_quote_rune(StrBuf *out, int32_t r, FmtQuoteMode mode)
{
	if (r < 0 || r > UTF8_MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
		r = UTF8_RUNE_ERROR;
	sb_putc(out, '\'');
	escaped_rune(out, r, '\'', mode);
	sb_putc(out, '\'');
}
