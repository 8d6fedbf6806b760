/* strconv.c: package strconv's natives, under its Go half (strconv.go).
 *
 * The conversions themselves are C: integers to text in any base, text to
 * integers (Go's ParseUint and ParseInt, step by step, so that an error is
 * found where Go finds it: a value out of range is reported at the digit
 * that overflows, before any later bad byte), text to floats, quoting and
 * unquoting.  A parse returns its value and an error code; strconv.go
 * turns the code into Go's *NumError, so the error values (and their
 * Error methods) are ordinary Go.
 *
 * Floats: FormatFloat is stdlib/fmt's exact formatter (float.c).  For
 * ParseFloat the syntax is Go's readFloat, checked here byte for byte
 * (signs, underscores only between digits, hex mantissas with a required
 * p exponent, "inf", "infinity" and "nan" in any case); the value of an
 * accepted text, with its underscores removed, is the C library's strtod
 * (strtof for bitSize 32), correctly rounded as Go's is, ties to even.
 * Overflow gives ±Inf and ErrRange, underflow a denormal or zero and no
 * error, as in Go.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fmt.h"
#include "packages.h"
#include "utf8.h"
#include "vm.h"

/* The error codes of the parsers, as strconv.go reads them. */
enum {
	PARSE_OK,
	PARSE_SYNTAX,  /* ErrSyntax */
	PARSE_RANGE,   /* ErrRange */
	PARSE_BASE,    /* invalid base N */
	PARSE_BITSIZE, /* invalid bit size N */
};

/* Write the string s[0:n] as a new heap string over w[0], w[1]. */
static VMStatus ret_string(VM *vm, uint64_t *w, const char *s, size_t n)
{
	w[0] = w[1] = 0;
	if (n == 0)
		return VM_OK;
	char *p = gc_alloc(vm_heap(vm), n, NULL);
	if (!p)
		return vm_out_of_memory(vm);
	memcpy(p, s, n);
	w[0] = (uint64_t)p;
	w[1] = n;
	return VM_OK;
}

static VMStatus ret_buf(VM *vm, uint64_t *w, StrBuf *b)
{
	if (b->failed)
		return vm_out_of_memory(vm);
	return ret_string(vm, w, b->data, b->len);
}

static char lower(char c)
{
	return (char)(c | ('x' - 'X'));
}

/* The value of a digit in bases up to 36 (a letter in either case), or
 * 36 for a byte that is no digit. */
static unsigned digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return (unsigned)(c - '0');
	if (lower(c) >= 'a' && lower(c) <= 'z')
		return (unsigned)(lower(c) - 'a' + 10);
	return 36;
}

/* ---- integers to text ---- */

static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* u in base (2..36), after a '-' when neg; returns the length. */
static size_t format_bits(char buf[66], uint64_t u, int base, bool neg)
{
	char tmp[66];
	size_t i = sizeof tmp;
	if (neg)
		u = -u;
	do {
		tmp[--i] = digits[u % (unsigned)base];
		u /= (unsigned)base;
	} while (u != 0);
	if (neg)
		tmp[--i] = '-';
	memcpy(buf, tmp + i, sizeof tmp - i);
	return sizeof tmp - i;
}

static VMStatus format_int(VM *vm, uint64_t *w, bool is_signed)
{
	int64_t base = (int64_t)w[1];
	if (base < 2 || base > 36)
		return vm_native_panic(vm, "strconv: illegal AppendInt/FormatInt base");
	char buf[66];
	size_t n = format_bits(buf, w[0], (int)base, is_signed && (int64_t)w[0] < 0);
	return ret_string(vm, w, buf, n);
}

/* func FormatInt(i int64, base int) string */
static VMStatus format_int_native(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	return format_int(vm, w, true);
}

/* func FormatUint(i uint64, base int) string */
static VMStatus format_uint_native(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	return format_int(vm, w, false);
}

/* func Itoa(i int) string */
static VMStatus itoa(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	char buf[66];
	size_t n = format_bits(buf, w[0], 10, (int64_t)w[0] < 0);
	return ret_string(vm, w, buf, n);
}

/* ---- text to integers ---- */

/* Go's underscoreOK: underscores only between digits, or between a base
 * prefix and a digit (s may start with a sign). */
static bool underscore_ok(const char *s, size_t n)
{
	char saw = '^'; /* ^ start, 0 digit or prefix, _ underscore, ! other */
	size_t i = 0;
	if (n >= 1 && (s[0] == '-' || s[0] == '+'))
		s++, n--;
	bool hex = false;
	if (n >= 2 && s[0] == '0' &&
	    (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
		i = 2;
		saw = '0';
		hex = lower(s[1]) == 'x';
	}
	for (; i < n; i++) {
		char c = s[i];
		if (digit_value(c) < (hex ? 16u : 10u)) {
			saw = '0';
			continue;
		}
		if (c == '_') {
			if (saw != '0')
				return false;
			saw = '_';
			continue;
		}
		if (saw == '_')
			return false;
		saw = '!';
	}
	return saw != '_';
}

/* Go's ParseUint on s[0:n]; the value (max for the bit size on a range
 * error) in *out, the error code returned. */
static int parse_uint(const char *s, size_t n, int64_t base, int64_t bitsize,
                      uint64_t *out)
{
	const char *s0 = s;
	size_t n0 = n;
	*out = 0;
	if (n == 0)
		return PARSE_SYNTAX;
	bool base0 = base == 0;
	if (base == 0) {
		base = 10;
		if (s[0] == '0') {
			if (n >= 3 && lower(s[1]) == 'b')
				base = 2, s += 2, n -= 2;
			else if (n >= 3 && lower(s[1]) == 'o')
				base = 8, s += 2, n -= 2;
			else if (n >= 3 && lower(s[1]) == 'x')
				base = 16, s += 2, n -= 2;
			else
				base = 8, s += 1, n -= 1;
		}
	} else if (base < 2 || base > 36) {
		return PARSE_BASE;
	}
	if (bitsize == 0)
		bitsize = 64;
	else if (bitsize < 0 || bitsize > 64)
		return PARSE_BITSIZE;
	uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
	uint64_t maxval = bitsize == 64 ? UINT64_MAX : ((uint64_t)1 << bitsize) - 1;
	bool underscores = false;
	uint64_t v = 0;
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '_' && base0) {
			underscores = true;
			continue;
		}
		unsigned d = digit_value(s[i]);
		if (d >= (unsigned)base)
			return PARSE_SYNTAX;
		if (v >= cutoff) {
			*out = maxval;
			return PARSE_RANGE;
		}
		v *= (uint64_t)base;
		uint64_t v1 = v + d;
		if (v1 < v || v1 > maxval) {
			*out = maxval;
			return PARSE_RANGE;
		}
		v = v1;
	}
	if (underscores && !underscore_ok(s0, n0))
		return PARSE_SYNTAX;
	*out = v;
	return PARSE_OK;
}

/* func parseUint(s string, base int, bitSize int) (n uint64, code int) */
static VMStatus parse_uint_native(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	uint64_t v;
	int code = parse_uint((const char *)w[0], w[1], (int64_t)w[2],
	                      (int64_t)w[3], &v);
	w[0] = v;
	w[1] = (uint64_t)code;
	return VM_OK;
}

/* func parseInt(s string, base int, bitSize int) (n int64, code int):
 * Go's ParseInt, the sign then ParseUint. */
static VMStatus parse_int_native(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	const char *s = (const char *)w[0];
	size_t n = w[1];
	int64_t base = (int64_t)w[2], bitsize = (int64_t)w[3];
	w[0] = 0;
	w[1] = PARSE_SYNTAX;
	if (n == 0)
		return VM_OK;
	bool neg = false;
	if (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-';
		s++, n--;
	}
	uint64_t u;
	int code = parse_uint(s, n, base, bitsize, &u);
	if (code != PARSE_OK && code != PARSE_RANGE) {
		w[1] = (uint64_t)code;
		return VM_OK;
	}
	if (bitsize == 0)
		bitsize = 64;
	uint64_t cutoff = (uint64_t)1 << (bitsize - 1);
	if (!neg && u >= cutoff) {
		w[0] = cutoff - 1;
		w[1] = PARSE_RANGE;
	} else if (neg && u > cutoff) {
		w[0] = -cutoff;
		w[1] = PARSE_RANGE;
	} else {
		w[0] = neg ? -u : u;
		w[1] = PARSE_OK;
	}
	return VM_OK;
}

/* ---- text to floats ---- */

/* How many bytes of s match prefix (lower case), ignoring s's case. */
static size_t prefix_len_ignore_case(const char *s, size_t n, const char *prefix)
{
	size_t i = 0;
	for (; i < n && prefix[i]; i++) {
		char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + ('a' - 'A'));
		if (c != prefix[i])
			break;
	}
	return i;
}

/* Go's special(): a prefix of s that is a signed inf or infinity, or nan;
 * its length in *len. */
static bool special(const char *s, size_t n, double *f, size_t *len)
{
	if (n == 0)
		return false;
	int sign = 1;
	size_t nsign = 0;
	switch (s[0]) {
	case '+':
	case '-':
		if (s[0] == '-')
			sign = -1;
		nsign = 1;
		s++, n--;
		/* fallthrough */
	case 'i':
	case 'I': {
		size_t k = prefix_len_ignore_case(s, n, "infinity");
		if (k > 3 && k < 8)
			k = 3; /* "inf" then something else */
		if (k == 3 || k == 8) {
			*f = sign * INFINITY;
			*len = nsign + k;
			return true;
		}
		break;
	}
	case 'n':
	case 'N':
		if (prefix_len_ignore_case(s, n, "nan") == 3) {
			*f = NAN;
			*len = 3;
			return true;
		}
		break;
	}
	return false;
}

/* Go's readFloat, for its verdict only: the length of the number at the
 * start of s, or 0 when there is none. */
static size_t read_float(const char *s, size_t n)
{
	size_t i = 0;
	bool underscores = false, hex = false;
	if (i < n && (s[i] == '+' || s[i] == '-'))
		i++;
	char expchar = 'e';
	if (i + 2 < n && s[i] == '0' && lower(s[i + 1]) == 'x') {
		i += 2;
		expchar = 'p';
		hex = true;
	}
	bool sawdot = false, sawdigits = false;
	for (; i < n; i++) {
		char c = s[i];
		if (c == '_') {
			underscores = true;
		} else if (c == '.') {
			if (sawdot)
				break;
			sawdot = true;
		} else if ((c >= '0' && c <= '9') ||
		           (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
			sawdigits = true;
		} else {
			break;
		}
	}
	if (!sawdigits)
		return 0;
	if (i < n && lower(s[i]) == expchar) {
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i >= n || s[i] < '0' || s[i] > '9')
			return 0;
		for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++)
			if (s[i] == '_')
				underscores = true;
	} else if (hex) {
		return 0; /* a hex mantissa needs its exponent */
	}
	if (underscores && !underscore_ok(s, i))
		return 0;
	return i;
}

/* Go's parseFloatPrefix followed by ParseFloat's check that the number is
 * all of s: the value in *f, the error code returned (-1: out of memory).
 * The text goes to the C library through buf. */
static int parse_float(StrBuf *buf, const char *s, size_t n, int64_t bitsize,
                       double *f)
{
	size_t len;
	*f = 0;
	if (special(s, n, f, &len)) {
		if (len == n)
			return PARSE_OK;
		*f = 0;
		return PARSE_SYNTAX;
	}
	len = read_float(s, n);
	if (len == 0 || len != n)
		return PARSE_SYNTAX;
	sb_reset(buf);
	for (size_t i = 0; i < len; i++)
		if (s[i] != '_')
			sb_putc(buf, s[i]);
	const char *text = sb_cstr(buf);
	if (buf->failed)
		return -1;
	double v = bitsize == 32 ? (double)strtof(text, NULL) : strtod(text, NULL);
	*f = v;
	return isinf(v) ? PARSE_RANGE : PARSE_OK;
}

/* func parseFloat(s string, bitSize int) (f float64, code int) */
static VMStatus parse_float_native(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	double f;
	int code = parse_float(vm_scratch(vm), (const char *)w[0], w[1],
	                       (int64_t)w[2], &f);
	if (code < 0)
		return vm_out_of_memory(vm);
	memcpy(&w[0], &f, sizeof f);
	w[1] = (uint64_t)code;
	return VM_OK;
}

/* func FormatFloat(f float64, fmt byte, prec, bitSize int) string */
static VMStatus format_float(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	double f;
	memcpy(&f, &w[0], sizeof f);
	int64_t prec = (int64_t)w[2], bitsize = (int64_t)w[3];
	if (bitsize != 32 && bitsize != 64)
		return vm_native_panic(vm,
		        "strconv: illegal AppendFloat/FormatFloat bitSize");
	if (prec > 1 << 29)
		prec = 1 << 29; /* keeps the formatter's sizes in an int */
	if (prec < -1)
		prec = -1;
	StrBuf *b = vm_scratch(vm);
	sb_reset(b);
	fmt_format_float(b, f, (char)w[1], (int)prec, (int)bitsize);
	return ret_buf(vm, w, b);
}

/* ---- quoting ---- */

static VMStatus quote_with(VM *vm, uint64_t *w, FmtQuoteMode mode)
{
	StrBuf *b = vm_scratch(vm);
	sb_reset(b);
	fmt_quote(b, (const char *)w[0], w[1], mode);
	return ret_buf(vm, w, b);
}

static VMStatus quote_rune_with(VM *vm, uint64_t *w, FmtQuoteMode mode)
{
	StrBuf *b = vm_scratch(vm);
	sb_reset(b);
	fmt_quote_rune(b, (int32_t)w[0], mode);
	return ret_buf(vm, w, b);
}

#define QUOTER(name, with, mode)                                \
	static VMStatus name(VM *vm, uint64_t *w, int nvar)     \
	{                                                       \
		(void)nvar;                                     \
		return with(vm, w, mode);                       \
	}

QUOTER(quote, quote_with, FMT_QUOTE_PRINT)
QUOTER(quote_ascii, quote_with, FMT_QUOTE_ASCII)
QUOTER(quote_graphic, quote_with, FMT_QUOTE_GRAPHIC)
QUOTER(quote_rune, quote_rune_with, FMT_QUOTE_PRINT)
QUOTER(quote_rune_ascii, quote_rune_with, FMT_QUOTE_ASCII)
QUOTER(quote_rune_graphic, quote_rune_with, FMT_QUOTE_GRAPHIC)

static VMStatus can_backquote(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	w[0] = fmt_can_backquote((const char *)w[0], w[1]);
	return VM_OK;
}

static VMStatus is_print(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	int32_t r = (int32_t)w[0];
	w[0] = r >= 0 && r <= UTF8_MAX_RUNE && fmt_is_print(r);
	return VM_OK;
}

static VMStatus is_graphic(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	int32_t r = (int32_t)w[0];
	w[0] = r >= 0 && r <= UTF8_MAX_RUNE && fmt_is_graphic(r);
	return VM_OK;
}

/* ---- unquoting ---- */

/* Go's UnquoteChar on s[0:n]: the character in *value, whether it needs a
 * multibyte encoding in *multibyte; returns the bytes consumed, 0 on a
 * syntax error. */
static size_t unquote_char(const char *s, size_t n, char quote, int32_t *value,
                           bool *multibyte)
{
	*value = 0;
	*multibyte = false;
	if (n == 0)
		return 0;
	unsigned char c = (unsigned char)s[0];
	if (c == (unsigned char)quote && (quote == '\'' || quote == '"'))
		return 0;
	if (c >= 0x80) {
		*multibyte = true;
		return (size_t)utf8_decode(s, n, value);
	}
	if (c != '\\') {
		*value = c;
		return 1;
	}
	if (n <= 1)
		return 0;
	char e = s[1];
	size_t used = 2;
	switch (e) {
	case 'a': *value = '\a'; break;
	case 'b': *value = '\b'; break;
	case 'f': *value = '\f'; break;
	case 'n': *value = '\n'; break;
	case 'r': *value = '\r'; break;
	case 't': *value = '\t'; break;
	case 'v': *value = '\v'; break;
	case 'x':
	case 'u':
	case 'U': {
		size_t k = e == 'x' ? 2 : e == 'u' ? 4 : 8;
		if (n - used < k)
			return 0;
		int32_t v = 0;
		for (size_t j = 0; j < k; j++) {
			unsigned x = digit_value(s[used + j]);
			if (x >= 16)
				return 0;
			v = (int32_t)((uint32_t)v << 4 | x);
		}
		used += k;
		if (e != 'x') {
			if (v < 0 || v > UTF8_MAX_RUNE || (v >= 0xD800 && v <= 0xDFFF))
				return 0;
			*multibyte = true;
		}
		*value = v;
		break;
	}
	case '0': case '1': case '2': case '3':
	case '4': case '5': case '6': case '7': {
		int32_t v = e - '0';
		if (n - used < 2)
			return 0;
		for (size_t j = 0; j < 2; j++) {
			int x = s[used + j] - '0';
			if (x < 0 || x > 7)
				return 0;
			v = v << 3 | x;
		}
		used += 2;
		if (v > 255)
			return 0;
		*value = v;
		break;
	}
	case '\\':
		*value = '\\';
		break;
	case '\'':
	case '"':
		if (e != quote)
			return 0;
		*value = e;
		break;
	default:
		return 0;
	}
	return used;
}

/* func unquoteChar(s string, quote byte) (value rune, multibyte bool,
 * tail string, ok bool) */
static VMStatus unquote_char_native(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	const char *s = (const char *)w[0];
	size_t n = w[1];
	int32_t value;
	bool multibyte;
	size_t used = unquote_char(s, n, (char)w[2], &value, &multibyte);
	w[0] = (uint64_t)(int64_t)value;
	w[1] = multibyte;
	w[2] = used ? (uint64_t)(s + used) : 0;
	w[3] = used ? n - used : 0;
	w[4] = used != 0;
	if (!used)
		w[0] = w[1] = 0;
	return VM_OK;
}

static bool contains(const char *s, size_t n, char c)
{
	return memchr(s, c, n) != NULL;
}

static bool valid_utf8(const char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		int32_t r;
		int size = utf8_decode(s + i, n - i, &r);
		if (utf8_invalid(r, size))
			return false;
		i += (size_t)size;
	}
	return true;
}

/* Go's unquote(in, unescape): the quoted string at the start of in.  The
 * unescaped text goes to b (unescape) and *used says how many bytes of in
 * the literal took; false on a syntax error.  *verbatim is set when the
 * result is in itself, without its quotes (in[1:used-1]) and b is unused. */
static bool unquote(StrBuf *b, const char *in, size_t n, bool unescape,
                    size_t *used, bool *verbatim)
{
	*verbatim = false;
	if (n < 2)
		return false;
	char quote = in[0];
	const char *q = memchr(in + 1, quote, n - 1);
	if (!q)
		return false;
	size_t end = (size_t)(q - in) + 1; /* after the closing quote, if no escapes */
	switch (quote) {
	case '`':
		*used = end;
		if (!unescape || !contains(in, end, '\r')) {
			*verbatim = true;
			return true;
		}
		for (size_t i = 1; i < end - 1; i++)
			if (in[i] != '\r')
				sb_putc(b, in[i]);
		return true;
	case '"':
	case '\'':
		if (!contains(in, end, '\\') && !contains(in, end, '\n')) {
			bool valid;
			if (quote == '"') {
				valid = valid_utf8(in + 1, end - 2);
			} else {
				int32_t r = UTF8_RUNE_ERROR;
				size_t size = end > 2 ? (size_t)utf8_decode(in + 1, end - 2, &r) : 0;
				valid = size + 2 == end && !utf8_invalid(r, (int)size);
			}
			if (valid) {
				*used = end;
				*verbatim = true;
				return true;
			}
		}
		size_t i = 1;
		while (i < n && in[i] != quote) {
			int32_t r;
			bool multibyte;
			size_t k = unquote_char(in + i, n - i, quote, &r, &multibyte);
			if (in[i] == '\n' || k == 0)
				return false;
			i += k;
			if (unescape) {
				if (r < 0x80 || !multibyte) {
					sb_putc(b, (char)r);
				} else {
					char enc[UTF8_MAX_BYTES];
					sb_write(b, enc, (size_t)utf8_encode(enc, r));
				}
			}
			if (quote == '\'')
				break;
		}
		if (!(i < n && in[i] == quote))
			return false;
		*used = i + 1;
		if (!unescape)
			*verbatim = true;
		return true;
	default:
		return false;
	}
}

/* func unquote(s string, unescape bool) (out string, rem string, ok bool):
 * out is the value (unescape) or the literal with its quotes. */
static VMStatus unquote_native(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	const char *s = (const char *)w[0];
	size_t n = w[1];
	bool unescape = w[2] != 0;
	StrBuf *b = vm_scratch(vm);
	sb_reset(b);
	size_t used = 0;
	bool verbatim;
	bool ok = unquote(b, s, n, unescape, &used, &verbatim);
	w[2] = ok ? (uint64_t)(s + used) : (uint64_t)s;
	w[3] = ok ? n - used : n;
	w[4] = ok;
	if (!ok) {
		w[0] = w[1] = 0;
		return VM_OK;
	}
	if (verbatim) {
		/* Unescaped, the text between the quotes; else the literal. */
		w[0] = (uint64_t)(unescape ? s + 1 : s);
		w[1] = unescape ? used - 2 : used;
		if (w[1] == 0)
			w[0] = 0;
		return VM_OK;
	}
	return ret_buf(vm, w, b); /* over w[0], w[1] only */
}

static const NativeDecl decls[] = {
	{"func FormatInt(i int64, base int) string", format_int_native},
	{"func FormatUint(i uint64, base int) string", format_uint_native},
	{"func Itoa(i int) string", itoa},
	{"func FormatFloat(f float64, fmt byte, prec, bitSize int) string",
	 format_float},
	{"func parseUint(s string, base int, bitSize int) (n uint64, code int)",
	 parse_uint_native},
	{"func parseInt(s string, base int, bitSize int) (n int64, code int)",
	 parse_int_native},
	{"func parseFloat(s string, bitSize int) (f float64, code int)",
	 parse_float_native},
	{"func Quote(s string) string", quote},
	{"func QuoteToASCII(s string) string", quote_ascii},
	{"func QuoteToGraphic(s string) string", quote_graphic},
	{"func QuoteRune(r rune) string", quote_rune},
	{"func QuoteRuneToASCII(r rune) string", quote_rune_ascii},
	{"func QuoteRuneToGraphic(r rune) string", quote_rune_graphic},
	{"func CanBackquote(s string) bool", can_backquote},
	{"func IsPrint(r rune) bool", is_print},
	{"func IsGraphic(r rune) bool", is_graphic},
	{"func unquoteChar(s string, quote byte) (value rune, multibyte bool, "
	 "tail string, ok bool)", unquote_char_native},
	{"func unquote(s string, unescape bool) (out string, rem string, ok bool)",
	 unquote_native},
};

extern const char stdlib_strconv_source[];

const NativePackage stdlib_strconv = {
	"strconv", decls, sizeof decls / sizeof decls[0], stdlib_strconv_source,
	"/gvm/src/strconv/strconv.go"};
