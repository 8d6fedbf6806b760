/* check_internal.h: the checker's private state, shared by check*.c and
 * universe.c.
 *
 * One Checker lives for one check_program call; everything it allocates
 * goes to the compilation's arena.  Package-level objects carry an ObjInfo
 * (Obj.chk) with their declaration state, so that they can be checked on
 * demand in any order (go/types' objDecl), and the package-level objects
 * they refer to (for the initialisation order and cycle errors).
 */
#ifndef GVM_CHECK_INTERNAL_H
#define GVM_CHECK_INTERNAL_H

#include <stdarg.h>

#include "check.h"
#include "check_gate.h"
#include "constant.h"
#include "grammar.h"
#include "strbuf.h"

typedef enum ScopeKind { SC_UNIVERSE, SC_PACKAGE, SC_FILE, SC_FUNC, SC_BLOCK } ScopeKind;

typedef struct Scope {
	struct Scope *parent;
	ScopeKind kind;
	PtrVec objs; /* Obj* */
} Scope;

typedef enum DeclState { DS_TODO, DS_ACTIVE, DS_DONE } DeclState;

/* Checker data of a package-level object. */
typedef struct ObjInfo {
	DeclState state;
	Node *spec;       /* VALUESPEC, TYPESPEC or FUNCDECL */
	Node *valspec;    /* consts: the spec whose type and values apply (implicit repetition) */
	int index;        /* position of the name in the spec */
	int order;        /* declaration order in the package */
	PtrVec deps;      /* Obj*: package-level objects its declaration uses */
	GlobalInit *init; /* vars: their initialisation (shared by a spec's names) */
	int ndeps;        /* init order bookkeeping: edges to objects not yet initialised */
	PtrVec succs;     /* the init graph's edges: what it waits for (deps, plus what the
			   * functions it uses wait for) */
	PtrVec preds;     /* the reverse edges */
	bool removed;
} ObjInfo;

/* An imported package: the members of fmt and os. */
typedef struct Package {
	const char *path;
	const char *name;  /* what an import calls it: the path's last element */
	Scope *members;
	Obj *pkgname;     /* the import's PkgName object */
	bool source;      /* written in Go: only exported names are visible */
	Node *spec;
	bool used;
} Package;

/* A type parameter of a generic declaration. */
typedef struct TParam {
	const char *name;
	Pos pos;
	Node *constraint;  /* its constraint as written (never checked itself) */
	Type *type;        /* the T_TYPEPARAM standing for it in sig and bounds */
	Type *bound;       /* the constraint over the T_TYPEPARAMs (an interface) */
} TParam;

/* A generic function or type (Obj.generic).  Its declaration is never
 * checked as such: each instance is a copy of it (check_inst.c). */
typedef struct GenericDecl {
	Obj *obj;
	Node *decl;          /* FUNCDECL or TYPESPEC */
	TParam *tparams;
	int ntparams;
	Scope *scope;        /* the scope it is declared in */
	const char *path;    /* its package */
	const char *srcfile; /* its source file, for tracebacks and messages */
	bool declared;       /* check_generic_declare has run */
	bool cycle;          /* an instantiation cycle was reported */
	Type *sig;           /* a function's signature over the T_TYPEPARAMs */
	PtrVec methods;      /* a type's method FUNCDECLs */
	PtrVec insts;        /* Inst*: its instances */
} GenericDecl;

/* One instance: gen with the type arguments targs. */
typedef struct Inst {
	GenericDecl *gen;
	Type **targs;
	Obj *obj;            /* the instance FUNC, or its TypeName */
} Inst;

/* The function whose body is being checked. */
typedef struct FuncCtx {
	Obj *func;
	Type *sig;
	PtrVec locals;    /* Obj*: local variables, for "declared and not used" */
	struct FuncCtx *outer; /* a function literal's enclosing function */
	Node *lit;        /* the FUNCLIT whose body this is, or NULL */
	int nlits;        /* function literals directly inside, so far */
} FuncCtx;

typedef struct Checker {
	Arena *arena;
	Names *names;
	Diag *diag;
	Program *prog;
	Scope *universe, *pkg, *scope;
	FuncCtx *fn;
	Obj *decl;         /* package-level object being checked (deps go here) */
	ConstVal *iota;    /* the current iota in a const declaration, or NULL */
	PtrVec pkgobjs;    /* Obj*: package-level objects in declaration order */
	PtrVec imports;    /* Package* */
	Type *t_any, *t_error, *t_string_slice;
	const char *n_blank, *n_main, *n_init, *n_iota;
	const LinkEnv *env; /* the native packages a program may import */
	CheckSession *session;
	const char *path;  /* the package being checked: "main", "fmt" */
	bool native_decls; /* typing a native package's declarations */
	int unsupported;   /* "not supported yet" errors so far */
	int decl_depth;    /* package-level declarations being checked, nested */
	PtrVec methods;    /* Obj*: method declarations (check_methods.c) */
	Node *call_fun;    /* the callee expression being checked */
	Node *commaok;     /* the rhs of `a, b = x`: may be a comma-ok form */
	PtrVec named_types;   /* Type*: the defined types declared (check_wrap.c) */
	PtrVec embed_structs; /* Type*: struct types with embedded fields */
	PtrVec wraps;         /* the wrappers made so far (check_wrap.c) */
	PtrVec generic_objs;  /* Obj*: the library's generic names used (check_generic.c) */
	PtrVec generic_insts; /* their instances */
	/* generics (check_inst.c) */
	Scope *file_scope;    /* the file's scope, with its imports */
	PtrVec generic_methods; /* FUNCDECLs of methods of generic types, until resolved */
	PtrVec pending;       /* InstBody*: instance bodies still to check */
	int pending_done;
	PtrVec new_insts;     /* Inst*: the instances this check made */
	const char *srcfile;  /* an instance's source file while it is checked, or NULL */
	int inst_level;       /* how many instance bodies led to the one being checked */
	int inst_nest;        /* instantiations in progress, nested */
	bool allow_constraint; /* the next check_type_expr may denote a constraint */
	bool allow_generic;   /* the next check_multi_expr may be a generic function */
} Checker;

/* ---- check.c: scopes, errors, printing ---- */
Scope *check_scope_new(Checker *c, Scope *parent, ScopeKind kind);
Obj *check_scope_lookup_local(Scope *s, const char *name);
Obj *check_scope_lookup(Scope *s, const char *name);
/* Insert obj, reporting "x redeclared in this block" on conflict. */
bool check_declare(Checker *c, Scope *s, Obj *obj);
Obj *check_obj_new(Checker *c, ObjKind kind, const char *name, Type *type, Pos pos);
void check_errorf(Checker *c, Pos pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
const char *check_fmtpos(Checker *c, Pos pos);
/* A new, empty StrBuf for the checker's text: the one place check*.c and
 * universe.c make one. */
StrBuf check_new_buf(Checker *c);
/* b's text as a NUL-terminated copy in the compilation's arena; frees b. */
const char *check_buf_finish(Checker *c, StrBuf *b);
char *check_csprintf(Checker *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* types2's ExprString and operand description ("x (variable of type int)"). */
const char *check_expr_str(Checker *c, Node *n);
const char *check_operand_str(Checker *c, Node *n);
const char *check_tstr(Checker *c, Type *t);
Pos check_start_pos(Node *n);
/* An operator token's spelling ("+", "&^", "<-"). */
const char *check_token_str(int op);

/* ---- check_generic.c: weak, unique and AddCleanup until generics ---- */
/* Package p's generic member `name` (weak.Make, weak.Pointer …), or NULL. */
Obj *check_generic_member(Checker *c, Package *p, const char *name);
/* n is x[T] with x a type: an instance of a generic type (true), or not
 * one of them (false: nothing done). */
bool check_generic_instance(Checker *c, Node *n);
/* The error for a generic type used without type arguments. */
bool check_generic_uninstantiated(Checker *c, Type *t, Pos pos);
/* n is x.name: a method of an instance (true, n becomes MODE_BUILTIN). */
bool check_generic_method(Checker *c, Node *n);
/* A call of one of the builtins above. */
void check_generic_call(Checker *c, Node *n, Node *fun);

/* ---- check_inst.c: generic declarations and their instances ---- */
/* Make o (FUNCDECL or TYPESPEC decl, type parameters tparams) generic. */
void check_generic_new(Checker *c, Obj *o, Node *decl, NodeList *tparams);
/* Type o's type parameters and bounds (and a function's signature) over
 * T_TYPEPARAMs, once; reports the errors of the declaration. */
void check_generic_declare(Checker *c, Obj *o);
/* o's instance with the type arguments targs (one per type parameter),
 * or NULL after an error.  xlist: the type argument expressions, or NULL
 * (inferred: errors are reported at pos). */
Obj *check_instantiate(Checker *c, Obj *o, Type **targs, Node **xlist, Pos pos);
/* n is x[...] with x generic (MODE_GENERIC): instantiate it. */
void check_index_generic(Checker *c, Node *n);
/* fun (a generic function, maybe partly instantiated) is now its
 * instance inst. */
void check_use_instance(Checker *c, Node *fun, Obj *inst);
/* "Stack[T any]": a generic declaration with its type parameters. */
const char *check_generic_str(Checker *c, Obj *o);
/* Report x, a generic not instantiated, and make it invalid. */
void check_uninstantiated(Checker *c, Node *x);
/* A method declared on a generic type (recorded until resolve). */
void check_generic_method_decl(Checker *c, Node *d);
void check_generic_methods_resolve(Checker *c);
/* Check the bodies of the instances made so far, and of those they make. */
void check_instance_bodies(Checker *c);
/* After a failed check: its instances leave their generics' caches. */
void check_forget_instances(Checker *c);
/* Mark the packages a generic declaration names as used (its body is
 * checked only when it is instantiated). */
void check_generic_uses(Checker *c, Node *n);
/* The type arguments a partly instantiated callee fun (F[int] of a
 * generic with more type parameters) has: their number. */
int check_partial_targs(Node *fun, Type **targs, Node **xlist);
/* Does t mention a type parameter (T_TYPEPARAM)? */
bool check_parameterized(Type *t);

/* ---- check_infer.c: calls of generic functions ---- */
/* n is a call of fun, a generic function (MODE_GENERIC). */
void check_call_generic(Checker *c, Node *n, Node *fun);
/* Argument a is a generic function passed for parameter type pt: infer
 * its type arguments from pt (Go 1.21); false when an error was reported. */
bool check_generic_arg(Checker *c, Node *a, Type *pt);

/* ---- check_constraint.c: constraints and type sets ---- */
/* The constraint e of a type parameter, as an interface. */
Type *check_constraint_type(Checker *c, Node *e);
/* An embedded element e of interface t: its terms and comparability join
 * t's; returns the interface whose methods t gains, or NULL. */
Type *check_embed_element(Checker *c, Type *t, Node *e);
/* Is t an interface usable only as a constraint? */
bool check_is_constraint_iface(Type *t);
/* Does v satisfy the constraint bound?  *cause gets types2's text if not. */
bool check_satisfies(Checker *c, Type *v, Type *bound, const char **cause);
/* The core type of a constraint: its single term's type (*single set),
 * or the underlying type its terms share; NULL if none.  *tilde: the
 * term is ~T. */
Type *check_core_term(Type *bound, bool *single, bool *tilde);

/* ---- check_gate.c: what gvm does not support yet ---- */
typedef enum Gate {
#define GATE_ENUM(name, text, native) GATE_##name,
	GATES(GATE_ENUM)
#undef GATE_ENUM
} Gate;
/* True when construct g may be used here; otherwise reports "<text>
 * not supported yet" at pos (name, if given, follows the text: "package
 * x") and returns false. */
bool check_gate(Checker *c, Gate g, Pos pos, const char *name);
/* The same for a type named in a type expression (complex numbers,
 * interfaces, unsafe.Pointer). */
bool check_gate_type_name(Checker *c, Type *t, Pos pos);
/* The same for a type whose values would exist at run time. */
bool check_gate_value_type(Checker *c, Type *t, Pos pos);

/* ---- universe.c ---- */
void check_universe_init(Checker *c);
/* The package for an import path, or NULL if gvm does not provide it. */
Package *check_universe_package(Checker *c, const char *path);
/* Go's exported identifiers: an upper-case first letter (the library's
 * names are ASCII). */
static inline bool check_exported(const char *name)
{
	return name[0] >= 'A' && name[0] <= 'Z';
}
/* A bodiless function, or a package variable, of a library package
 * written in Go: make it the native of the same name (false when the
 * package has none). */
bool check_bind_native(Checker *c, Obj *fn);

/* ---- types ---- */
Type *check_new_type(Checker *c, TypeKind kind);
Type *check_new_tuple(Checker *c, Type **elems, int n);
Type *check_new_slice(Checker *c, Type *elem);
Type *check_new_map(Checker *c, Type *key, Type *elem);
/* n (parentheses aside) is m[k] on a map: assignable, not addressable. */
bool check_is_map_index(Node *n);
/* v, ok = m[k] (l == 2 left sides): x's type becomes (V, bool). */
void check_comma_ok(Checker *c, Node *x, int l);
Type *check_new_func(Checker *c, Type *params, Type *results, bool variadic);

/* ---- check_expr.c ---- */
/* Check n as a single value (or report); sets n->mode/type/cv. */
void check_expr(Checker *c, Node *n);
/* Like expr, but a call with several results is allowed (type TUPLE). */
void check_multi_expr(Checker *c, Node *n);
/* Check n, allowing a type (MODE_TYPE). */
void check_expr_or_type(Checker *c, Node *n);
/* Check a type expression; NULL (error reported) if not a type. */
Type *check_type_expr(Checker *c, Node *n);
/* Make an untyped n typed with target (or default type when NULL),
 * reporting representability errors; false on error. */
bool check_convert_untyped(Checker *c, Node *n, Type *target);
/* The default type of an untyped type (int, float64, ...). */
Type *check_default_type(Type *t);
/* Assignability of the checked n to T (NULL: blank), converting untyped
 * values and wrapping interface conversions in N_CONV; reports
 * "cannot use ... in <context>". */
bool check_assignment(Checker *c, Node *n, Type *T, const char *context);
bool check_is_interface(Type *t);
bool check_is_numeric(Type *t);
bool check_is_const_type(Type *t);
bool check_comparable_type(Type *t);
/* x op y into the BINARY-like node n; assignop: the operation of
 * `x op= y` (worded "x += y" in errors). */
void check_binary_op(Checker *c, Node *n, Node *x, Node *y, bool assignop);
/* Record a dependency of the current package-level declaration. */
void check_record_dep(Checker *c, Obj *o);
/* A call n of fun in three steps: its arguments checked (types gets one
 * type per value; -1 after an error), their count against sig, then
 * their assignment to the parameters and the call's result. */
int check_call_args(Checker *c, Node *n, PtrVec *types);
bool check_call_count(Checker *c, Node *n, Node *fun, Type *sig, PtrVec *types, int nargs);
void check_call_finish(Checker *c, Node *n, Node *fun, Type *sig, PtrVec *types, int nargs);

/* ---- check_types.c ---- */
enum { CHECK_MAX_FIELD_DEPTH = 16 };
Type *check_new_pointer(Checker *c, Type *elem);
Type *check_new_array(Checker *c, Type *elem, int64_t len);
/* [N]T or []T; literal: [...]T allowed (length -1 until the literal is checked). */
Type *check_array_type(Checker *c, Node *n, bool literal);
Type *check_struct_type(Checker *c, Node *n);
/* The path of field indexes to `name` in struct (or *struct) t through
 * embedded fields: its length, 0 if none, -1 if ambiguous. */
int check_lookup_field(Checker *c, Type *t, const char *name, int *path);
/* Type the selector n (x already checked) as a field, rewriting promoted
 * fields into explicit paths; false if x has no such field. */
bool check_field_selector(Checker *c, Node *n);
const char *check_field_hint(Checker *c, Type *t, const char *name);
/* Mark the local variable at the root of addressable x as addr_taken. */
void check_mark_addr_taken(Node *x);
/* A composite literal; hint: the element type of an enclosing literal. */
void check_composite(Checker *c, Node *n, Type *hint);

/* ---- check_decl.c ---- */
void check_obj_decl(Checker *c, Obj *o);
/* Method o (FUNCDECL decl) as a package-level object, so that what its
 * body uses counts in the initialisation order of what uses it. */
void check_method_info(Checker *c, Obj *o, Node *decl);
void check_collect_objects(Checker *c, Node *file);
void check_local_decl(Checker *c, Node *gendecl);
/* The type of a function, making its parameter and result objects
 * (IDENT.obj of named ones, FIELD.obj of unnamed ones). */
Type *check_func_signature(Checker *c, Node *ftype, Obj *fobj);
void check_func_body(Checker *c, Obj *f);
/* "assignment mismatch: 2 variables but f returns 1 value" at rhs0. */
void check_report_assign_mismatch(Checker *c, Node *rhs0, int l, int r, bool single);
void check_init_order(Checker *c);

/* ---- check_methods.c ---- */
void check_method_collect(Checker *c, Node *funcdecl);
/* Attach collected methods to their receivers' named types. */
void check_methods_resolve(Checker *c);
int check_lookup_method(Checker *c, Type *t, const char *name, int *path,
			Method **out, bool *via_ptr);
/* The same as a selector sees it: 0 also when a field at a shallower
 * depth hides the method, -1 also when one at its depth makes it
 * ambiguous. */
int check_find_method(Checker *c, Type *t, const char *name, int *path,
		      Method **out, bool *via_ptr);
/* Before a field selector: true when t has a method `name` no deeper
 * than any field of that name (the method wins, or at the same depth the
 * selector is ambiguous: check_find_method says so). */
bool check_method_first(Checker *c, Type *t, const char *name);
/* T.M, (*T).M, I.M with x a type (n->a checked): annotate n or report;
 * false when the type has no method of that name. */
bool check_method_expr(Checker *c, Node *n);
/* x.M naming a method (n->a checked): annotate n; false if not a method. */
bool check_method_selector(Checker *c, Node *n);
Type *check_interface_type(Checker *c, Node *n);
bool check_implements(Checker *c, Type *v, Type *t, const char **cause);
/* types2's "(missing method M)" when v lacks a method of interface t, else NULL. */
const char *check_missing_method(Checker *c, Type *v, Type *t);
/* Method declaration d (a copy of one of a generic type's) as a method of
 * t, its instance: the signature checked in the current scope, the
 * receiver declared; returns the method's FUNC. */
Obj *check_method_instance(Checker *c, Type *t, Node *d);
/* Go's assignability of the checked operand x to type t. */
bool check_assignable(Checker *c, Node *x, Type *t);
void check_type_assert(Checker *c, Node *n);
/* types2's "impossible type switch case" check of concrete type t at
 * case expression e in a switch on x. */
void check_switch_case_type(Checker *c, Node *x, Node *e, Type *t);
/* n without enclosing parentheses. */
Node *check_unparen(Node *n);

/* ---- check_wrap.c: wrappers Go's compiler writes for methods ---- */
/* func(r recv, params of sig) { return r.name(params) }, made once per
 * receiver type and name (in Program.funcs); NULL if r.name is no call. */
Obj *check_recv_wrapper(Checker *c, Type *recv, const char *name, Type *sig, Pos pos);
/* func(recv, sig's parameters...) sig's results: a method expression's type. */
Type *check_with_receiver(Checker *c, Type *recv, Type *sig);
/* The closure function of method values recv.name (in Program.wrappers). */
Obj *check_value_wrapper(Checker *c, Type *recv, const char *name, Type *sig, Pos pos);
/* Program.promoted: every promoted method of the struct types declared. */
void check_promoted_methods(Checker *c);

/* ---- check_funcs.c: function types and literals ---- */
Type *check_func_type(Checker *c, Node *ftype);
void check_func_lit(Checker *c, Node *lit);
/* A use of variable o: if it belongs to a function enclosing the current
 * literal, the literals in between capture it. */
void check_note_capture(Checker *c, Obj *o);


/* ---- check_stmt.c ---- */
void check_stmt_list(Checker *c, NodeList *list, int ctx);
void check_body(Checker *c, Obj *f, Node *body);
/* Label and branch checks (cmd/compile's syntax.checkBranches, with its
 * messages); run on every body before type checking. */
void check_branches(Checker *c, Node *body);
bool check_is_terminating(Checker *c, Node *s, const char *label);

#endif
