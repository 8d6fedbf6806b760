/* types.h: Go types, declared objects, constants, and the checked program.
 *
 * The checker (check.c and friends) builds these; codegen reads them.  Types
 * are canonical where Go's identity rules make that cheap (one Type per
 * predeclared type, per named type); composite types are compared with
 * ty_identical.  All of it lives in the compilation's arena.
 *
 * Layout: every type has Go's amd64 size and alignment in bytes; the VM
 * stores values in 8-byte slots, so `words` is the number of slots a value
 * of the type occupies in a frame (string 2, slice 3, interface 2, a struct
 * or array the sum of its fields, rounded to whole words).
 */
#ifndef GVM_TYPES_H
#define GVM_TYPES_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"
#include "native.h"

typedef enum TypeKind {
	T_INVALID,
	/* basic types, in go/types' order */
	T_BOOL, T_INT, T_INT8, T_INT16, T_INT32, T_INT64,
	T_UINT, T_UINT8, T_UINT16, T_UINT32, T_UINT64, T_UINTPTR,
	T_FLOAT32, T_FLOAT64, T_COMPLEX64, T_COMPLEX128, T_STRING, T_UNSAFEPTR,
	T_UNTYPED_BOOL, T_UNTYPED_INT, T_UNTYPED_RUNE, T_UNTYPED_FLOAT,
	T_UNTYPED_STRING, T_UNTYPED_NIL,
	/* composite types */
	T_ARRAY, T_SLICE, T_STRUCT, T_POINTER, T_FUNC, T_INTERFACE, T_MAP,
	T_CHAN, T_NAMED, T_TUPLE, T_TYPEPARAM,
	T_UNION, /* a constraint's union of terms, ~int | ~float64 (only inside constraints) */
} TypeKind;

/* A term of a type set: ~int (tilde: every type whose underlying type is
 * int) or int. */
typedef struct TypeTerm {
	bool tilde;
	Type *type;
} TypeTerm;

typedef struct Field {
	const char *name;  /* interned; for embedded fields the type's name */
	Type *type;
	bool embedded;
	int64_t offset;    /* bytes, filled by ty_layout */
	Pos pos;           /* where declared (zero for fields codegen makes) */
} Field;

typedef struct Method {
	const char *name;
	Type *type;        /* a T_FUNC without the receiver */
	Obj *func;         /* the declared method (named types), NULL in interfaces */
	bool ptr_recv;     /* declared with a pointer receiver */
} Method;

struct Type {
	TypeKind kind;
	Type *elem;          /* ARRAY, SLICE, POINTER, CHAN, MAP value */
	Type *key;           /* MAP */
	int64_t len;         /* ARRAY */
	int chandir;         /* CHAN: 0 both, 1 send-only, 2 receive-only */
	Field *fields;       /* STRUCT */
	int nfields;
	Type **elems;        /* TUPLE (results, multi-value), FUNC params: see below */
	int nelems;
	Type *params;        /* FUNC: a TUPLE */
	Type *results;       /* FUNC: a TUPLE */
	bool variadic;       /* FUNC: last param is ...T (its type is a SLICE) */
	Method *methods;     /* INTERFACE (sorted by name), NAMED (declared methods) */
	int nmethods;
	Obj *obj;            /* NAMED: its TypeName object */
	Type *underlying;    /* NAMED: the underlying type; others: the type itself */

	/* layout, filled by ty_layout() (size -1 until then) */
	int64_t size, align;
	int words;

	void *cg;            /* codegen's cache (its runtime type descriptor) */

	/* generics (check_inst.c, check_constraint.c) */
	Type **targs;        /* NAMED: an instance's type arguments (Stack[int]) */
	int ntargs;
	struct GenericDecl *origin; /* NAMED: the generic type it instantiates */
	TypeTerm *terms;     /* UNION: its terms; INTERFACE: its type set's terms, when has_terms */
	int nterms;
	bool has_terms;      /* INTERFACE: the type set is restricted to terms (maybe none) */
	bool comparable;     /* INTERFACE: is or embeds comparable */
	bool implicit;       /* INTERFACE: a bare constraint, [T ~int] (printed as ~int) */
	Type **embeds;       /* INTERFACE: embedded elements in source order (for printing) */
	int nembeds;
};

typedef enum ObjKind {
	OBJ_BAD, OBJ_CONST, OBJ_TYPE, OBJ_VAR, OBJ_FUNC, OBJ_PKG, OBJ_BUILTIN,
	OBJ_NIL, OBJ_LABEL,
} ObjKind;

typedef enum Builtin {
	BI_NONE, BI_APPEND, BI_CAP, BI_CLEAR, BI_CLOSE, BI_COMPLEX, BI_COPY,
	BI_DELETE, BI_IMAG, BI_LEN, BI_MAKE, BI_MAX, BI_MIN, BI_NEW, BI_PANIC,
	BI_PRINT, BI_PRINTLN, BI_REAL, BI_RECOVER,
	/* the generic names of the library (check_generic.c) */
	BI_WEAK_MAKE, BI_WEAK_VALUE, BI_UNIQUE_MAKE, BI_UNIQUE_VALUE, BI_ADD_CLEANUP,
	BI_GEN_WEAK_POINTER, BI_GEN_UNIQUE_HANDLE,
} Builtin;

struct Obj {
	ObjKind kind;
	const char *name;     /* interned */
	Type *type;
	Pos pos;              /* where declared (zero for universe objects) */
	Node *decl;           /* declaring node (FUNCDECL, VALUESPEC, TYPESPEC, LABELED …) */
	ConstVal *cv;         /* CONST */
	Builtin builtin;      /* BUILTIN */
	const char *pkgpath;  /* the package it belongs to: "main", "fmt", "os"; NULL: universe */
	const char *native;   /* a library object implemented natively: "fmt.Println", "os.Args" */
	NativeFn nfn;         /* a native function's C implementation */
	bool global;          /* VAR/FUNC declared at package level */
	bool param, result;   /* VAR: function parameter / named or unnamed result */
	bool used;
	bool addr_taken;      /* VAR: a local whose address is taken (&x, x[:] of an array): it lives in a heap cell */
	bool wrapper;         /* FUNC: a wrapper the checker wrote (check_wrap.c) */
	Obj *func;            /* VAR: the FUNC object whose body declares it (NULL for globals) */
	struct GenericDecl *generic; /* FUNC, TYPE: a generic declaration, only ever instantiated */
	const char *srcfile;  /* FUNC: an instance's source file, or NULL: the program's */
	void *cg;             /* codegen's data (slot, global index …) */
	void *chk;            /* checker-private data (declaration state, deps) */
};

/* ---- constants: exact values of untyped and typed constants ---- */

typedef enum ConstKind { CK_BOOL, CK_INT, CK_FLOAT, CK_STRING } ConstKind;

/* The representation is the checker's (ints are exact up to Go's limits);
 * other stages use only the accessors below. */
ConstKind const_kind(const ConstVal *v);
bool const_bool(const ConstVal *v);
/* The value as the bits of a 64-bit integer, for a constant already
 * converted to an integer type (signed values sign-extended). */
int64_t const_int64(const ConstVal *v);
uint64_t const_uint64(const ConstVal *v);
/* The value as a float64 (for float32 types: already rounded to float32). */
double const_float64(const ConstVal *v);
/* String contents (not NUL-terminated; may contain NULs). */
const char *const_string(const ConstVal *v, int64_t *len);

/* ---- the checked program ---- */

/* One package-level initialisation: `lhs... = rhs...`.  Either nlhs == nrhs
 * (one value each) or nrhs == 1 with a multi-valued rhs.  lhs[i] is NULL
 * for the blank identifier. */
typedef struct GlobalInit {
	Obj **lhs;
	int nlhs;
	Node **rhs;
	int nrhs;
} GlobalInit;

/* A method of a type's method set that the type does not declare: one
 * promoted from an embedded field.  fn is the wrapper the checker made
 * (check_wrap.c): a function whose first parameter is a pointer to the
 * receiver (recv itself if recv is a pointer type, else *recv), and
 * which calls the embedded field's method. */
typedef struct PromotedMethod {
	Type *recv;
	const char *name;
	Obj *fn;
} PromotedMethod;

typedef struct Program {
	const char *path;      /* the package: "main", "fmt" */
	Node *file;            /* the annotated AST */
	PtrVec funcs;          /* Obj* of every FUNC with a body, in source order,
				* then the checker's wrappers (check_wrap.c) */
	PtrVec funclits;       /* Node* of every FUNCLIT, in source order */
	PtrVec wrappers;       /* Node* FUNCLITs made by the checker: method
				* values' wrappers (check_wrap.c) */
	PtrVec promoted;       /* PromotedMethod*: every promoted method of
				* the types this program declares */
	PtrVec globals;        /* Obj* of every package-level VAR, in source order */
	PtrVec init_order;     /* GlobalInit*, in Go's initialisation order */
	PtrVec inits;          /* Obj* of the `func init()`s, in source order */
	Obj *main_func;        /* main.main */
	Type *t_error;         /* the universe's error interface */
	Type *t_any;           /* interface{} */
} Program;

/* Predeclared types, one canonical Type each (kinds T_BOOL..T_UNTYPED_NIL). */
Type *ty_basic(TypeKind kind);
/* Fill size/align/words of t (and of its parts). */
void ty_layout(Type *t);
bool ty_identical(const Type *a, const Type *b);
/* Go's spelling of a type, as %T and error messages print it ("main.T", "[]int"). */
const char *ty_string(Arena *a, const Type *t);
static inline Type *ty_under(Type *t) { return t->kind == T_NAMED ? t->underlying : t; }
bool ty_is_integer(const Type *t);
bool ty_is_unsigned(const Type *t);
bool ty_is_float(const Type *t);
bool ty_is_string(const Type *t);
bool ty_is_untyped(const Type *t);
/* Added by the checker: ty_string without package qualifiers, as types2
 * prints types of the package being compiled in error messages ("T", not
 * "main.T"); and the spelling of a basic kind ("int", "untyped float"). */
const char *ty_string_qual(Arena *a, const Type *t, bool qualify);
const char *ty_basic_name(TypeKind kind);
/* A type set's terms as types2 prints them: "~int | ~float64". */
const char *ty_terms_string(Arena *a, const TypeTerm *terms, int n);
/* A package's name from its import path, as Go's standard library names
 * them: the last element ("runtime/debug" is debug).  Types print
 * qualified by it ("debug.GCStats"); identities and symbols use paths. */
const char *ty_pkgname(const char *path);
/* The predeclared aliases byte and rune: identical to (ty_identical) but
 * not the same pointer as ty_basic(T_UINT8) / ty_basic(T_INT32); compare
 * basic types by kind, never by pointer. */
Type *ty_alias(bool rune);

#endif
