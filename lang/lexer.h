/* lexer.h: the re2c scanner's interface (private to the parser).
 *
 * lex_next returns lemon's token codes (grammar.h) directly and inserts
 * semicolons as the spec says.  The source must be NUL-terminated at
 * src[len]; a NUL before that is an error, as in Go.
 */
#ifndef GVM_LEXER_H
#define GVM_LEXER_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"

/* One token: its code, its source text and where it starts. */
typedef struct Token {
	int code;        /* TK_* from grammar.h; 0 at end of input */
	int op;          /* TK_ASSIGNOP: the operator's own token (TK_ADD ...) */
	Pos pos;
	const char *lit; /* source text; for TK_SEMI "newline", "EOF" or ";" */
	int len;
} Token;

typedef struct Lexer {
	const char *src, *cur, *lim, *mar, *tok;
	const char *linestart; /* first byte of the current line */
	int line;
	bool nlsemi;           /* a newline here becomes a semicolon */
	bool failed;           /* some lexical error was reported */
	Diag *diag;
	int file;              /* the Diag's index of this file, put in every Pos */
} Lexer;

void lex_init(Lexer *lx, const char *src, size_t len, Diag *diag, int file);
/* Scan the next token into *t (t->code 0 at the end).  Lexical errors
 * are reported to the Diag and scanning goes on. */
void lex_next(Lexer *lx, Token *t);

#endif
