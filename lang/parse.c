/* parse.c: drives the re2c lexer and the lemon parser, and gives the
 * grammar's actions their helpers.
 *
 * The token loop is where Go's one ambiguity is settled, as Go's old yacc
 * grammar did it: after `if`, `for` or `switch` the parser is in a header,
 * and the first `{` met there outside any bracket opened in the header is
 * the block's brace, handed to lemon as TK_LBODY.  The loop keeps a stack
 * of open brackets, each remembering the header state to restore when it
 * closes.  A header `{` that turns out to open a composite literal of a
 * type literal (`for _, x := range []int{1, 2} {`) leaves the header open;
 * one that the grammar reduces as a statement body (parse_body_opened,
 * called while the next token is fed) closes it:
 *
 *     if  x == y   {  ...  }        header on at `if`, LBODY at `{`,
 *         ^header  ^LBODY  ^pop:    body seen, so header off after `}`
 *
 * Errors: the first lexical or syntax error is reported in Go's words and
 * ends the parse (later stages never see a broken tree).  lemon tells which
 * tokens the failing state accepted; parse_syntax_error turns that set and
 * the bracket stack into cmd/compile's wording ("unexpected newline,
 * expected comma or )", "non-declaration statement outside function
 * body", "at end of statement" ...).
 */
#include "parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grammar.h"
#include "lexer.h"
#include "parse_internal.h"

/* The parser lives in memory of the compilation's Mem (grammar.y). */
size_t GoParseSize(void);
void GoParseStart(void *parser, ParseCtx *p);
void GoParseFinalize(void *parser);
void GoParse(void *parser, int major, Token minor, ParseCtx *p);

/* ---- helpers for the grammar's actions ---- */

Node *parse_node(ParseCtx *p, NodeKind kind, Pos pos)
{
	return ast_new(p->arena, kind, pos);
}

Node *parse_ident(ParseCtx *p, Token t)
{
	Node *n = parse_node(p, N_IDENT, t.pos);
	n->name = names_intern(p->names, t.lit, (size_t)t.len);
	return n;
}

Node *parse_basiclit(ParseCtx *p, Token t)
{
	Node *n = parse_node(p, N_BASICLIT, t.pos);
	n->op = t.code;
	n->lit = t.lit;
	n->litlen = t.len;
	return n;
}

void parse_push(ParseCtx *p, NodeList *l, Node *n)
{
	ptrvec_push(p->arena, l, n);
}

NodeList parse_list1(ParseCtx *p, Node *n)
{
	NodeList l = {0};
	ptrvec_push(p->arena, &l, n);
	return l;
}

void parse_error(ParseCtx *p, Pos pos, const char *msg)
{
	if (p->failed)
		return;
	diag_error(p->diag, pos, "syntax error: %s", msg);
	p->diag->syntax_error = true;
	p->failed = true;
}

/* A raw parameter whose type could also be its name. */
static bool bare_name(const Node *f)
{
	return f->list.len == 0 && f->a && f->a->kind == N_IDENT;
}

NodeList parse_params(ParseCtx *p, NodeList raw, bool tparams)
{
	bool named = false;
	for (int i = 0; i < raw.len; i++)
		if (NODE_AT(raw, i)->list.len > 0)
			named = true;
	if (!named)
		return raw;
	/* Named form: bare names take the type of the next typed entry. */
	NodeList out = {0};
	Node *group = NULL;
	for (int i = 0; i < raw.len; i++) {
		Node *f = NODE_AT(raw, i);
		if (!group) {
			group = parse_node(p, N_FIELD, f->pos);
			parse_push(p, &out, group);
		}
		if (f->list.len > 0) {
			/* a name with its type closes the group; a type
			 * parameter name alone (P in [P, Q any]) does not */
			parse_push(p, &group->list, NODE_AT(f->list, 0));
			if (f->a) {
				group->a = f->a;
				group = NULL;
			}
		} else if (bare_name(f)) {
			parse_push(p, &group->list, f->a);
		} else {
			parse_error(p, f->pos, "mixed named and unnamed parameters");
			return out;
		}
	}
	if (group) {
		Node *last = NODE_AT(raw, raw.len - 1);
		parse_error(p, last->pos, tparams ? "missing type constraint"
				: "mixed named and unnamed parameters");
	}
	return out;
}

NodeList parse_tparams_from_expr(ParseCtx *p, Node *e, NodeList rest)
{
	NodeList l = {0};
	if (e->kind != N_BINARY || e->op != TK_MUL || e->a->kind != N_IDENT) {
		parse_error(p, e->pos, "unexpected comma; expected ]");
		return rest;
	}
	Node *f = parse_node(p, N_FIELD, e->a->pos);
	parse_push(p, &f->list, e->a);
	f->a = parse_node(p, N_STAR, e->pos);
	f->a->a = e->b;
	parse_push(p, &l, f);
	for (int i = 0; i < rest.len; i++)
		parse_push(p, &l, NODE_AT(rest, i));
	return l;
}

Node *parse_exprstmt(ParseCtx *p, Node *x)
{
	Node *s = parse_node(p, N_EXPRSTMT, x->pos);
	s->a = x;
	return s;
}

/* `<-chan T` parsed as a receive from `chan T`: make it the type. */
static Node *recv_chan(ParseCtx *p, Pos pos, Node *t)
{
	if (t->op == 0) {
		t->op = 2;
		t->pos = pos;
		return t;
	}
	/* <-chan<- T is <-chan (<-T)... Go: `<-chan (chan<- T)` is written
	 * with parentheses; `<-chan<- T` becomes <-chan (chan T). */
	Node *inner = parse_node(p, N_CHANTYPE, t->pos);
	inner->a = t->a;
	t->op = 2;
	t->pos = pos;
	t->a = inner;
	return t;
}

Node *parse_arrow(ParseCtx *p, Pos pos, Node *x)
{
	if (x->kind == N_CHANTYPE)
		return recv_chan(p, pos, x);
	if (x->kind == N_CALL && x->a->kind == N_CHANTYPE) {
		x->a = recv_chan(p, pos, x->a);
		return x;
	}
	Node *n = parse_node(p, N_UNARY, pos);
	n->op = TK_ARROW;
	n->a = x;
	return n;
}

/* x.(type) as a switch guard, alone or in v := x.(type). */
static bool is_type_guard(const Node *s)
{
	if (!s)
		return false;
	if (s->kind == N_EXPRSTMT)
		return s->a->kind == N_TYPEASSERT && !s->a->b;
	if (s->kind == N_ASSIGN && s->op == TK_DEFINE && s->list.len == 1 &&
	    s->list2.len == 1) {
		const Node *x = NODE_AT(s->list2, 0);
		return x->kind == N_TYPEASSERT && !x->b;
	}
	return false;
}

Node *parse_switch(ParseCtx *p, Pos pos, Node *init, Node *tag,
		   NodeList cases, Pos rbrace)
{
	Node *n;
	if (is_type_guard(tag)) {
		n = parse_node(p, N_TYPESWITCH, pos);
		n->b = tag;
	} else {
		n = parse_node(p, N_SWITCH, pos);
		if (tag && tag->kind != N_EXPRSTMT) {
			parse_error(p, tag->pos, "switch expression must be an expression");
			return n;
		}
		n->b = tag ? tag->a : NULL;
	}
	n->a = init;
	n->list = cases;
	n->pos2 = rbrace;
	return n;
}

/* A select case's communication: a send, a receive, or an assignment. */
static Node *comm_stmt(ParseCtx *p, Node *c)
{
	if (c->is_default)
		return NULL;
	if (c->list.len != 1) {
		parse_error(p, c->pos, "select case must be receive, send or assign recv");
		return NULL;
	}
	Node *x = NODE_AT(c->list, 0);
	if (x->kind == N_SEND || x->kind == N_ASSIGN)
		return x;
	return parse_exprstmt(p, x);
}

Node *parse_select(ParseCtx *p, Pos pos, NodeList cases, Pos rbrace)
{
	Node *n = parse_node(p, N_SELECT, pos);
	n->pos2 = rbrace;
	for (int i = 0; i < cases.len; i++) {
		Node *c = NODE_AT(cases, i);
		Node *cc = parse_node(p, N_COMMCLAUSE, c->pos);
		cc->a = comm_stmt(p, c);
		cc->is_default = c->is_default;
		cc->list2 = c->list2;
		parse_push(p, &n->list, cc);
	}
	return n;
}

void parse_body_opened(ParseCtx *p)
{
	if (p->depth > 0)
		p->nest[p->depth - 1].is_body = true;
}

/* ---- syntax error wording ---- */

static bool is_keyword(int code)
{
	switch (code) {
	case TK_BREAK: case TK_CASE: case TK_CHAN: case TK_CONST:
	case TK_CONTINUE: case TK_DEFAULT: case TK_DEFER: case TK_ELSE:
	case TK_FALLTHROUGH: case TK_FOR: case TK_FUNC: case TK_GO:
	case TK_GOTO: case TK_IF: case TK_IMPORT: case TK_INTERFACE:
	case TK_MAP: case TK_PACKAGE: case TK_RANGE: case TK_RETURN:
	case TK_SELECT: case TK_STRUCT: case TK_SWITCH: case TK_TYPE:
	case TK_VAR:
		return true;
	default:
		return false;
	}
}

/* The token as Go's parser names it after "unexpected". */
static void token_desc(const Token *t, char *buf, size_t size)
{
	int len = t->len > 200 ? 200 : t->len;
	switch (t->code) {
	case 0:
		snprintf(buf, size, "EOF");
		break;
	case TK_IDENT:
		snprintf(buf, size, "name %.*s", len, t->lit);
		break;
	case TK_SEMI:
		snprintf(buf, size, "%.*s", len, t->lit);
		break;
	case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
		snprintf(buf, size, "literal %.*s", len, t->lit);
		break;
	case TK_COMMA:
		snprintf(buf, size, "comma");
		break;
	default:
		if (is_keyword(t->code))
			snprintf(buf, size, "keyword %.*s", len, t->lit);
		else
			snprintf(buf, size, "%.*s", len, t->lit);
	}
}

/* A token's name in an "expected X" part. */
static const char *token_name(int code)
{
	switch (code) {
	case TK_COMMA: return "comma";
	case TK_SEMI: return "semicolon or newline";
	case TK_IDENT: return "name";
	case TK_LPAREN: return "(";
	case TK_RPAREN: return ")";
	case TK_LBRACK: return "[";
	case TK_RBRACK: return "]";
	case TK_LBRACE: case TK_LBODY: return "{";
	case TK_RBRACE: return "}";
	case TK_COLON: return ":";
	case TK_ASSIGN: return "=";
	case TK_DEFINE: return ":=";
	case TK_PERIOD: return ".";
	case TK_STRING: return "string";
	case TK_TYPE: return "type";
	case TK_CHAN: return "chan";
	default: return NULL;
	}
}

static bool starts_expr(const bool *ex)
{
	return ex[TK_IDENT] && ex[TK_INT] && ex[TK_LPAREN];
}

static bool starts_type(const bool *ex)
{
	return ex[TK_STRUCT] && ex[TK_MAP] && ex[TK_CHAN] && ex[TK_INTERFACE];
}

static int innermost(const ParseCtx *p)
{
	return p->depth > 0 ? p->nest[p->depth - 1].code : 0;
}

/* Is the innermost `(` a parameter list (after func, a func name, or a
 * receiver) rather than a call's arguments? */
static bool in_params(const ParseCtx *p)
{
	const Nest *n = &p->nest[p->depth - 1];
	return n->before == TK_FUNC || n->before == TK_LBRACK ||
	       (n->before == TK_IDENT &&
		(n->before2 == TK_FUNC || n->before2 == TK_RPAREN)) ||
	       (n->before == TK_RBRACK && n->before2 != TK_IDENT);
}

/* Does the innermost `(` hold a list (arguments or parameters) rather
 * than a parenthesized expression? */
static bool list_paren(const ParseCtx *p)
{
	switch (p->nest[p->depth - 1].before) {
	case TK_IDENT: case TK_RPAREN: case TK_RBRACK: case TK_RBRACE:
	case TK_STRING: case TK_FUNC: case TK_INT: case TK_FLOAT: case TK_IMAG:
	case TK_CHAR:
		return true;
	default:
		return false;
	}
}

/* Is the innermost `(` a grouped const/var/type/import declaration? */
static bool grouped_decl(const ParseCtx *p)
{
	switch (p->nest[p->depth - 1].before) {
	case TK_CONST: case TK_VAR: case TK_TYPE: case TK_IMPORT:
		return true;
	default:
		return false;
	}
}

/* Is the innermost `{` a struct or interface type's body? */
static bool type_body(const ParseCtx *p)
{
	int b = p->nest[p->depth - 1].before;
	return b == TK_STRUCT || b == TK_INTERFACE;
}

static const char *header_clause(int kw)
{
	switch (kw) {
	case TK_FOR: return "for clause";
	case TK_SWITCH: return "switch clause";
	default: return "if clause";
	}
}

void parse_syntax_error(ParseCtx *p, int major, const bool *ex, int ntokens)
{
	char tok[256], msg[400];
	const Token *t = &p->tok;
	if (p->failed)
		return;
	token_desc(t, tok, sizeof tok);
	int in = innermost(p);
	if (!p->file->name && p->prev == 0) {
		parse_error(p, t->pos, "package statement must be first");
		return;
	}
	if (p->depth == 0 && (p->prev == TK_SEMI || p->prev == 0) &&
	    p->file->name && !ex[TK_SEMI]) {
		if (major == TK_IMPORT)
			parse_error(p, t->pos, "imports must appear before other declarations");
		else if (major == TK_LBRACE && p->prev == TK_SEMI)
			parse_error(p, t->pos, "unexpected semicolon or newline before {");
		else
			parse_error(p, t->pos, "non-declaration statement outside function body");
		return;
	}
	bool at_eof = major == 0 || (major == TK_SEMI && t->lit[0] == 'E');
	if (at_eof && starts_expr(ex) && !ex[TK_SEMI] && !ex[TK_RBRACE] &&
	    !ex[TK_RPAREN] && !ex[TK_RBRACK]) {
		parse_error(p, t->pos, "unexpected EOF, expected expression");
		return;
	}
	if (at_eof) {
		const char *close = in == TK_LPAREN ? ")" : in == TK_LBRACK ? "]"
				  : "}";
		if (p->depth > 0)
			snprintf(msg, sizeof msg, "unexpected EOF, expected %s", close);
		else
			snprintf(msg, sizeof msg, "unexpected EOF");
		parse_error(p, t->pos, msg);
		return;
	}
	bool in_import = p->prev == TK_IMPORT ||
		(in == TK_LPAREN && grouped_decl(p) &&
		 p->nest[p->depth - 1].before == TK_IMPORT &&
		 (p->prev == TK_LPAREN || p->prev == TK_SEMI));
	if (in_import && ex[TK_STRING] && major != TK_STRING) {
		if (major == TK_INT || major == TK_FLOAT || major == TK_IMAG ||
		    major == TK_CHAR)
			parse_error(p, t->pos, "import path must be a string");
		else
			parse_error(p, t->pos, "missing import path");
		return;
	}
	if (starts_expr(ex) && !ex[TK_SEMI]) {
		snprintf(msg, sizeof msg, "unexpected %s, expected expression", tok);
	} else if (starts_type(ex) && !starts_expr(ex) && !ex[TK_SEMI]) {
		snprintf(msg, sizeof msg, "unexpected %s, expected type", tok);
	} else if (in == TK_LBRACK && ex[TK_RBRACK] && !starts_expr(ex)) {
		snprintf(msg, sizeof msg, "unexpected %s, expected ]", tok);
	} else if (in == TK_LPAREN && grouped_decl(p)) {
		snprintf(msg, sizeof msg, "unexpected %s in grouped declaration; possibly missing semicolon or newline or )",
			 tok);
	} else if (ex[TK_ASSIGN] && ex[TK_DEFINE] && ex[TK_COMMA] &&
		   !ex[TK_SEMI] && in != TK_LPAREN && in != TK_LBRACK) {
		snprintf(msg, sizeof msg, "unexpected %s, expected := or = or comma", tok);
	} else if (p->header && major != TK_SEMI && ex[TK_LBODY]) {
		if (p->header_kw == TK_FOR && p->header_clause)
			snprintf(msg, sizeof msg, "unexpected %s, expected { after for clause", tok);
		else
			snprintf(msg, sizeof msg, "unexpected %s, expected {", tok);
	} else if (p->header && major == TK_SEMI && ex[TK_LBODY]) {
		snprintf(msg, sizeof msg, "unexpected %s, expected { after %s", tok,
			 header_clause(p->header_kw));
	} else if (in == TK_LPAREN && ex[TK_RPAREN] && major != TK_RPAREN &&
		   list_paren(p)) {
		snprintf(msg, sizeof msg, "unexpected %s in %s; possibly missing comma or )",
			 tok, in_params(p) ? "parameter list" : "argument list");
	} else if (in == TK_LBRACE && ex[TK_RBRACE] && !ex[TK_SEMI] &&
		   major != TK_RBRACE && !type_body(p)) {
		snprintf(msg, sizeof msg, "unexpected %s in composite literal; possibly missing comma or }",
			 tok);
	} else if ((in == TK_LBRACE || in == TK_LBODY) && ex[TK_RBRACE] &&
		   ex[TK_SEMI] && (p->prev == TK_SEMI || p->prev == TK_LBRACE ||
				   p->prev == TK_LBODY || p->prev == TK_COLON) &&
		   major != TK_SEMI) {
		snprintf(msg, sizeof msg, "unexpected %s, expected }", tok);
	} else if (in == TK_LBRACK && major == TK_RBRACE) {
		snprintf(msg, sizeof msg, "unexpected %s, expected expression", tok);
	} else if (p->depth == 0 && p->file->name && ex[TK_SEMI] &&
		   p->prev != TK_PACKAGE && p->prev != TK_IMPORT) {
		snprintf(msg, sizeof msg, "unexpected %s after top level declaration", tok);
	} else if (ex[TK_SEMI] && !starts_expr(ex) && in != TK_LPAREN &&
		   in != TK_LBRACK) {
		snprintf(msg, sizeof msg, "unexpected %s at end of statement", tok);
	} else if (starts_expr(ex)) {
		snprintf(msg, sizeof msg, "unexpected %s, expected expression", tok);
	} else {
		int only = -1, count = 0;
		for (int i = 1; i < ntokens; i++) {
			if (ex[i] && i != TK_LBODY) {
				only = i;
				count++;
			}
		}
		if (count == 1 && token_name(only))
			snprintf(msg, sizeof msg, "unexpected %s, expected %s", tok,
				 token_name(only));
		else if (ex[TK_IDENT] && count <= 2)
			snprintf(msg, sizeof msg, "unexpected %s, expected name", tok);
		else
			snprintf(msg, sizeof msg, "unexpected %s", tok);
	}
	parse_error(p, t->pos, msg);
}

/* ---- the token loop ---- */

static void push_nest(ParseCtx *p, int code)
{
	if (p->depth == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 32;
		p->nest = mem_realloc(p->arena->mem, p->nest,
				      (size_t)p->cap * sizeof *p->nest);
	}
	p->nest[p->depth++] = (Nest){code, p->prev, p->prev2, p->header, false};
	p->header = false;
}

static void pop_nest(ParseCtx *p)
{
	if (p->depth == 0)
		return;
	Nest *n = &p->nest[--p->depth];
	p->header = n->is_body ? false : n->header;
}

/* Feed one token, applying the `{` rule before and tracking brackets
 * after (a body reduction happens while the next token is fed). */
static void feed(ParseCtx *p, void *parser, Token *t)
{
	if (t->code == TK_LBRACE && p->header)
		t->code = TK_LBODY;
	p->tok = *t;
	GoParse(parser, t->code, *t, p);
	switch (t->code) {
	case TK_IF: case TK_FOR: case TK_SWITCH:
		p->header = true;
		p->header_kw = t->code;
		p->header_clause = false;
		break;
	case TK_SEMI: case TK_RANGE:
		if (p->header)
			p->header_clause = true;
		break;
	case TK_LPAREN: case TK_LBRACK: case TK_LBRACE: case TK_LBODY:
		push_nest(p, t->code);
		break;
	case TK_RPAREN: case TK_RBRACK: case TK_RBRACE:
		pop_nest(p);
		break;
	}
	p->prev2 = p->prev;
	p->prev = t->code;
}

Node *parse_file(Arena *arena, Names *names, Diag *diag, int file,
		 const char *src, size_t len)
{
	ParseCtx p = {0};
	Lexer lx;
	Token t;
	char *buf = arena_alloc(arena, len + 1);
	memcpy(buf, src, len);
	buf[len] = '\0';
	/* A leading byte order mark is ignored, as by Go's scanner; blanking
	 * it keeps the columns of line 1 counted in bytes. */
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		memset(buf, ' ', 3);
	p.arena = arena;
	p.names = names;
	p.diag = diag;
	p.file = ast_new(arena, N_FILE, (Pos){1, 1, file});
	lex_init(&lx, buf, len, diag, file);
	void *parser = mem_alloc(arena->mem, GoParseSize());
	GoParseStart(parser, &p);
	do {
		lex_next(&lx, &t);
		feed(&p, parser, &t);
	} while (t.code != 0 && !p.failed);
	GoParseFinalize(parser);
	mem_free(arena->mem, parser);
	mem_free(arena->mem, p.nest);
	if (!p.file->name && !p.failed) {
		diag_error(diag, t.pos, "syntax error: package statement must be first");
		diag->syntax_error = true;
	}
	if (!diag->syntax_error) {
		Node *deep = ast_too_deep(arena->mem, p.file, AST_MAX_DEPTH);
		if (deep) {
			diag_error(diag, deep->pos, "too deeply nested");
			diag->syntax_error = true;
		}
	}
	return p.file;
}
