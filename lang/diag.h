/* diag.h: compile diagnostics, collected, sorted and printed as Go prints them.
 *
 * Every stage (lexer, parser, checker) reports through one Diag.  A
 * position names its file by an index into the Diag's table of file names
 * (diag_add_file), so one Diag serves a program of several files, packages
 * written in Go and REPL inputs alike.  Errors are printed sorted by
 * position (file in the order added, then line and column) as
 * `file.go:L:C: message`; after 10 errors Go
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
	int file;      /* index into the Diag's files; 0 is diag_init's file */
} Pos;

typedef struct DiagEntry {
	Pos pos;
	char *msg;
	int seq; /* report order, to keep the sort stable */
} DiagEntry;

typedef struct Diag {
	Mem *mem;             /* the compilation's */
	char **files;         /* file names as printed before positions (owned) */
	int nfiles, filecap;
	DiagEntry *entries;
	int len, cap;
	bool syntax_error; /* a lexer/parser error: later stages must not run */
} Diag;

/* An empty Diag whose file 0 is filename (none if NULL). */
void diag_init(Diag *d, const char *filename, Mem *mem);
void diag_free(Diag *d);
/* Add a file name (copied) to the table; returns the index that the
 * positions in that file carry. */
int diag_add_file(Diag *d, const char *name);
/* The name of file index `file` ("?" if there is none). */
const char *diag_file_name(const Diag *d, int file);
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
