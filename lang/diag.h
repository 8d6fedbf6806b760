/* diag.h: compile diagnostics, collected, sorted and printed as Go prints them.
 *
 * Every stage (lexer, parser, checker) reports through one Diag.  Errors are
 * printed sorted by position as `file.go:L:C: message`; after 10 errors Go
 * stops with `too many errors`, and so does gvm.  A message may span several
 * lines (Go's `\thave (...)` / `\twant (...)` continuation lines).
 */
#ifndef GVM_DIAG_H
#define GVM_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

#include "mem.h"
#include "strbuf.h"

typedef struct Pos {
	int line, col; /* 1-based; col counts bytes, as Go does */
} Pos;

typedef struct DiagEntry {
	Pos pos;
	char *msg;
	int seq; /* report order, to keep the sort stable */
} DiagEntry;

typedef struct Diag {
	Mem *mem;             /* the compilation's */
	const char *filename; /* as printed before the position */
	DiagEntry *entries;
	int len, cap;
	bool syntax_error; /* a lexer/parser error: later stages must not run */
} Diag;

void diag_init(Diag *d, const char *filename, Mem *mem);
void diag_free(Diag *d);
/* Record an error at pos (printf-style message, no trailing newline).
 * When printed, an error repeating an earlier one's line and message is
 * dropped, as Go's FlushErrors does. */
void diag_error(Diag *d, Pos pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void diag_verror(Diag *d, Pos pos, const char *fmt, va_list ap);
int diag_count(const Diag *d);
/* Append the errors to out sorted by position (at most 10, then `too many
 * errors`). */
void diag_print(Diag *d, StrBuf *out);

#endif
