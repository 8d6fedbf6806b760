/* literal.c: the values of string, rune and integer literals.
 *
 * Escapes follow the spec: \a \b \f \n \r \t \v \\ and the quote, \ooo and
 * \xhh give one byte, \uhhhh and \Uhhhhhhhh give a code point encoded in
 * UTF-8 by abi/utf8.h, gvm's one codec.  A decoded string is never longer
 * than its literal, so the output buffer is allocated once at the
 * literal's length.
 */
#include "literal.h"

#include <string.h>

#include "utf8.h"

int lit_digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Decode the escape after a backslash at s[*i] (s ends at n).  Sets *val
 * and *is_byte (octal and \x escapes are bytes, not code points). */
static bool unescape(const char *s, int n, int *i, char quote, uint32_t *val,
		     bool *is_byte)
{
	int k = *i, digits, base;
	*is_byte = false;
	if (k >= n)
		return false;
	char c = s[k++];
	switch (c) {
	case 'a': *val = 7; break;
	case 'b': *val = 8; break;
	case 'f': *val = 12; break;
	case 'n': *val = 10; break;
	case 'r': *val = 13; break;
	case 't': *val = 9; break;
	case 'v': *val = 11; break;
	case '\\': *val = '\\'; break;
	case 'x': digits = 2, base = 16; goto number;
	case 'u': digits = 4, base = 16; goto number;
	case 'U': digits = 8, base = 16; goto number;
	default:
		if (c == quote) {
			*val = (uint32_t)c;
			break;
		}
		if (c >= '0' && c <= '7') {
			k--;
			digits = 3, base = 8;
			goto number;
		}
		return false;
	}
	*i = k;
	return true;
number:
	*val = 0;
	for (int d = 0; d < digits; d++) {
		int v = k < n ? lit_digit_value(s[k]) : -1;
		if (v < 0 || v >= base)
			return false;
		*val = *val * (uint32_t)base + (uint32_t)v;
		k++;
	}
	*is_byte = c != 'u' && c != 'U';
	if (*is_byte ? *val > 255
		     : (*val > 0x10ffff || (*val >= 0xd800 && *val < 0xe000)))
		return false;
	*i = k;
	return true;
}

bool lit_unquote_string(Arena *arena, const char *lit, int len, char **out,
			int64_t *outlen)
{
	if (len < 2 || lit[len - 1] != lit[0] ||
	    (lit[0] != '"' && lit[0] != '`'))
		return false;
	char *buf = arena_alloc(arena, (size_t)len);
	int o = 0;
	if (lit[0] == '`') {
		for (int i = 1; i < len - 1; i++)
			if (lit[i] != '\r')
				buf[o++] = lit[i];
	} else {
		for (int i = 1; i < len - 1;) {
			if (lit[i] != '\\') {
				buf[o++] = lit[i++];
				continue;
			}
			i++;
			uint32_t v;
			bool is_byte;
			if (!unescape(lit, len - 1, &i, '"', &v, &is_byte))
				return false;
			if (is_byte)
				buf[o++] = (char)v;
			else
				o += utf8_encode(buf + o, v);
		}
	}
	buf[o] = '\0';
	*out = buf;
	*outlen = o;
	return true;
}

bool lit_rune(const char *lit, int len, int32_t *out)
{
	if (len < 3 || lit[0] != '\'' || lit[len - 1] != '\'')
		return false;
	int i = 1;
	if (lit[1] == '\\') {
		uint32_t v;
		bool is_byte;
		i = 2;
		if (!unescape(lit, len - 1, &i, '\'', &v, &is_byte))
			return false;
		*out = (int32_t)v;
	} else {
		int32_t c;
		int size = utf8_decode(lit + 1, (size_t)(len - 2), &c);
		if (utf8_invalid(c, size))
			return false;
		*out = c;
		i = 1 + size;
	}
	return i == len - 1;
}

const char *lit_int_digits(Arena *arena, const char *lit, int len, int *base)
{
	int i = 0;
	*base = 10;
	if (len >= 2 && lit[0] == '0') {
		switch (lit[1] | 0x20) {
		case 'x': *base = 16, i = 2; break;
		case 'o': *base = 8, i = 2; break;
		case 'b': *base = 2, i = 2; break;
		default: *base = 8, i = 1; break;
		}
	}
	char *buf = arena_alloc(arena, (size_t)len + 2);
	int o = 0;
	for (; i < len; i++)
		if (lit[i] != '_')
			buf[o++] = lit[i];
	if (o == 0)
		buf[o++] = '0'; /* "0" itself, read as legacy octal */
	buf[o] = '\0';
	return buf;
}

bool lit_uint64(const char *lit, int len, uint64_t *out)
{
	int i = 0;
	uint64_t base = 10, v = 0;
	if (len >= 2 && lit[0] == '0') {
		switch (lit[1] | 0x20) {
		case 'x': base = 16, i = 2; break;
		case 'o': base = 8, i = 2; break;
		case 'b': base = 2, i = 2; break;
		default: base = 8, i = 1; break;
		}
	}
	for (; i < len; i++) {
		if (lit[i] == '_')
			continue;
		int d = lit_digit_value(lit[i]);
		if (d < 0 || (uint64_t)d >= base)
			return false;
		if (v > (UINT64_MAX - (uint64_t)d) / base)
			return false;
		v = v * base + (uint64_t)d;
	}
	*out = v;
	return true;
}
