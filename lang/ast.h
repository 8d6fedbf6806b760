/* ast.h: the syntax tree the parser builds and the checker annotates.
 *
 * One node struct for every construct, in the manner of Go's old gc
 * compiler: a kind, an operator, a position, four child slots (a..d) and
 * three lists, whose meaning per kind is listed below.  A uniform node keeps
 * the grammar actions short and lets every later stage walk the tree with
 * one switch.  The parser fills the syntax part; the checker fills the
 * annotation part at the end of the struct and may rewrite child pointers
 * (it wraps every conversion, explicit `T(x)` or implicit, in an N_CONV).
 *
 * Positions follow cmd/compile/internal/syntax, because Go's error messages
 * point where that parser points: a binary expression's pos is its
 * operator, a call's pos is its `(` (see each kind below; where unsure,
 * the syntax package's parser.go is the reference); pos2 holds a second position where Go reports at one
 * (a call's `)`, a block's or function body's closing `}`).
 *
 * Names (identifiers, labels) are interned per compilation: two equal names
 * are the same pointer.
 */
#ifndef GVM_AST_H
#define GVM_AST_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "diag.h"

typedef struct Node Node;
typedef struct Type Type;
typedef struct Obj Obj;
typedef struct ConstVal ConstVal;

/* A list of Node pointers (PtrVec of Node *). */
typedef PtrVec NodeList;
#define NODE_AT(list, i) ((Node *)(list).items[i])

/*    kind          children and fields                                pos        */
#define NODE_KINDS(X)                                                              \
	X(BAD)        /* a syntax error was recovered here                            */ \
	/* expressions */                                                              \
	X(IDENT)      /* name                                               the name  */ \
	X(BASICLIT)   /* op = TK_INT/TK_FLOAT/TK_IMAG/TK_CHAR/TK_STRING, lit/litlen = source text */ \
	X(COMPOSITE)  /* a = type (NULL if elided in an outer literal), list = elements (exprs or KEYVALUE), pos2 = '}'  pos = type's pos or '{' */ \
	X(FUNCLIT)    /* a = FUNCTYPE, b = body BLOCK; checker: obj = its FUNC, list3 = captured vars (IDENTs); implicit: a method value's wrapper (its receiver inside the closure)  'func' */ \
	X(PAREN)      /* a = inner expression                                 '('      */ \
	X(SELECTOR)   /* a = x, name = selected name, pos2 = the name's pos; checker: obj = the method (see check_methods.c)  as syntax sets it */ \
	X(INDEX)      /* a = x, list = index exprs (several: generic instantiation) '[' */ \
	X(SLICE)      /* a = x, b = lo, c = hi, d = max (each may be NULL), slice3   '[' */ \
	X(TYPEASSERT) /* a = x, b = type (NULL for x.(type))                  '.'      */ \
	X(CALL)       /* a = fun, list = args, ellipsis = f(xs...), pos2 = ')'  '('    */ \
	X(STAR)       /* a = x: dereference or pointer type                   '*'      */ \
	X(UNARY)      /* op = TK_ADD/TK_SUB/TK_NOT/TK_XOR/TK_AND/TK_ARROW/TK_TILDE (~T in constraints), a = x  op */ \
	X(BINARY)     /* op = operator token, a = x, b = y (TK_OR also joins constraint terms: ~int | string)  operator */ \
	X(KEYVALUE)   /* a = key, b = value (in composite literals)           ':'      */ \
	X(CONV)       /* made by the checker: a = x converted to this->type; implicit = not written */ \
	/* types */                                                                    \
	X(ARRAYTYPE)  /* a = length (NULL: slice type; ELLIPSISTYPE a==NULL: [...]T), b = elem  '[' */ \
	X(STRUCTTYPE) /* list = FIELDs                                        'struct' */ \
	X(FUNCTYPE)   /* list = params FIELDs, list2 = results FIELDs, list3 = type params FIELDs 'func' or '(' */ \
	X(INTERFACETYPE) /* list = FIELDs: methods (names[0] + a = FUNCTYPE), embedded (no names, a = type or union/~ expr) */ \
	X(MAPTYPE)    /* a = key, b = value                                   'map'    */ \
	X(CHANTYPE)   /* a = elem, op = 0 (chan T), 1 (chan<- T), 2 (<-chan T)         */ \
	X(ELLIPSISTYPE) /* a = elem: a variadic parameter's type ...T         '...'    */ \
	X(FIELD)      /* list = names (IDENTs, may be empty), a = type, b = tag BASICLIT or NULL, embedded */ \
	/* statements */                                                               \
	X(EMPTYSTMT)                                                                   \
	X(DECLSTMT)   /* a = GENDECL                                                   */ \
	X(LABELED)    /* name = label, a = statement                          label    */ \
	X(EXPRSTMT)   /* a = expression                                                */ \
	X(SEND)       /* a = channel, b = value                               '<-'     */ \
	X(INCDEC)     /* a = x, op = TK_INC or TK_DEC                         '++'/'--' */ \
	X(ASSIGN)     /* list = lhs, list2 = rhs, op = TK_ASSIGN, TK_DEFINE or the binary operator of `x op= y` (TK_ADD ...)  operator */ \
	X(GO)         /* a = call                                             'go'     */ \
	X(DEFER)      /* a = call                                             'defer'  */ \
	X(RETURN)     /* list = results                                       'return' */ \
	X(BRANCH)     /* op = TK_BREAK/TK_CONTINUE/TK_GOTO/TK_FALLTHROUGH, name = label or NULL, pos2 = label's pos  keyword */ \
	X(BLOCK)      /* list = statements, pos2 = '}'                        '{'      */ \
	X(IF)         /* a = init stmt, b = cond, c = then BLOCK, d = else (IF or BLOCK or NULL)  'if' */ \
	X(CASE)       /* list = exprs or types (empty for default), list2 = body stmts, is_default; checker: obj = a type switch clause's own variable  'case'/'default' */ \
	X(SWITCH)     /* a = init, b = tag expr or NULL, list = CASEs, pos2 = '}' 'switch' */ \
	X(TYPESWITCH) /* a = init, b = guard: EXPRSTMT(x.(type)) or ASSIGN(v := x.(type)), list = CASEs 'switch' */ \
	X(COMMCLAUSE) /* a = SEND, EXPRSTMT(<-c) or ASSIGN(v, ok := <-c) or NULL for default, list2 = body  'case' */ \
	X(SELECT)     /* list = COMMCLAUSEs                                   'select' */ \
	X(FOR)        /* a = init, b = cond, c = post (each may be NULL), d = body BLOCK  'for' */ \
	X(RANGE)      /* a = key, b = value (each may be NULL), c = ranged expr, d = body, op = TK_DEFINE, TK_ASSIGN or 0  'for' */ \
	/* declarations */                                                             \
	X(IMPORTSPEC) /* name = local name or NULL ("." and "_" allowed), b = path BASICLIT  path pos */ \
	X(VALUESPEC)  /* list = names (IDENTs), a = type or NULL, list2 = values; iota = index in its group  first name */ \
	X(TYPESPEC)   /* name, a = type, list3 = type params FIELDs, alias (type A = B)   name */ \
	X(GENDECL)    /* op = TK_IMPORT/TK_CONST/TK_TYPE/TK_VAR, list = specs  keyword */ \
	X(FUNCDECL)   /* name, list = receiver FIELDs (empty: a function), a = FUNCTYPE, b = body BLOCK or NULL; implicit: a (*T).M wrapper of T's value method M = name (check_wrap.c)  name */ \
	X(FILE)       /* name = package name, list = decls (GENDECL, FUNCDECL), list2 = IMPORTSPECs  'package' */

typedef enum NodeKind {
#define X(k) N_##k,
	NODE_KINDS(X)
#undef X
	N__COUNT
} NodeKind;

/* How the checker classified an expression (go/types' operand modes). */
typedef enum ExprMode {
	MODE_INVALID,  /* not checked, or an error was reported */
	MODE_NOVALUE,  /* a call without results */
	MODE_VALUE,    /* a computed value */
	MODE_VARIABLE, /* an addressable value */
	MODE_CONST,    /* a constant: cv holds its value */
	MODE_TYPE,     /* the expression denotes a type */
	MODE_BUILTIN,  /* a builtin function name (obj->builtin) */
	MODE_COMMAOK,  /* a map index, type assertion or receive usable as v, ok */
	MODE_GENERIC,  /* a generic function or type not (fully) instantiated: obj is it */
} ExprMode;

struct Node {
	NodeKind kind;
	int op;       /* token code from grammar.h, see the table */
	Pos pos, pos2;
	Node *a, *b, *c, *d;
	NodeList list, list2, list3;
	const char *name;   /* interned identifier / label / package name */
	const char *lit;    /* BASICLIT source text (quotes included), not NUL-terminated */
	int litlen;
	int iota;           /* VALUESPEC: position in its const group */
	bool ellipsis;      /* CALL with xs... */
	bool slice3;        /* SLICE with three indices */
	bool is_default;    /* CASE / COMMCLAUSE default */
	bool alias;         /* TYPESPEC alias */
	bool embedded;      /* FIELD without names */
	bool implicit;      /* CONV inserted for an implicit conversion; FUNCLIT, FUNCDECL: wrappers */

	/* ---- checker annotations ---- */
	ExprMode mode;
	Type *type;         /* expression's type (final type for constants); TYPE mode: the type denoted */
	Obj *obj;           /* IDENT: object denoted; SELECTOR: package member; LABELED/BRANCH: label; FUNCDECL: the function; CASE: a type switch clause's variable */
	ConstVal *cv;       /* MODE_CONST: value, already converted to type */
	void *info;         /* checker-private extra data (e.g. a function's scope info) */
	struct Field *field; /* SELECTOR of a struct field, or a struct literal's KEYVALUE key: the field */
};

Node *ast_new(Arena *arena, NodeKind kind, Pos pos);
/* A deep copy of the tree n as the parser made it (no checker
 * annotations): each instance of a generic declaration is checked on a
 * copy of its own (check_inst.c). */
Node *ast_clone(Arena *arena, const Node *n);
const char *ast_kind_name(NodeKind kind);
/* The source spelling of an operator or keyword token ("+", "&^", "goto"),
 * NULL for other tokens. */
const char *ast_op_text(int op);
/* Later stages walk the tree recursively, so the parser refuses trees
 * deeper than this many nodes (Go has no such limit; no real program
 * comes near it). */
enum { AST_MAX_DEPTH = 10000 };
/* The first node found deeper than `limit` levels, or NULL.  Iterative, so
 * it is safe on any tree. */
Node *ast_too_deep(Mem *mem, Node *root, int limit);
/* Print the tree (for `gvm parse` debugging and the parser's tests). */
void ast_dump(const Node *n, int indent, void (*write)(void *ctx, const char *s), void *ctx);

#endif
