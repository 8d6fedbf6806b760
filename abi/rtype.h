/* rtype.h: runtime type descriptors.
 *
 * Every Go type that can reach the run time (an interface's dynamic type,
 * fmt's %T and %v, panics that name a type, later the collector's pointer
 * bitmaps and map hashing) has one immutable RType.  Codegen creates them
 * from the checker's types; the VM and the standard library only read them.
 * An interface value is two words: the RType pointer and a data word.  For
 * pointer-shaped types the data word is the value; for every other type it
 * points to a boxed copy of the value (Go's layout, see DESIGN.md).
 */
#ifndef GVM_RTYPE_H
#define GVM_RTYPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Kinds, in the order of Go's reflect.Kind. */
#define RKIND_LIST(X)                                                          \
	X(INVALID) X(BOOL) X(INT) X(INT8) X(INT16) X(INT32) X(INT64)           \
	X(UINT) X(UINT8) X(UINT16) X(UINT32) X(UINT64) X(UINTPTR)              \
	X(FLOAT32) X(FLOAT64) X(COMPLEX64) X(COMPLEX128) X(ARRAY) X(CHAN)      \
	X(FUNC) X(INTERFACE) X(MAP) X(POINTER) X(SLICE) X(STRING) X(STRUCT)    \
	X(UNSAFEPOINTER)

typedef enum RKind {
#define X(k) RK_##k,
	RKIND_LIST(X)
#undef X
	RK__COUNT
} RKind;

typedef struct RType RType;

/* A struct field as the run time sees it. */
typedef struct RField {
	const char *name;
	const RType *type;
	uint32_t offset; /* in bytes */
	bool embedded;
} RField;

/* One method of a type's method set (sorted by name), or of an interface
 * (fn NULL).  recv: NULL when the receiver is the interface's data word
 * itself; else the data word points at the receiver, a value of type recv
 * (a value method of T boxed, or of T called through a *T). */
struct Func;
typedef struct RType RType;
typedef struct RMethod {
	const char *name;
	const struct Func *fn;
	const RType *recv;
} RMethod;

struct RType {
	RKind kind;
	uint32_t size;   /* in bytes, Go's amd64 size */
	uint32_t align;  /* in bytes */
	const char *name;       /* as %T prints it: "int", "main.T", "[]string" */
	const RType *elem;      /* pointer, slice, array, chan, map value */
	const RType *key;       /* map key */
	uint32_t len;           /* array length; func: 1 when variadic */
	uint32_t nfields;       /* struct fields; func parameters */
	const RField *fields;   /* struct fields; func parameters (types only) */
	const uint8_t *ptrmask; /* bit i set: word i holds a pointer (NULL: none) */
	uint32_t nmethods;      /* the method set, or an interface's methods */
	const RMethod *methods; /* sorted by name */
};

/* True when the value is stored directly in an interface's data word. */
static inline bool rtype_is_pointer_shaped(const RType *t)
{
	return t->kind == RK_POINTER || t->kind == RK_MAP || t->kind == RK_CHAN ||
	       t->kind == RK_FUNC || t->kind == RK_UNSAFEPOINTER;
}

#endif
