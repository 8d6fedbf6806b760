/* strbuf.h: the one growable byte buffer of gvm.
 *
 * Every layer builds text with it: the checker's messages and type names,
 * fmt's formatting, the VM's panic reports and tracebacks.  A StrBuf owns
 * its bytes until sb_free; they come from b->mem, the Mem of the VM or
 * the compilation the buffer belongs to:
 *
 *     StrBuf b = SB_INIT(mem);
 *
 * A zeroed StrBuf ({0}, mem NULL) uses the C library's allocator: only
 * code outside a VM (tests, tools) may use one.  When memory runs out the
 * write is dropped and the Mem records the failure (see mem.h), which the
 * owner checks; a buffer of the compiler never sees a failure (its Mem
 * jumps out of the compilation instead).
 * The data is not NUL-terminated unless sb_cstr is called.
 */
#ifndef GVM_STRBUF_H
#define GVM_STRBUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

#include "mem.h"

typedef struct StrBuf {
	char *data;
	size_t len, cap;
	Mem *mem;      /* where data comes from (NULL: the C library) */
	bool failed;   /* a write was dropped: out of memory (sb_reset clears) */
} StrBuf;

/* An empty buffer allocating from mem. */
#define SB_INIT(m) ((StrBuf){NULL, 0, 0, (m), false})

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
/* The contents as a NUL-terminated string (the NUL is not counted in len);
 * "" when out of memory. */
const char *sb_cstr(StrBuf *b);

#endif
