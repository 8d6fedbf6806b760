/* parse.h: source text to syntax tree (re2c lexer + lemon parser).
 *
 * The lexer inserts semicolons as the spec says and hands lemon's token
 * codes (grammar.h) straight to the parser.  Lexical and syntax errors go to
 * the Diag in Go's words; on any error diag->syntax_error is set and the
 * returned tree must not be checked.
 */
#ifndef GVM_PARSE_H
#define GVM_PARSE_H

#include <stddef.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "names.h"

/* Parse one source file, whose name is the Diag's file index `file` (the
 * positions of its nodes carry it).  Nodes go to `arena`, identifiers are
 * interned in `names`.  Never returns NULL (a file with errors still
 * yields a FILE). */
Node *parse_file(Arena *arena, Names *names, Diag *diag, int file,
		 const char *src, size_t len);

#endif
