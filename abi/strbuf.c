/* strbuf.c: the growable byte buffer (see strbuf.h).
 *
 * Capacity doubles from 64 bytes, so appending n bytes one at a time costs
 * O(n) copies in all.
 */
#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void grow(StrBuf *b, size_t extra)
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

void sb_free(StrBuf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

void sb_reset(StrBuf *b)
{
	b->len = 0;
}

void sb_write(StrBuf *b, const char *p, size_t n)
{
	if (n == 0)
		return;
	grow(b, n);
	memcpy(b->data + b->len, p, n);
	b->len += n;
}

void sb_puts(StrBuf *b, const char *s)
{
	sb_write(b, s, strlen(s));
}

void sb_putc(StrBuf *b, char c)
{
	grow(b, 1);
	b->data[b->len++] = c;
}

void sb_repeat(StrBuf *b, char c, size_t n)
{
	if (n == 0)
		return;
	grow(b, n);
	memset(b->data + b->len, c, n);
	b->len += n;
}

void sb_vprintf(StrBuf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n <= 0)
		return;
	grow(b, (size_t)n + 1);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void sb_printf(StrBuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	sb_vprintf(b, fmt, ap);
	va_end(ap);
}

const char *sb_cstr(StrBuf *b)
{
	grow(b, 1);
	b->data[b->len] = '\0';
	return b->data;
}
