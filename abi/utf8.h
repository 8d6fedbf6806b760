/* utf8.h: the one UTF-8 codec of gvm, with Go's unicode/utf8 rules.
 *
 * Used by the lexer (source text), literal decoding, the interpreter
 * (range over a string, string(rune)), fmt and package unicode/utf8.
 * Decoding never reads past n bytes.  An invalid sequence (a bad lead or
 * continuation byte, an overlong form, a surrogate, a truncated sequence)
 * decodes as UTF8_RUNE_ERROR of width 1, exactly as utf8.DecodeRune, so a
 * caller that must tell a real U+FFFD from an error tests utf8_invalid().
 */
#ifndef GVM_UTF8_H
#define GVM_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { UTF8_RUNE_ERROR = 0xFFFD, UTF8_MAX_RUNE = 0x10FFFF, UTF8_MAX_BYTES = 4 };

/* Decode the rune at s[0:n] (n > 0); returns its width in bytes. */
static inline int utf8_decode(const char *str, size_t n, int32_t *r)
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
			lo = 0xA0; /* no overlong forms */
		if (c == 0xED)
			hi = 0x9F; /* no surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4, v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;
		if (c == 0xF4)
			hi = 0x8F; /* nothing above U+10FFFF */
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
	*r = UTF8_RUNE_ERROR;
	return 1;
}

/* True when a decode gave (r, width) for an invalid sequence rather than
 * an encoded U+FFFD. */
static inline bool utf8_invalid(int32_t r, int width)
{
	return r == UTF8_RUNE_ERROR && width == 1;
}

/* Encode r into dst (room for UTF8_MAX_BYTES); returns the width.  A
 * negative, surrogate or too large r is encoded as U+FFFD, as Go's
 * string(rune) and utf8.EncodeRune do. */
static inline int utf8_encode(char *dst, int64_t r)
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
	if (r < 0 || r > UTF8_MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
		r = UTF8_RUNE_ERROR;
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

/* The number of runes in s[0:n], invalid bytes counting one each. */
static inline size_t utf8_rune_count(const char *s, size_t n)
{
	size_t count = 0;
	for (size_t i = 0; i < n; count++) {
		int32_t r;
		if ((unsigned char)s[i] < 0x80)
			i++;
		else
			i += (size_t)utf8_decode(s + i, n - i, &r);
	}
	return count;
}

#endif
