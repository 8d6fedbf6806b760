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

/* ---- the buffer ---- */

static void buf_grow(FmtBuf *b, size_t extra)
{
	size_t need = b->len + extra;
	if (need <= b->cap)
		return;
	size_t cap = b->cap ? b->cap * 2 : 64;
	while (cap < need)
		cap *= 2;
	char *p = realloc(b->data, cap);
	if (!p)
		abort(); /* out of memory: nothing sensible to print */
	b->data = p;
	b->cap = cap;
}

void fmt_buf_free(FmtBuf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

void fmt_buf_reset(FmtBuf *b)
{
	b->len = 0;
}

void fmt_buf_write(FmtBuf *b, const char *p, size_t n)
{
	if (n == 0)
		return;
	buf_grow(b, n);
	memcpy(b->data + b->len, p, n);
	b->len += n;
}

void fmt_buf_puts(FmtBuf *b, const char *s)
{
	fmt_buf_write(b, s, strlen(s));
}

void fmt_buf_putc(FmtBuf *b, char c)
{
	buf_grow(b, 1);
	b->data[b->len++] = c;
}

static void buf_repeat(FmtBuf *b, char c, size_t n)
{
	buf_grow(b, n);
	memset(b->data + b->len, c, n);
	b->len += n;
}

/* ---- UTF-8 ---- */

int fmt_utf8_decode(const char *str, size_t n, int32_t *r)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned c = s[0];
	if (c < 0x80) {
		*r = (int32_t)c;
		return 1;
	}
	int len;
	int32_t v;
	unsigned lo = 0x80, hi = 0xBF; /* range of the second byte */
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2, v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3, v = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;
		if (c == 0xED)
			hi = 0x9F; /* no surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4, v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;
		if (c == 0xF4)
			hi = 0x8F;
	} else {
		goto bad;
	}
	if ((size_t)len > n || s[1] < lo || s[1] > hi)
		goto bad;
	v = (v << 6) | (s[1] & 0x3F);
	for (int i = 2; i < len; i++) {
		if (s[i] < 0x80 || s[i] > 0xBF)
			goto bad;
		v = (v << 6) | (s[i] & 0x3F);
	}
	*r = v;
	return len;
bad:
	*r = FMT_RUNE_ERROR;
	return 1;
}

int fmt_utf8_encode(char *dst, int32_t r)
{
	unsigned char *d = (unsigned char *)dst;
	if (r >= 0 && r < 0x80) {
		d[0] = (unsigned char)r;
		return 1;
	}
	if (r >= 0x80 && r < 0x800) {
		d[0] = (unsigned char)(0xC0 | (r >> 6));
		d[1] = (unsigned char)(0x80 | (r & 0x3F));
		return 2;
	}
	if (r < 0 || r > FMT_MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
		r = FMT_RUNE_ERROR;
	if (r < 0x10000) {
		d[0] = (unsigned char)(0xE0 | (r >> 12));
		d[1] = (unsigned char)(0x80 | ((r >> 6) & 0x3F));
		d[2] = (unsigned char)(0x80 | (r & 0x3F));
		return 3;
	}
	d[0] = (unsigned char)(0xF0 | (r >> 18));
	d[1] = (unsigned char)(0x80 | ((r >> 12) & 0x3F));
	d[2] = (unsigned char)(0x80 | ((r >> 6) & 0x3F));
	d[3] = (unsigned char)(0x80 | (r & 0x3F));
	return 4;
}

size_t fmt_rune_count(const char *s, size_t n)
{
	size_t count = 0;
	for (size_t i = 0; i < n; count++) {
		int32_t r;
		if ((unsigned char)s[i] < 0x80)
			i++;
		else
			i += (size_t)fmt_utf8_decode(s + i, n - i, &r);
	}
	return count;
}

/* ---- padding ---- */

void fmt_write_padding(Fmt *f, int n)
{
	if (n <= 0)
		return;
	buf_repeat(f->buf, f->fl.zero && !f->fl.minus ? '0' : ' ', (size_t)n);
}

void fmt_pad(Fmt *f, const char *s, size_t n)
{
	if (!f->fl.wid_present || f->wid == 0) {
		fmt_buf_write(f->buf, s, n);
		return;
	}
	int width = f->wid - (int)fmt_rune_count(s, n);
	if (!f->fl.minus) {
		fmt_write_padding(f, width);
		fmt_buf_write(f->buf, s, n);
	} else {
		fmt_buf_write(f->buf, s, n);
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
	char *buf = size <= sizeof small ? small : malloc(size);
	if (!buf)
		abort();
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
		free(buf);
}

/* %U: U+0041, at least four hex digits; %#U appends ' 'A'' when printable. */
void fmt_unicode(Fmt *f, uint64_t u)
{
	int prec = 4;
	if (f->fl.prec_present && f->prec > 4)
		prec = f->prec;
	size_t size = (size_t)prec + 32;
	char small[64];
	char *buf = size <= sizeof small ? small : malloc(size);
	if (!buf)
		abort();
	size_t i = size;
	if (f->fl.sharp && u <= FMT_MAX_RUNE && fmt_is_print((int32_t)u)) {
		char enc[4];
		int w = fmt_utf8_encode(enc, (int32_t)u);
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
		free(buf);
}

static int32_t to_rune(uint64_t c)
{
	return c > FMT_MAX_RUNE ? FMT_RUNE_ERROR : (int32_t)c;
}

void fmt_char(Fmt *f, uint64_t c)
{
	char enc[4];
	int w = fmt_utf8_encode(enc, to_rune(c));
	fmt_pad(f, enc, (size_t)w);
}

void fmt_qchar(Fmt *f, uint64_t c)
{
	FmtBuf q = {0};
	fmt_quote_rune(&q, to_rune(c), f->fl.plus);
	fmt_pad(f, q.data, q.len);
	fmt_buf_free(&q);
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
		i += (size_t)fmt_utf8_decode(s + i, n - i, &r);
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
	FmtBuf *b = f->buf;
	if (f->fl.sharp) {
		fmt_buf_putc(b, '0');
		fmt_buf_putc(b, digits[16]);
	}
	for (size_t i = 0; i < length; i++) {
		if (f->fl.space && i > 0) {
			fmt_buf_putc(b, ' ');
			if (f->fl.sharp) {
				fmt_buf_putc(b, '0');
				fmt_buf_putc(b, digits[16]);
			}
		}
		unsigned char c = (unsigned char)s[i];
		fmt_buf_putc(b, digits[c >> 4]);
		fmt_buf_putc(b, digits[c & 0xF]);
	}
	if (padl && f->fl.minus)
		fmt_write_padding(f, f->wid - (int)width);
}

/* strconv.CanBackquote */
static bool can_backquote(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		int32_t r;
		int w = fmt_utf8_decode(s + i, n - i, &r);
		i += (size_t)w;
		if (w > 1) {
			if (r == 0xFEFF)
				return false; /* an invisible BOM */
			continue;
		}
		if (r == FMT_RUNE_ERROR)
			return false;
		if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F)
			return false;
	}
	return true;
}

void fmt_str_quote(Fmt *f, const char *s, size_t n)
{
	n = truncate_len(f, s, n);
	FmtBuf q = {0};
	if (f->fl.sharp && can_backquote(s, n)) {
		fmt_buf_putc(&q, '`');
		fmt_buf_write(&q, s, n);
		fmt_buf_putc(&q, '`');
	} else {
		fmt_quote(&q, s, n, f->fl.plus);
	}
	fmt_pad(f, q.data, q.len);
	fmt_buf_free(&q);
}

/* ---- strconv quoting ---- */

static void put_hex(FmtBuf *b, const char *esc, uint32_t v, int ndig)
{
	fmt_buf_puts(b, esc);
	for (int s = (ndig - 1) * 4; s >= 0; s -= 4)
		fmt_buf_putc(b, ldigits[(v >> s) & 0xF]);
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

static void escaped_rune(FmtBuf *b, int32_t r, char quote, bool ascii_only)
{
	char enc[4];
	if (r == quote || r == '\\') {
		fmt_buf_putc(b, '\\');
		fmt_buf_putc(b, (char)r);
		return;
	}
	bool keep = ascii_only ? r < 0x80 && fmt_is_print(r) : fmt_is_print(r);
	if (keep) {
		fmt_buf_write(b, enc, (size_t)fmt_utf8_encode(enc, r));
		return;
	}
	const char *e = simple_escape(r);
	if (e)
		fmt_buf_puts(b, e);
	else if (r < ' ' || r == 0x7F)
		put_hex(b, "\\x", (uint32_t)r, 2);
	else if (r > FMT_MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
		put_hex(b, "\\u", FMT_RUNE_ERROR, 4);
	else if (r < 0x10000)
		put_hex(b, "\\u", (uint32_t)r, 4);
	else
		put_hex(b, "\\U", (uint32_t)r, 8);
}

void fmt_quote(FmtBuf *out, const char *s, size_t n, bool ascii_only)
{
	fmt_buf_putc(out, '"');
	for (size_t i = 0; i < n;) {
		int32_t r;
		int w = fmt_utf8_decode(s + i, n - i, &r);
		if (w == 1 && r == FMT_RUNE_ERROR)
			put_hex(out, "\\x", (unsigned char)s[i], 2);
		else
			escaped_rune(out, r, '"', ascii_only);
		i += (size_t)w;
	}
	fmt_buf_putc(out, '"');
}

void fmt_quote_rune(FmtBuf *out, int32_t r, bool ascii_only)
{
	if (r < 0 || r > FMT_MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
		r = FMT_RUNE_ERROR;
	fmt_buf_putc(out, '\'');
	escaped_rune(out, r, '\'', ascii_only);
	fmt_buf_putc(out, '\'');
}
