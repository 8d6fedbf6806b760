/* grammar.y: Go's grammar for lemon, building the tree of ast.h.
 *
 * The structure follows Go's own yacc grammar (src/cmd/gc/go.y, used until
 * Go 1.5), extended with type parameters:
 *
 *  - Types inside expressions: a name, `*T` and `(T)` are ordinary
 *    expressions; type literals ([]T, map, chan, struct, interface, func)
 *    are operands only where they can be: converted `[]byte(s)`, in a
 *    composite literal `[]int{1}`, or as an argument / type argument / in
 *    parentheses (expr_or_type).  The checker sorts types from values.
 *  - `if x == T{}`: parse.c turns the first `{` at bracket depth 0 of an
 *    if/for/switch header into LBODY.  A statement body must open with
 *    LBODY there; literals of type literals, struct/interface types and
 *    function literals accept either brace, a literal `T{` after a plain
 *    name only LBRACE.
 *  - Parameter lists are parsed as lists of (name? type) and grouped
 *    afterwards (parse_params), because `(a, b int)` and `(int, string)`
 *    cannot be told apart before the end of the list.
 *  - `name [` in a parameter, a struct field or a type declaration may
 *    start an array type or a generic instantiation / type parameter list;
 *    the rules below keep both open until the `]`, as the syntax package
 *    does, and resolve `type T[P *C]` as an array (Go's choice) by
 *    precedence (NAMEPREC).
 *
 * Precedences below resolve only the classic shift/reduce choices; lemon
 * must report no conflicts.
 */

%name GoParse
%token_prefix TK_
%token_type {Token}
%default_type {Node *}
%extra_argument {ParseCtx *p}

%include {
#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "parse_internal.h"

#define N(kind, pos) parse_node(p, N_##kind, (pos))

/* lempar.c grows the parser's stack with the C library's allocator: route
 * it through the compilation's Mem instead.  Both uses sit where the
 * parser is in scope (yyGrowStack's p, ParseFinalize's pParser), and its
 * %extra_argument field p is the ParseCtx. */
#define malloc(n) mem_realloc(p->p->arena->mem, NULL, (n))
#define realloc(q, n) mem_realloc(p->p->arena->mem, (q), (n))
#define free(q) mem_free(pParser->p->arena->mem, (q))
}

%code {
size_t GoParseSize(void)
{
	return sizeof(yyParser);
}

/* ParseInit already grows the stack: the ParseCtx must be in place. */
void GoParseStart(void *parser, ParseCtx *ctx)
{
	((yyParser *)parser)->p = ctx;
	GoParseInit(parser);
}
}

%syntax_error {
	/* The tokens this state could take: the "expected" part of Go's
	 * message is chosen from them (parse.c). */
	bool expected[YYNTOKEN];
	YYACTIONTYPE st = yypParser->yytos->stateno;
	for (int t = 0; t < YYNTOKEN; t++)
		expected[t] = st <= YY_MAX_SHIFT &&
			yy_find_shift_action((YYCODETYPE)t, st) != YY_ERROR_ACTION;
	parse_syntax_error(p, yymajor, expected, YYNTOKEN);
	(void)yyminor;
}

%parse_failure {
	p->failed = true;
}

%stack_overflow {
	parse_error(p, p->tok.pos, "too deeply nested");
}

%stack_size 0

%token_destructor { (void)p; }

%token IDENT INT FLOAT IMAG CHAR STRING.
%token BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC
	GO GOTO IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT SWITCH
	TYPE VAR.
%token ASSIGNOP INC DEC DEFINE ASSIGN ELLIPSIS COMMA PERIOD SEMI COLON
	LBRACE LBODY RBRACE RPAREN RBRACK NOT TILDE.

%left LOR.
%left LAND.
%left EQL NEQ LSS LEQ GTR GEQ.
%left ADD SUB OR XOR.
%left MUL QUO REM SHL SHR AND AND_NOT.
%left NOTPAREN.
%left LPAREN.
%left NAMEPREC.
%left LBRACK ARROW PERIOD COMMA.


/* ---------------- file ---------------- */

file ::= package SEMI imports topdecls.

package ::= PACKAGE(K) IDENT(I). {
	p->file->pos = K.pos;
	p->file->name = parse_ident(p, I)->name;
}

imports ::= .
imports ::= imports importdecl SEMI.

importdecl ::= IMPORT(K) importspec(S). {
	Node *d = N(GENDECL, K.pos);
	d->op = TK_IMPORT;
	parse_push(p, &d->list, S);
	parse_push(p, &p->file->list, d);
	parse_push(p, &p->file->list2, S);
}
importdecl ::= IMPORT(K) LPAREN importspecs(L) RPAREN. {
	Node *d = N(GENDECL, K.pos);
	d->op = TK_IMPORT;
	d->list = L;
	parse_push(p, &p->file->list, d);
	for (int i = 0; i < L.len; i++)
		parse_push(p, &p->file->list2, NODE_AT(L, i));
}

%type importspecs {NodeList}
%type importspecs1 {NodeList}
importspecs(A) ::= . { memset(&A, 0, sizeof A); }
importspecs(A) ::= importspecs1(L). { A = L; }
importspecs(A) ::= importspecs1(L) SEMI. { A = L; }
importspecs1(A) ::= importspec(S). { A = parse_list1(p, S); }
importspecs1(A) ::= importspecs1(L) SEMI importspec(S). { A = L; parse_push(p, &A, S); }

importspec(A) ::= STRING(S). {
	A = N(IMPORTSPEC, S.pos);
	A->b = parse_basiclit(p, S);
}
/* A named import is where its name is (types2's PkgName position). */
importspec(A) ::= IDENT(I) STRING(S). {
	A = N(IMPORTSPEC, I.pos);
	A->name = parse_ident(p, I)->name;
	A->b = parse_basiclit(p, S);
}
importspec(A) ::= PERIOD(D) STRING(S). {
	A = N(IMPORTSPEC, D.pos);
	A->name = names_get(p->names, ".");
	A->b = parse_basiclit(p, S);
}

topdecls ::= .
topdecls ::= topdecls topdecl(D) SEMI. { parse_push(p, &p->file->list, D); }

topdecl(A) ::= gendecl(D). { A = D; }
topdecl(A) ::= funcdecl(D). { A = D; }

/* ---------------- declarations ---------------- */

gendecl(A) ::= CONST(K) constspec(S). {
	A = N(GENDECL, K.pos); A->op = TK_CONST; parse_push(p, &A->list, S);
}
gendecl(A) ::= CONST(K) LPAREN constspecs(L) RPAREN. {
	A = N(GENDECL, K.pos); A->op = TK_CONST; A->list = L;
	for (int i = 0; i < L.len; i++)
		NODE_AT(L, i)->iota = i;
}
gendecl(A) ::= VAR(K) varspec(S). {
	A = N(GENDECL, K.pos); A->op = TK_VAR; parse_push(p, &A->list, S);
}
gendecl(A) ::= VAR(K) LPAREN varspecs(L) RPAREN. {
	A = N(GENDECL, K.pos); A->op = TK_VAR; A->list = L;
}
gendecl(A) ::= TYPE(K) typespec(S). {
	A = N(GENDECL, K.pos); A->op = TK_TYPE; parse_push(p, &A->list, S);
}
gendecl(A) ::= TYPE(K) LPAREN typespecs(L) RPAREN. {
	A = N(GENDECL, K.pos); A->op = TK_TYPE; A->list = L;
}

%type constspecs {NodeList}
%type constspecs1 {NodeList}
constspecs(A) ::= . { memset(&A, 0, sizeof A); }
constspecs(A) ::= constspecs1(L). { A = L; }
constspecs(A) ::= constspecs1(L) SEMI. { A = L; }
constspecs1(A) ::= constspec(S). { A = parse_list1(p, S); }
constspecs1(A) ::= constspecs1(L) SEMI constspec(S). { A = L; parse_push(p, &A, S); }

%type varspecs {NodeList}
%type varspecs1 {NodeList}
varspecs(A) ::= . { memset(&A, 0, sizeof A); }
varspecs(A) ::= varspecs1(L). { A = L; }
varspecs(A) ::= varspecs1(L) SEMI. { A = L; }
varspecs1(A) ::= varspec(S). { A = parse_list1(p, S); }
varspecs1(A) ::= varspecs1(L) SEMI varspec(S). { A = L; parse_push(p, &A, S); }

%type typespecs {NodeList}
%type typespecs1 {NodeList}
typespecs(A) ::= . { memset(&A, 0, sizeof A); }
typespecs(A) ::= typespecs1(L). { A = L; }
typespecs(A) ::= typespecs1(L) SEMI. { A = L; }
typespecs1(A) ::= typespec(S). { A = parse_list1(p, S); }
typespecs1(A) ::= typespecs1(L) SEMI typespec(S). { A = L; parse_push(p, &A, S); }

%type identlist {NodeList}
identlist(A) ::= IDENT(I). { A = parse_list1(p, parse_ident(p, I)); }
identlist(A) ::= identlist(L) COMMA IDENT(I). { A = L; parse_push(p, &A, parse_ident(p, I)); }

constspec(A) ::= identlist(L). {
	A = N(VALUESPEC, NODE_AT(L, 0)->pos); A->list = L;
}
constspec(A) ::= identlist(L) ASSIGN exprlist(V). {
	A = N(VALUESPEC, NODE_AT(L, 0)->pos); A->list = L; A->list2 = V;
}
constspec(A) ::= identlist(L) type(T) ASSIGN exprlist(V). {
	A = N(VALUESPEC, NODE_AT(L, 0)->pos); A->list = L; A->a = T; A->list2 = V;
}
constspec(A) ::= identlist(L) type(T). {
	/* only valid without values in a group; the checker says so */
	A = N(VALUESPEC, NODE_AT(L, 0)->pos); A->list = L; A->a = T;
}

varspec(A) ::= identlist(L) type(T). {
	A = N(VALUESPEC, NODE_AT(L, 0)->pos); A->list = L; A->a = T;
}
varspec(A) ::= identlist(L) type(T) ASSIGN exprlist(V). {
	A = N(VALUESPEC, NODE_AT(L, 0)->pos); A->list = L; A->a = T; A->list2 = V;
}
varspec(A) ::= identlist(L) ASSIGN exprlist(V). {
	A = N(VALUESPEC, NODE_AT(L, 0)->pos); A->list = L; A->list2 = V;
}

/* type T X, type T = X, type T[P C] X; `type T [N]X` is an array. */
typespec(A) ::= IDENT(I) type_noarr(T). {
	A = N(TYPESPEC, I.pos); A->name = parse_ident(p, I)->name; A->a = T;
}
typespec(A) ::= IDENT(I) ASSIGN type(T). {
	A = N(TYPESPEC, I.pos); A->name = parse_ident(p, I)->name; A->a = T;
	A->alias = true;
}
typespec(A) ::= IDENT(I) LBRACK(B) RBRACK type(T). {
	A = N(TYPESPEC, I.pos); A->name = parse_ident(p, I)->name;
	A->a = N(ARRAYTYPE, B.pos); A->a->b = T;
}
typespec(A) ::= IDENT(I) LBRACK(B) ELLIPSIS RBRACK type(T). {
	A = N(TYPESPEC, I.pos); A->name = parse_ident(p, I)->name;
	A->a = N(ARRAYTYPE, B.pos); A->a->a = N(ELLIPSISTYPE, B.pos); A->a->b = T;
}
typespec(A) ::= IDENT(I) LBRACK(B) expr(E) RBRACK type(T). {
	A = N(TYPESPEC, I.pos); A->name = parse_ident(p, I)->name;
	A->a = N(ARRAYTYPE, B.pos); A->a->a = E; A->a->b = T;
}
typespec(A) ::= IDENT(I) LBRACK tparamlist(L) RBRACK type(T). {
	A = N(TYPESPEC, I.pos); A->name = parse_ident(p, I)->name; A->a = T;
	A->list3 = parse_params(p, L, true);
}
typespec(A) ::= IDENT(I) LBRACK tparamlist(L) RBRACK ASSIGN type(T). {
	A = N(TYPESPEC, I.pos); A->name = parse_ident(p, I)->name; A->a = T;
	A->list3 = parse_params(p, L, true);
	A->alias = true;
}

/* `type T[P *C, ...]`: the first parameter was read as the expression
 * P*C (see NAMEPREC); a comma makes it a type parameter list, as in Go. */
typespec(A) ::= IDENT(I) LBRACK expr(E) COMMA tparamlist(L) RBRACK type(T). {
	A = N(TYPESPEC, I.pos); A->name = parse_ident(p, I)->name; A->a = T;
	L = parse_tparams_from_expr(p, E, L);
	A->list3 = parse_params(p, L, true);
}
typespec(A) ::= IDENT(I) LBRACK expr(E) COMMA RBRACK type(T). {
	NodeList none = {0};
	A = N(TYPESPEC, I.pos); A->name = parse_ident(p, I)->name; A->a = T;
	A->list3 = parse_params(p, parse_tparams_from_expr(p, E, none), true);
}

ocomma ::= .
ocomma ::= COMMA.

/* Type parameters: `P C`, `P, Q C` (grouped later), constraints are
 * unions of ~terms. */
%type tparamlist {NodeList}
tparamlist(A) ::= IDENT(I) constraint(C). {
	Node *f = N(FIELD, I.pos); parse_push(p, &f->list, parse_ident(p, I)); f->a = C;
	A = parse_list1(p, f);
}
tparamlist(A) ::= IDENT(I) constraint(C) COMMA. {
	Node *f = N(FIELD, I.pos); parse_push(p, &f->list, parse_ident(p, I)); f->a = C;
	A = parse_list1(p, f);
}
tparamlist(A) ::= IDENT(I) constraint(C) COMMA tparamlist(L). {
	Node *f = N(FIELD, I.pos); parse_push(p, &f->list, parse_ident(p, I)); f->a = C;
	A = parse_list1(p, f);
	for (int i = 0; i < L.len; i++)
		parse_push(p, &A, NODE_AT(L, i));
}
tparamlist(A) ::= IDENT(I) COMMA tparamlist(L). {
	Node *f = N(FIELD, I.pos); parse_push(p, &f->list, parse_ident(p, I));
	A = parse_list1(p, f);
	for (int i = 0; i < L.len; i++)
		parse_push(p, &A, NODE_AT(L, i));
}

constraint(A) ::= cterm(T). { A = T; }
constraint(A) ::= constraint(X) OR(O) cterm(Y). {
	A = N(BINARY, O.pos); A->op = TK_OR; A->a = X; A->b = Y;
}
cterm(A) ::= type(T). { A = T; }
cterm(A) ::= TILDE(O) type(T). { A = N(UNARY, O.pos); A->op = TK_TILDE; A->a = T; }

funcdecl(A) ::= FUNC IDENT(I) signature(S) fbody(B). {
	A = N(FUNCDECL, I.pos); A->name = parse_ident(p, I)->name; A->a = S; A->b = B;
}
funcdecl(A) ::= FUNC IDENT(I) LBRACK tparamlist(L) RBRACK signature(S) fbody(B). {
	A = N(FUNCDECL, I.pos); A->name = parse_ident(p, I)->name; A->a = S; A->b = B;
	S->list3 = parse_params(p, L, true);
}
funcdecl(A) ::= FUNC LPAREN(L) params(R) RPAREN IDENT(I) signature(S) fbody(B). {
	A = N(FUNCDECL, I.pos); A->name = parse_ident(p, I)->name; A->a = S; A->b = B;
	A->list = parse_params(p, R, false);
	if (A->list.len == 0)
		parse_error(p, L.pos, "method has no receiver");
}

funcdecl(A) ::= FUNC LPAREN params(R) RPAREN IDENT(I) LBRACK(K) tparamlist(L) RBRACK signature(S) fbody(B). {
	A = N(FUNCDECL, I.pos); A->name = parse_ident(p, I)->name; A->a = S; A->b = B;
	A->list = parse_params(p, R, false);
	(void)L;
	parse_error(p, K.pos, "method must have no type parameters");
}

fbody(A) ::= . { A = NULL; }
fbody(A) ::= block(B). { A = B; }

/* ---------------- types ---------------- */

type(A) ::= type_noparen(T). { A = T; }
type(A) ::= LPAREN type(T) RPAREN. { A = T; }

type_noparen(A) ::= type_base(T). { A = T; }
type_noparen(A) ::= arraytype(T). { A = T; }
type_noparen(A) ::= recvchantype(T). { A = T; }

type_norecv(A) ::= type_base(T). { A = T; }
type_norecv(A) ::= arraytype(T). { A = T; }
type_norecv(A) ::= LPAREN type(T) RPAREN. { A = T; }

type_noarr(A) ::= type_base(T). { A = T; }
type_noarr(A) ::= recvchantype(T). { A = T; }
type_noarr(A) ::= LPAREN type(T) RPAREN. { A = T; }

type_base(A) ::= typename(T). { A = T; }
type_base(A) ::= MUL(O) type(T). { A = N(STAR, O.pos); A->a = T; }
type_base(A) ::= fntype(T). { A = T; }
type_base(A) ::= othertype_noarr(T). { A = T; }

typename(A) ::= qualident(Q). { A = Q; }
typename(A) ::= IDENT(I) LBRACK(B) typeargs(L) RBRACK. {
	A = N(INDEX, B.pos); A->a = parse_ident(p, I); A->list = L;
}
typename(A) ::= IDENT(I) PERIOD(D) IDENT(S) LBRACK(B) typeargs(L) RBRACK. {
	Node *q = N(SELECTOR, D.pos); q->a = parse_ident(p, I);
	q->name = parse_ident(p, S)->name; q->pos2 = S.pos;
	A = N(INDEX, B.pos); A->a = q; A->list = L;
}
qualident(A) ::= IDENT(I). [NOTPAREN] { A = parse_ident(p, I); }
qualident(A) ::= IDENT(I) PERIOD(D) IDENT(S). {
	A = N(SELECTOR, D.pos); A->a = parse_ident(p, I);
	A->name = parse_ident(p, S)->name; A->pos2 = S.pos;
}

%type typeargs {NodeList}
typeargs(A) ::= index_list(L) ocomma. { A = L; }

arraytype(A) ::= LBRACK(B) expr(E) RBRACK type(T). { A = N(ARRAYTYPE, B.pos); A->a = E; A->b = T; }
arraytype(A) ::= LBRACK(B) RBRACK type(T). { A = N(ARRAYTYPE, B.pos); A->b = T; }
arraytype(A) ::= LBRACK(B) ELLIPSIS(E) RBRACK type(T). {
	A = N(ARRAYTYPE, B.pos); A->a = N(ELLIPSISTYPE, E.pos); A->b = T;
}

recvchantype(A) ::= ARROW(O) CHAN type(T). { A = N(CHANTYPE, O.pos); A->op = 2; A->a = T; }

othertype_noarr(A) ::= CHAN(K) type_norecv(T). { A = N(CHANTYPE, K.pos); A->a = T; }
othertype_noarr(A) ::= CHAN(K) ARROW type(T). { A = N(CHANTYPE, K.pos); A->op = 1; A->a = T; }
othertype_noarr(A) ::= MAP(K) LBRACK type(X) RBRACK type(Y). { A = N(MAPTYPE, K.pos); A->a = X; A->b = Y; }
othertype_noarr(A) ::= STRUCT(K) lbrace fields(L) RBRACE. { A = N(STRUCTTYPE, K.pos); A->list = L; }
othertype_noarr(A) ::= INTERFACE(K) lbrace ielems(L) RBRACE. { A = N(INTERFACETYPE, K.pos); A->list = L; }

othertype(A) ::= othertype_noarr(T). { A = T; }
othertype(A) ::= arraytype(T). { A = T; }

lbrace ::= LBRACE.
lbrace ::= LBODY.

fntype(A) ::= FUNC(K) signature(S). { A = S; A->pos = K.pos; }

signature(A) ::= LPAREN(L) params(P) RPAREN result(R). {
	A = N(FUNCTYPE, L.pos); A->list = parse_params(p, P, false); A->list2 = R;
}

%type result {NodeList}
result(A) ::= . [NOTPAREN] { memset(&A, 0, sizeof A); }
result(A) ::= type_noparen(T). {
	Node *f = N(FIELD, T->pos); f->a = T;
	A = parse_list1(p, f);
}
result(A) ::= LPAREN params(P) RPAREN. { A = parse_params(p, P, false); }

/* Raw parameters: FIELDs with at most one name; grouped by parse_params. */
%type params {NodeList}
%type params1 {NodeList}
params(A) ::= . { memset(&A, 0, sizeof A); }
params(A) ::= params1(L). { A = L; }
params(A) ::= params1(L) COMMA. { A = L; }
params1(A) ::= param(F). { A = parse_list1(p, F); }
params1(A) ::= params1(L) COMMA param(F). { A = L; parse_push(p, &A, F); }

param(A) ::= type(T). { A = N(FIELD, T->pos); A->a = T; }
param(A) ::= ELLIPSIS(E) type(T). {
	A = N(FIELD, E.pos); A->a = N(ELLIPSISTYPE, E.pos); A->a->a = T;
}
param(A) ::= IDENT(I) type_noarr(T). {
	A = N(FIELD, I.pos); parse_push(p, &A->list, parse_ident(p, I)); A->a = T;
}
param(A) ::= IDENT(I) ELLIPSIS(E) type(T). {
	A = N(FIELD, I.pos); parse_push(p, &A->list, parse_ident(p, I));
	A->a = N(ELLIPSISTYPE, E.pos); A->a->a = T;
}
param(A) ::= IDENT(I) LBRACK(B) RBRACK type(T). {
	A = N(FIELD, I.pos); parse_push(p, &A->list, parse_ident(p, I));
	A->a = N(ARRAYTYPE, B.pos); A->a->b = T;
}
param(A) ::= IDENT(I) LBRACK(B) ELLIPSIS(E) RBRACK type(T). {
	A = N(FIELD, I.pos); parse_push(p, &A->list, parse_ident(p, I));
	A->a = N(ARRAYTYPE, B.pos); A->a->a = N(ELLIPSISTYPE, E.pos); A->a->b = T;
}
param(A) ::= IDENT(I) LBRACK(B) typeargs(L) RBRACK type(T). {
	A = N(FIELD, I.pos); parse_push(p, &A->list, parse_ident(p, I));
	A->a = N(ARRAYTYPE, B.pos); A->a->a = NODE_AT(L, 0); A->a->b = T;
	if (L.len != 1)
		parse_error(p, B.pos, "unexpected comma; expected ]");
}

/* Struct fields. */
%type fields {NodeList}
%type fields1 {NodeList}
fields(A) ::= . { memset(&A, 0, sizeof A); }
fields(A) ::= fields1(L). { A = L; }
fields(A) ::= fields1(L) SEMI. { A = L; }
fields1(A) ::= field(F). { A = parse_list1(p, F); }
fields1(A) ::= fields1(L) SEMI field(F). { A = L; parse_push(p, &A, F); }

field(A) ::= IDENT(I) type_noarr(T) otag(G). {
	A = N(FIELD, I.pos); parse_push(p, &A->list, parse_ident(p, I)); A->a = T; A->b = G;
}
field(A) ::= IDENT(I) COMMA identlist(L) type(T) otag(G). {
	A = N(FIELD, I.pos); parse_push(p, &A->list, parse_ident(p, I));
	for (int i = 0; i < L.len; i++)
		parse_push(p, &A->list, NODE_AT(L, i));
	A->a = T; A->b = G;
}
field(A) ::= IDENT(I) LBRACK(B) RBRACK type(T) otag(G). {
	A = N(FIELD, I.pos); parse_push(p, &A->list, parse_ident(p, I));
	A->a = N(ARRAYTYPE, B.pos); A->a->b = T; A->b = G;
}
field(A) ::= IDENT(I) LBRACK(B) typeargs(L) RBRACK type(T) otag(G). {
	A = N(FIELD, I.pos); parse_push(p, &A->list, parse_ident(p, I));
	A->a = N(ARRAYTYPE, B.pos); A->a->a = NODE_AT(L, 0); A->a->b = T; A->b = G;
	if (L.len != 1)
		parse_error(p, B.pos, "unexpected comma; expected ]");
}
field(A) ::= embedded(T) otag(G). { A = N(FIELD, T->pos); A->a = T; A->b = G; A->embedded = true; }
field(A) ::= MUL(O) embedded(T) otag(G). {
	A = N(FIELD, O.pos); A->a = N(STAR, O.pos); A->a->a = T; A->b = G; A->embedded = true;
}

embedded(A) ::= typename(T). { A = T; }

otag(A) ::= . { A = NULL; }
otag(A) ::= STRING(S). { A = parse_basiclit(p, S); }

/* Interface elements: methods, embedded types, unions of ~terms. */
%type ielems {NodeList}
%type ielems1 {NodeList}
ielems(A) ::= . { memset(&A, 0, sizeof A); }
ielems(A) ::= ielems1(L). { A = L; }
ielems(A) ::= ielems1(L) SEMI. { A = L; }
ielems1(A) ::= ielem(F). { A = parse_list1(p, F); }
ielems1(A) ::= ielems1(L) SEMI ielem(F). { A = L; parse_push(p, &A, F); }

ielem(A) ::= IDENT(I) signature(S). {
	A = N(FIELD, I.pos); parse_push(p, &A->list, parse_ident(p, I)); A->a = S;
}
ielem(A) ::= constraint(C). { A = N(FIELD, C->pos); A->a = C; A->embedded = true; }

/* ---------------- statements ---------------- */

block(A) ::= LBRACE(L) stmtlist(S) RBRACE(R). {
	A = N(BLOCK, L.pos); A->list = S; A->pos2 = R.pos;
}

body(A) ::= body_lbrace(L) stmtlist(S) RBRACE(R). {
	A = N(BLOCK, L); A->list = S; A->pos2 = R.pos;
}
%type body_lbrace {Pos}
body_lbrace(A) ::= LBODY(L). { A = L.pos; parse_body_opened(p); }

%type stmtlist {NodeList}
stmtlist(A) ::= stmt(S). { memset(&A, 0, sizeof A); if (S) parse_push(p, &A, S); }
stmtlist(A) ::= stmtlist(L) SEMI stmt(S). { A = L; if (S) parse_push(p, &A, S); }

stmt(A) ::= . { A = NULL; }
stmt(A) ::= block(B). { A = B; }
stmt(A) ::= gendecl(D). { A = N(DECLSTMT, D->pos); A->a = D; }
stmt(A) ::= simplestmt(S). { A = S; }
stmt(A) ::= ifstmt(S). { A = S; }
stmt(A) ::= forstmt(S). { A = S; }
stmt(A) ::= switchstmt(S). { A = S; }
stmt(A) ::= selectstmt(S). { A = S; }
stmt(A) ::= IDENT(I) COLON(C) stmt(S). {
	A = N(LABELED, I.pos); A->name = parse_ident(p, I)->name;
	A->a = S ? S : N(EMPTYSTMT, I.pos);
	if (!S && (p->tok.code == TK_CASE || p->tok.code == TK_DEFAULT))
		parse_error(p, C.pos, "missing statement after label");
}
stmt(A) ::= FALLTHROUGH(K). { A = N(BRANCH, K.pos); A->op = TK_FALLTHROUGH; }
stmt(A) ::= BREAK(K). { A = N(BRANCH, K.pos); A->op = TK_BREAK; }
stmt(A) ::= BREAK(K) IDENT(I). { A = N(BRANCH, K.pos); A->op = TK_BREAK; A->name = parse_ident(p, I)->name; A->pos2 = I.pos; }
stmt(A) ::= CONTINUE(K). { A = N(BRANCH, K.pos); A->op = TK_CONTINUE; }
stmt(A) ::= CONTINUE(K) IDENT(I). { A = N(BRANCH, K.pos); A->op = TK_CONTINUE; A->name = parse_ident(p, I)->name; A->pos2 = I.pos; }
stmt(A) ::= GOTO(K) IDENT(I). { A = N(BRANCH, K.pos); A->op = TK_GOTO; A->name = parse_ident(p, I)->name; A->pos2 = I.pos; }
stmt(A) ::= GO(K) expr(X). { A = N(GO, K.pos); A->a = X; }
stmt(A) ::= DEFER(K) expr(X). { A = N(DEFER, K.pos); A->a = X; }
stmt(A) ::= RETURN(K). { A = N(RETURN, K.pos); }
stmt(A) ::= RETURN(K) exprlist(L). { A = N(RETURN, K.pos); A->list = L; }

simplestmt(A) ::= expr(X). { A = parse_exprstmt(p, X); }
simplestmt(A) ::= expr(X) ARROW(O) expr(Y). { A = N(SEND, O.pos); A->a = X; A->b = Y; }
simplestmt(A) ::= expr(X) INC(O). { A = N(INCDEC, O.pos); A->op = TK_INC; A->a = X; }
simplestmt(A) ::= expr(X) DEC(O). { A = N(INCDEC, O.pos); A->op = TK_DEC; A->a = X; }
simplestmt(A) ::= expr(X) ASSIGNOP(O) expr(Y). {
	A = N(ASSIGN, O.pos); A->op = O.op;
	parse_push(p, &A->list, X); parse_push(p, &A->list2, Y);
}
simplestmt(A) ::= exprlist(L) ASSIGN(O) exprlist(R). {
	A = N(ASSIGN, O.pos); A->op = TK_ASSIGN; A->list = L; A->list2 = R;
}
simplestmt(A) ::= exprlist(L) DEFINE(O) exprlist(R). {
	A = N(ASSIGN, O.pos); A->op = TK_DEFINE; A->list = L; A->list2 = R;
}

osimplestmt(A) ::= . { A = NULL; }
osimplestmt(A) ::= simplestmt(S). { A = S; }

ifstmt(A) ::= IF(K) ifheader(H) body(B). {
	A = H; A->pos = K.pos; A->c = B;
}
ifstmt(A) ::= IF(K) ifheader(H) body(B) ELSE ifstmt(E). {
	A = H; A->pos = K.pos; A->c = B; A->d = E;
}
ifstmt(A) ::= IF(K) ifheader(H) body(B) ELSE block(E). {
	A = H; A->pos = K.pos; A->c = B; A->d = E;
}

/* Header errors are reported only when the body's `{` is the lookahead:
 * lemon may reduce a header by default before a syntax error shows. */
ifheader(A) ::= osimplestmt(S). {
	A = N(IF, p->tok.pos);
	if (p->tok.code == TK_LBODY && !S)
		parse_error(p, p->tok.pos, "missing condition in if statement");
	else if (p->tok.code == TK_LBODY && S->kind != N_EXPRSTMT)
		parse_error(p, S->pos, "cannot use assignment as value");
	if (S && S->kind == N_EXPRSTMT)
		A->b = S->a;
}
ifheader(A) ::= osimplestmt(I) SEMI(T) osimplestmt(S). {
	A = N(IF, p->tok.pos);
	A->a = I;
	if (p->tok.code == TK_LBODY && !S && T.lit[0] == 'n')
		parse_error(p, T.pos, "unexpected newline, expected { after if clause");
	else if (p->tok.code == TK_LBODY && !S)
		parse_error(p, p->tok.pos, "missing condition in if statement");
	else if (p->tok.code == TK_LBODY && S->kind != N_EXPRSTMT)
		parse_error(p, S->pos, "cannot use assignment as value");
	if (S && S->kind == N_EXPRSTMT)
		A->b = S->a;
}

forstmt(A) ::= FOR(K) forheader(H) body(B). { A = H; A->pos = K.pos; A->d = B; }

forheader(A) ::= osimplestmt(S). {
	A = N(FOR, p->tok.pos);
	if (S && S->kind != N_EXPRSTMT && p->tok.code == TK_LBODY)
		parse_error(p, S->pos, "expected for loop condition");
	else if (S && S->kind == N_EXPRSTMT)
		A->b = S->a;
}
forheader(A) ::= osimplestmt(I) SEMI osimplestmt(C) SEMI osimplestmt(S). {
	A = N(FOR, p->tok.pos); A->a = I; A->c = S;
	if (C && C->kind != N_EXPRSTMT && p->tok.code == TK_LBODY)
		parse_error(p, C->pos, "expected for loop condition");
	else if (C && C->kind == N_EXPRSTMT)
		A->b = C->a;
	if (S && S->kind == N_ASSIGN && S->op == TK_DEFINE && p->tok.code == TK_LBODY)
		parse_error(p, S->pos, "cannot declare in post statement of for loop");
}
forheader(A) ::= RANGE expr(X). { A = N(RANGE, p->tok.pos); A->c = X; }
forheader(A) ::= exprlist(L) ASSIGN RANGE expr(X). {
	A = N(RANGE, p->tok.pos); A->c = X; A->op = TK_ASSIGN;
	A->a = NODE_AT(L, 0); if (L.len > 1) A->b = NODE_AT(L, 1);
	if (L.len > 2) parse_error(p, NODE_AT(L, 2)->pos, "range clause permits at most two iteration variables");
}
forheader(A) ::= exprlist(L) DEFINE RANGE expr(X). {
	A = N(RANGE, p->tok.pos); A->c = X; A->op = TK_DEFINE;
	A->a = NODE_AT(L, 0); if (L.len > 1) A->b = NODE_AT(L, 1);
	if (L.len > 2) parse_error(p, NODE_AT(L, 2)->pos, "range clause permits at most two iteration variables");
}

switchstmt(A) ::= SWITCH(K) osimplestmt(S) body_lbrace caselist(L) RBRACE(R). {
	A = parse_switch(p, K.pos, NULL, S, L, R.pos);
}
switchstmt(A) ::= SWITCH(K) osimplestmt(I) SEMI osimplestmt(S) body_lbrace caselist(L) RBRACE(R). {
	A = parse_switch(p, K.pos, I, S, L, R.pos);
}

selectstmt(A) ::= SELECT(K) LBRACE caselist(L) RBRACE(R). {
	A = parse_select(p, K.pos, L, R.pos);
}

%type caselist {NodeList}
caselist(A) ::= . { memset(&A, 0, sizeof A); }
caselist(A) ::= caselist(L) caseclause(C). { A = L; parse_push(p, &A, C); }

caseclause(A) ::= CASE(K) index_list(L) COLON stmtlist(S). {
	A = N(CASE, K.pos); A->list = L; A->list2 = S;
}
caseclause(A) ::= CASE(K) expr(X) ARROW(O) expr(Y) COLON stmtlist(S). {
	A = N(CASE, K.pos); A->list2 = S;
	Node *s = N(SEND, O.pos); s->a = X; s->b = Y;
	parse_push(p, &A->list, s);
}
caseclause(A) ::= CASE(K) index_list(L) ASSIGN(O) expr(X) COLON stmtlist(S). {
	A = N(CASE, K.pos); A->list2 = S;
	Node *s = N(ASSIGN, O.pos); s->op = TK_ASSIGN; s->list = L;
	parse_push(p, &s->list2, X);
	parse_push(p, &A->list, s);
}
caseclause(A) ::= CASE(K) index_list(L) DEFINE(O) expr(X) COLON stmtlist(S). {
	A = N(CASE, K.pos); A->list2 = S;
	Node *s = N(ASSIGN, O.pos); s->op = TK_DEFINE; s->list = L;
	parse_push(p, &s->list2, X);
	parse_push(p, &A->list, s);
}
caseclause(A) ::= DEFAULT(K) COLON stmtlist(S). {
	A = N(CASE, K.pos); A->is_default = true; A->list2 = S;
}

/* ---------------- expressions ---------------- */

%type exprlist {NodeList}
exprlist(A) ::= expr(X). { A = parse_list1(p, X); }
exprlist(A) ::= exprlist(L) COMMA expr(X). { A = L; parse_push(p, &A, X); }

expr(A) ::= uexpr(X). { A = X; }
expr(A) ::= expr(X) LOR(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_LOR; A->a = X; A->b = Y; }
expr(A) ::= expr(X) LAND(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_LAND; A->a = X; A->b = Y; }
expr(A) ::= expr(X) EQL(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_EQL; A->a = X; A->b = Y; }
expr(A) ::= expr(X) NEQ(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_NEQ; A->a = X; A->b = Y; }
expr(A) ::= expr(X) LSS(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_LSS; A->a = X; A->b = Y; }
expr(A) ::= expr(X) LEQ(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_LEQ; A->a = X; A->b = Y; }
expr(A) ::= expr(X) GTR(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_GTR; A->a = X; A->b = Y; }
expr(A) ::= expr(X) GEQ(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_GEQ; A->a = X; A->b = Y; }
expr(A) ::= expr(X) ADD(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_ADD; A->a = X; A->b = Y; }
expr(A) ::= expr(X) SUB(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_SUB; A->a = X; A->b = Y; }
expr(A) ::= expr(X) OR(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_OR; A->a = X; A->b = Y; }
expr(A) ::= expr(X) XOR(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_XOR; A->a = X; A->b = Y; }
expr(A) ::= expr(X) MUL(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_MUL; A->a = X; A->b = Y; }
expr(A) ::= expr(X) QUO(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_QUO; A->a = X; A->b = Y; }
expr(A) ::= expr(X) REM(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_REM; A->a = X; A->b = Y; }
expr(A) ::= expr(X) AND(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_AND; A->a = X; A->b = Y; }
expr(A) ::= expr(X) AND_NOT(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_AND_NOT; A->a = X; A->b = Y; }
expr(A) ::= expr(X) SHL(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_SHL; A->a = X; A->b = Y; }
expr(A) ::= expr(X) SHR(O) expr(Y). { A = N(BINARY, O.pos); A->op = TK_SHR; A->a = X; A->b = Y; }

uexpr(A) ::= pexpr(X). { A = X; }
uexpr(A) ::= MUL(O) uexpr(X). { A = N(STAR, O.pos); A->a = X; }
uexpr(A) ::= AND(O) uexpr(X). { A = N(UNARY, O.pos); A->op = TK_AND; A->a = X; }
uexpr(A) ::= ADD(O) uexpr(X). { A = N(UNARY, O.pos); A->op = TK_ADD; A->a = X; }
uexpr(A) ::= SUB(O) uexpr(X). { A = N(UNARY, O.pos); A->op = TK_SUB; A->a = X; }
uexpr(A) ::= NOT(O) uexpr(X). { A = N(UNARY, O.pos); A->op = TK_NOT; A->a = X; }
uexpr(A) ::= XOR(O) uexpr(X). { A = N(UNARY, O.pos); A->op = TK_XOR; A->a = X; }
uexpr(A) ::= ARROW(O) uexpr(X). { A = parse_arrow(p, O.pos, X); }
uexpr(A) ::= TILDE(O) uexpr(X). { A = N(UNARY, O.pos); A->op = TK_TILDE; A->a = X; }

pexpr(A) ::= pexpr_np(X). { A = X; }
pexpr(A) ::= LPAREN(L) expr_or_type(X) RPAREN. { A = N(PAREN, L.pos); A->a = X; }

pexpr_np(A) ::= INT(T). { A = parse_basiclit(p, T); }
pexpr_np(A) ::= FLOAT(T). { A = parse_basiclit(p, T); }
pexpr_np(A) ::= IMAG(T). { A = parse_basiclit(p, T); }
pexpr_np(A) ::= CHAR(T). { A = parse_basiclit(p, T); }
pexpr_np(A) ::= STRING(T). { A = parse_basiclit(p, T); }
pexpr_np(A) ::= IDENT(I). [NAMEPREC] { A = parse_ident(p, I); }
pexpr_np(A) ::= pexpr(X) PERIOD(D) IDENT(I). {
	A = N(SELECTOR, D.pos); A->a = X; A->name = parse_ident(p, I)->name; A->pos2 = I.pos;
}
pexpr_np(A) ::= pexpr(X) PERIOD(D) LPAREN expr_or_type(T) RPAREN. {
	A = N(TYPEASSERT, D.pos); A->a = X; A->b = T;
}
pexpr_np(A) ::= pexpr(X) PERIOD(D) LPAREN TYPE RPAREN. {
	A = N(TYPEASSERT, D.pos); A->a = X;
}
pexpr_np(A) ::= pexpr(X) LBRACK(B) index_list(L) ocomma RBRACK. {
	A = N(INDEX, B.pos); A->a = X; A->list = L;
}
pexpr_np(A) ::= pexpr(X) LBRACK(B) oexpr(L) COLON oexpr(H) RBRACK. {
	A = N(SLICE, B.pos); A->a = X; A->b = L; A->c = H;
}
pexpr_np(A) ::= pexpr(X) LBRACK(B) oexpr(L) COLON oexpr(H) COLON oexpr(M) RBRACK. {
	A = N(SLICE, B.pos); A->a = X; A->b = L; A->c = H; A->d = M; A->slice3 = true;
	if (!H)
		parse_error(p, B.pos, "middle index required in 3-index slice");
	else if (!M)
		parse_error(p, B.pos, "final index required in 3-index slice");
}
pexpr_np(A) ::= pexpr(X) LPAREN(L) RPAREN(R). {
	A = N(CALL, L.pos); A->a = X; A->pos2 = R.pos;
}
pexpr_np(A) ::= pexpr(X) LPAREN(L) index_list(G) ocomma RPAREN(R). {
	A = N(CALL, L.pos); A->a = X; A->list = G; A->pos2 = R.pos;
}
pexpr_np(A) ::= pexpr(X) LPAREN(L) index_list(G) ELLIPSIS ocomma RPAREN(R). {
	A = N(CALL, L.pos); A->a = X; A->list = G; A->pos2 = R.pos; A->ellipsis = true;
}
pexpr_np(A) ::= convtype(T) LPAREN(L) index_list(G) ocomma RPAREN(R). {
	A = N(CALL, L.pos); A->a = T; A->list = G; A->pos2 = R.pos;
}
pexpr_np(A) ::= convtype(T) LPAREN(L) RPAREN(R). {
	A = N(CALL, L.pos); A->a = T; A->pos2 = R.pos;
}
pexpr_np(A) ::= othertype(T) lbrace elems(L) RBRACE(R). {
	A = N(COMPOSITE, T->pos); A->a = T; A->list = L; A->pos2 = R.pos;
}
pexpr_np(A) ::= pexpr_np(T) LBRACE elems(L) RBRACE(R). {
	A = N(COMPOSITE, T->pos); A->a = T; A->list = L; A->pos2 = R.pos;
}
pexpr_np(A) ::= fntype(T) lbrace(L) stmtlist(S) RBRACE(R). {
	A = N(FUNCLIT, T->pos); A->a = T;
	A->b = N(BLOCK, T->pos); A->b->list = S; A->b->pos2 = R.pos;
	(void)L;
}

pexpr_np(A) ::= othertype(T) PERIOD(D) IDENT(I). {
	A = N(SELECTOR, D.pos); A->a = T; A->name = parse_ident(p, I)->name; A->pos2 = I.pos;
}

convtype(A) ::= fntype(T). { A = T; }
convtype(A) ::= othertype(T). { A = T; }

oexpr(A) ::= . { A = NULL; }
oexpr(A) ::= expr(X). { A = X; }

expr_or_type(A) ::= expr(X). { A = X; }
expr_or_type(A) ::= nonexprtype(T). { A = T; }

nonexprtype(A) ::= fntype(T). { A = T; }
nonexprtype(A) ::= othertype(T). { A = T; }
nonexprtype(A) ::= MUL(O) nonexprtype(T). { A = N(STAR, O.pos); A->a = T; }
nonexprtype(A) ::= ARROW(O) CHAN type(T). { A = N(CHANTYPE, O.pos); A->op = 2; A->a = T; }

%type index_list {NodeList}
index_list(A) ::= expr_or_type(X). { A = parse_list1(p, X); }
index_list(A) ::= index_list(L) COMMA expr_or_type(X). { A = L; parse_push(p, &A, X); }

/* Composite literal elements; an inner `{...}` is a literal of elided type. */
%type elems {NodeList}
%type elems1 {NodeList}
elems(A) ::= . { memset(&A, 0, sizeof A); }
elems(A) ::= elems1(L). { A = L; }
elems(A) ::= elems1(L) COMMA. { A = L; }
elems1(A) ::= elem(X). { A = parse_list1(p, X); }
elems1(A) ::= elems1(L) COMMA elem(X). { A = L; parse_push(p, &A, X); }

elem(A) ::= elemval(X). { A = X; }
elem(A) ::= elemval(K) COLON(C) elemval(V). { A = N(KEYVALUE, C.pos); A->a = K; A->b = V; }
elemval(A) ::= expr(X). { A = X; }
elemval(A) ::= LBRACE(L) elems(E) RBRACE(R). {
	A = N(COMPOSITE, L.pos); A->list = E; A->pos2 = R.pos;
}
