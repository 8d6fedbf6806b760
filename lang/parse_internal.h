/* parse_internal.h: what the lemon grammar's actions share with parse.c.
 *
 * The grammar's actions build nodes through these helpers so that the
 * grammar file stays a grammar; the ParseCtx is lemon's %extra_argument and
 * holds everything a parse needs (no global state).
 */
#ifndef GVM_PARSE_INTERNAL_H
#define GVM_PARSE_INTERNAL_H

#include <stdbool.h>

#include "ast.h"
#include "lexer.h"
#include "names.h"

/* One open bracket, for the `{` feedback rule and error wording. */
typedef struct Nest {
	int code;       /* TK_LPAREN, TK_LBRACK, TK_LBRACE or TK_LBODY */
	int before;     /* the token before the bracket */
	int before2;    /* and the one before that */
	bool header;    /* header mode to restore when the bracket closes */
	bool is_body;   /* an LBODY that opened an if/for/switch body */
} Nest;

typedef struct ParseCtx {
	Arena *arena;
	Names *names;
	Diag *diag;
	Node *file;
	bool failed;        /* first syntax error reported: stop */
	Token tok;          /* the token being fed (for error messages) */
	int prev, prev2;    /* the two tokens before it */
	bool header;        /* inside an if/for/switch header at this level */
	int header_kw;      /* the keyword that opened it */
	bool header_clause; /* a `;` or `range` was seen in it */
	Nest *nest;
	int depth, cap;
} ParseCtx;

Node *parse_node(ParseCtx *p, NodeKind kind, Pos pos);
Node *parse_ident(ParseCtx *p, Token t);
Node *parse_basiclit(ParseCtx *p, Token t);
void parse_push(ParseCtx *p, NodeList *l, Node *n);
/* A one-element list. */
NodeList parse_list1(ParseCtx *p, Node *n);
/* Report a syntax error (first one only) at pos: "syntax error: msg". */
void parse_error(ParseCtx *p, Pos pos, const char *msg);
/* Group raw parameters (FIELDs with 0 or 1 name, or a bare type) into
 * Go's form: names sharing a type, or all unnamed. */
NodeList parse_params(ParseCtx *p, NodeList raw, bool tparams);
/* `type T[P *C, ...]`: the expression P*C turned back into the type
 * parameter P *C, in front of the rest of the list. */
NodeList parse_tparams_from_expr(ParseCtx *p, Node *e, NodeList rest);
/* An expression used as a statement (a send is parsed as such). */
Node *parse_exprstmt(ParseCtx *p, Node *x);
/* `<-` applied to x: a receive, or a receive-only channel type. */
Node *parse_arrow(ParseCtx *p, Pos pos, Node *x);
/* A switch header: SWITCH or TYPESWITCH. */
Node *parse_switch(ParseCtx *p, Pos pos, Node *init, Node *tag, NodeList cases, Pos rbrace);
/* Select cases to COMMCLAUSEs. */
Node *parse_select(ParseCtx *p, Pos pos, NodeList cases, Pos rbrace);
/* The grammar saw an LBODY open a statement body. */
void parse_body_opened(ParseCtx *p);
/* The grammar's syntax error hook. */
void parse_syntax_error(ParseCtx *p, int major, const bool *expected, int ntokens);

#endif
