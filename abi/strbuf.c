/* strbuf.c: the growable byte buffer (see strbuf.h).
 *
 * Capacity doubles from 64 bytes, so appending n bytes one at a time costs
 * O(n) copies in all.  Out of memory, a write is dropped whole (the
 * buffer keeps what it had) and b->mem records the failure.
 */
#include "strbuf.h"

#include <stdio.h>
#include <string.h>

static bool grow(StrBuf *b, size_t extra)
{
	size_t need = b->len + extra;
	if (need <= b->cap)
		return true;
	if (need < b->len) {
		if (b->mem)
			b->mem->failed = true;
		b->failed = true;
		return false;
	}
	size_t cap = b->cap ? b->cap * 2 : 64;
	while (cap < need)
		cap *= 2;
	char *p = mem_realloc(b->mem, b->data, cap);
	if (!p) {
		b->failed = true;
		return false;
	}
	b->data = p;
	b->cap = cap;
	return true;
}

void sb_free(StrBuf *b)
{
	mem_free(b->mem, b->data);
	b->data = NULL;
	b->len = b->cap = 0;
	b->failed = false;
}

void sb_reset(StrBuf *b)
{
	b->len = 0;
	b->failed = false;
}

void sb_write(StrBuf *b, const char *p, size_t n)
{
	if (n == 0 || !grow(b, n))
		return;
	memcpy(b->data + b->len, p, n);
	b->len += n;
}

void sb_puts(StrBuf *b, const char *s)
{
	sb_write(b, s, strlen(s));
}

void sb_putc(StrBuf *b, char c)
{
	if (grow(b, 1))
		b->data[b->len++] = c;
}

void sb_repeat(StrBuf *b, char c, size_t n)
{
	if (n == 0 || !grow(b, n))
		return;
	memset(b->data + b->len, c, n);
	b->len += n;
}

void sb_vprintf(StrBuf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n <= 0 || !grow(b, (size_t)n + 1))
		return;
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
	if (!grow(b, 1))
		return "";
	b->data[b->len] = '\0';
	return b->data;
}
