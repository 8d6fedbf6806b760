/* strbuf.h: the one growable byte buffer of gvm.
 *
 * Every layer builds text with it: the checker's messages and type names,
 * fmt's formatting, the VM's panic reports and tracebacks.  A StrBuf is
 * zero-initialised before use ({0}) and owns its bytes until sb_free.
 * The data is not NUL-terminated unless sb_cstr is called.
 */
#ifndef GVM_STRBUF_H
#define GVM_STRBUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct StrBuf {
	char *data;
	size_t len, cap;
} StrBuf;

void sb_free(StrBuf *b);
void sb_reset(StrBuf *b);
void sb_write(StrBuf *b, const char *p, size_t n);
void sb_puts(StrBuf *b, const char *s);
void sb_putc(StrBuf *b, char c);
/* n copies of c. */
void sb_repeat(StrBuf *b, char c, size_t n);
/* printf-style formatting appended to b. */
void sb_printf(StrBuf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *b, const char *fmt, va_list ap);
/* The contents as a NUL-terminated string (the NUL is not counted in len). */
const char *sb_cstr(StrBuf *b);

#endif
