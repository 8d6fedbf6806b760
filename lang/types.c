/* types.c: Go types — the predeclared ones, identity, layout and spelling.
 *
 * The predeclared basic types are one static table, built at compile time
 * with their layout already filled in, so ty_basic needs no context and
 * `a->kind == T_INT`-style tests and pointer identity both work.  (Codegen
 * may cache a descriptor in their `cg` slot; that is the one field of the
 * table that is ever written.)  Every other type is made by the checker in
 * the compilation's arena.
 *
 * Identity follows the spec: a named type is identical only to itself; two
 * unnamed types are identical when their structure is.  Layout follows Go
 * on amd64 (int 8 bytes, string 16, slice 24, interface 16), and `words` is
 * the number of 8-byte VM slots a value occupies.
 */
#include "types.h"

#include <string.h>

#include "strbuf.h"

#define BASIC(k, sz, w) \
	[k] = {.kind = k, .underlying = &basic_types[k], .size = sz, \
	       .align = sz > 8 ? 8 : (sz ? sz : 1), .words = w}

static Type basic_types[T_UNTYPED_NIL + 1] = {
	BASIC(T_INVALID, 0, 0),
	BASIC(T_BOOL, 1, 1),
	BASIC(T_INT, 8, 1), BASIC(T_INT8, 1, 1), BASIC(T_INT16, 2, 1),
	BASIC(T_INT32, 4, 1), BASIC(T_INT64, 8, 1),
	BASIC(T_UINT, 8, 1), BASIC(T_UINT8, 1, 1), BASIC(T_UINT16, 2, 1),
	BASIC(T_UINT32, 4, 1), BASIC(T_UINT64, 8, 1), BASIC(T_UINTPTR, 8, 1),
	BASIC(T_FLOAT32, 4, 1), BASIC(T_FLOAT64, 8, 1),
	BASIC(T_COMPLEX64, 8, 1), BASIC(T_COMPLEX128, 16, 2),
	BASIC(T_STRING, 16, 2), BASIC(T_UNSAFEPTR, 8, 1),
	BASIC(T_UNTYPED_BOOL, 1, 1), BASIC(T_UNTYPED_INT, 8, 1),
	BASIC(T_UNTYPED_RUNE, 4, 1), BASIC(T_UNTYPED_FLOAT, 8, 1),
	BASIC(T_UNTYPED_STRING, 16, 2), BASIC(T_UNTYPED_NIL, 8, 1),
};

static const char *const basic_names[T_UNTYPED_NIL + 1] = {
	"invalid type", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128", "string",
	"unsafe.Pointer", "untyped bool", "untyped int", "untyped rune",
	"untyped float", "untyped string", "untyped nil",
};

/* byte and rune: the same types as uint8 and int32 (identical by kind),
 * kept apart only so that error messages can say "byte" as types2 does. */
static Type byte_type = {.kind = T_UINT8, .underlying = &byte_type, .size = 1,
			 .align = 1, .words = 1};
static Type rune_type = {.kind = T_INT32, .underlying = &rune_type, .size = 4,
			 .align = 4, .words = 1};

Type *ty_basic(TypeKind kind)
{
	return &basic_types[kind];
}

Type *ty_alias(bool rune)
{
	return rune ? &rune_type : &byte_type;
}

const char *ty_basic_name(TypeKind kind)
{
	return kind <= T_UNTYPED_NIL ? basic_names[kind] : "?";
}

const char *ty_pkgname(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

static TypeKind ukind(const Type *t)
{
	return t->kind == T_NAMED ? t->underlying->kind : t->kind;
}

bool ty_is_integer(const Type *t)
{
	TypeKind k = ukind(t);
	return (k >= T_INT && k <= T_UINTPTR) || k == T_UNTYPED_INT ||
	       k == T_UNTYPED_RUNE;
}

bool ty_is_unsigned(const Type *t)
{
	TypeKind k = ukind(t);
	return k >= T_UINT && k <= T_UINTPTR;
}

bool ty_is_float(const Type *t)
{
	TypeKind k = ukind(t);
	return k == T_FLOAT32 || k == T_FLOAT64 || k == T_UNTYPED_FLOAT;
}

bool ty_is_string(const Type *t)
{
	TypeKind k = ukind(t);
	return k == T_STRING || k == T_UNTYPED_STRING;
}

bool ty_is_untyped(const Type *t)
{
	return t->kind >= T_UNTYPED_BOOL && t->kind <= T_UNTYPED_NIL;
}

/* ---- identity ---- */

static bool tuples_identical(const Type *a, const Type *b)
{
	if (!a || !b)
		return a == b || (!a && b->nelems == 0) || (!b && a->nelems == 0);
	if (a->nelems != b->nelems)
		return false;
	for (int i = 0; i < a->nelems; i++)
		if (!ty_identical(a->elems[i], b->elems[i]))
			return false;
	return true;
}

bool ty_identical(const Type *a, const Type *b)
{
	if (a == b)
		return true;
	if (!a || !b || a->kind != b->kind)
		return false;
	switch (a->kind) {
	case T_ARRAY:
		return a->len == b->len && ty_identical(a->elem, b->elem);
	case T_SLICE:
	case T_POINTER:
		return ty_identical(a->elem, b->elem);
	case T_MAP:
		return ty_identical(a->key, b->key) &&
		       ty_identical(a->elem, b->elem);
	case T_CHAN:
		return a->chandir == b->chandir && ty_identical(a->elem, b->elem);
	case T_TUPLE:
		return tuples_identical(a, b);
	case T_FUNC:
		return a->variadic == b->variadic &&
		       tuples_identical(a->params, b->params) &&
		       tuples_identical(a->results, b->results);
	case T_INTERFACE:
		if (a->nmethods != b->nmethods || a->has_terms != b->has_terms ||
		    a->nterms != b->nterms || a->comparable != b->comparable)
			return false;
		for (int i = 0; i < a->nterms; i++)
			if (a->terms[i].tilde != b->terms[i].tilde ||
			    !ty_identical(a->terms[i].type, b->terms[i].type))
				return false;
		for (int i = 0; i < a->nmethods; i++)
			if (a->methods[i].name != b->methods[i].name ||
			    !ty_identical(a->methods[i].type, b->methods[i].type))
				return false;
		return true;
	case T_STRUCT:
		if (a->nfields != b->nfields)
			return false;
		for (int i = 0; i < a->nfields; i++)
			if (a->fields[i].name != b->fields[i].name ||
			    a->fields[i].embedded != b->fields[i].embedded ||
			    !ty_identical(a->fields[i].type, b->fields[i].type))
				return false;
		return true;
	default:
		/* basic types are identical by kind (byte is uint8); named
		 * types are canonical */
		return a->kind <= T_UNTYPED_NIL;
	}
}

/* ---- layout ---- */

static void set_layout(Type *t, int64_t size, int64_t align)
{
	t->size = size;
	t->align = align;
	t->words = (int)((size + 7) / 8);
}

static void layout_struct(Type *t)
{
	int64_t off = 0, align = 1;
	for (int i = 0; i < t->nfields; i++) {
		Type *ft = t->fields[i].type;
		ty_layout(ft);
		off = (off + ft->align - 1) / ft->align * ft->align;
		t->fields[i].offset = off;
		off += ft->size;
		if (ft->align > align)
			align = ft->align;
	}
	set_layout(t, (off + align - 1) / align * align, align);
}

void ty_layout(Type *t)
{
	if (t->size > 0 || (t->kind <= T_UNTYPED_NIL))
		return;
	switch (t->kind) {
	case T_ARRAY:
		ty_layout(t->elem);
		set_layout(t, t->len * t->elem->size, t->elem->align);
		break;
	case T_SLICE:
		set_layout(t, 24, 8);
		break;
	case T_INTERFACE:
		set_layout(t, 16, 8);
		break;
	case T_STRUCT:
		layout_struct(t);
		break;
	case T_NAMED:
		ty_layout(t->underlying);
		set_layout(t, t->underlying->size, t->underlying->align);
		t->words = t->underlying->words;
		break;
	case T_TUPLE: {
		int64_t words = 0;
		for (int i = 0; i < t->nelems; i++) {
			ty_layout(t->elems[i]);
			words += t->elems[i]->words;
		}
		set_layout(t, words * 8, 8);
		break;
	}
	default: /* pointer, func, map, chan */
		set_layout(t, 8, 8);
		break;
	}
	if (t->size == 0 && t->kind != T_TUPLE)
		t->words = 0;
}

/* ---- spelling ---- */

/* The one place types.c makes a StrBuf (the allocator behind its bytes is
 * chosen here); finish() copies the text into the compilation's arena,
 * where type names live, and frees the buffer. */
static StrBuf new_buf(Arena *a)
{
	return SB_INIT(a->mem);
}

static const char *finish(Arena *a, StrBuf *b)
{
	char *s = arena_strndup(a, b->data ? b->data : "", b->len);
	sb_free(b);
	return s;
}

static void write_type(StrBuf *b, const Type *t, bool qualify);

static void write_terms(StrBuf *b, const TypeTerm *terms, int n, bool qualify)
{
	for (int i = 0; i < n; i++) {
		if (i)
			sb_puts(b, " | ");
		if (terms[i].tilde)
			sb_puts(b, "~");
		write_type(b, terms[i].type, qualify);
	}
}

const char *ty_terms_string(Arena *a, const TypeTerm *terms, int n)
{
	StrBuf b = new_buf(a);
	write_terms(&b, terms, n, false);
	return finish(a, &b);
}

static void write_tuple(StrBuf *b, const Type *t, bool variadic, bool qualify)
{
	sb_puts(b, "(");
	for (int i = 0; t && i < t->nelems; i++) {
		if (i)
			sb_puts(b, ", ");
		if (variadic && i == t->nelems - 1 && t->elems[i]->kind == T_SLICE) {
			sb_puts(b, "...");
			write_type(b, t->elems[i]->elem, qualify);
		} else {
			write_type(b, t->elems[i], qualify);
		}
	}
	sb_puts(b, ")");
}

static void write_signature(StrBuf *b, const Type *t, bool qualify)
{
	write_tuple(b, t->params, t->variadic, qualify);
	const Type *r = t->results;
	if (!r || r->nelems == 0)
		return;
	sb_puts(b, " ");
	if (r->nelems == 1)
		write_type(b, r->elems[0], qualify);
	else
		write_tuple(b, r, false, qualify);
}

static void write_type(StrBuf *b, const Type *t, bool qualify)
{
	if (!t) {
		sb_puts(b, "<nil>");
		return;
	}
	switch (t->kind) {
	case T_NAMED:
		/* unqualified (types2 in error messages): only the names of
		 * package main, the package being compiled */
		if (t->obj && t->obj->pkgpath &&
		    (qualify || strcmp(t->obj->pkgpath, "main") != 0)) {
			sb_puts(b, ty_pkgname(t->obj->pkgpath));
			sb_puts(b, ".");
		}
		sb_puts(b, t->obj ? t->obj->name : "?");
		if (t->ntargs) {
			/* reflect writes Pair[string,int], types2 Pair[string, int] */
			sb_puts(b, "[");
			for (int i = 0; i < t->ntargs; i++) {
				if (i)
					sb_puts(b, qualify ? "," : ", ");
				write_type(b, t->targs[i], qualify);
			}
			sb_puts(b, "]");
		}
		break;
	case T_TYPEPARAM:
		sb_puts(b, t->obj ? t->obj->name : "?");
		break;
	case T_UNION:
		write_terms(b, t->terms, t->nterms, qualify);
		break;
	case T_ARRAY:
		sb_printf(b, "[%lld]", (long long)t->len);
		write_type(b, t->elem, qualify);
		break;
	case T_SLICE:
		sb_puts(b, "[]");
		write_type(b, t->elem, qualify);
		break;
	case T_POINTER:
		sb_puts(b, "*");
		write_type(b, t->elem, qualify);
		break;
	case T_MAP:
		sb_puts(b, "map[");
		write_type(b, t->key, qualify);
		sb_puts(b, "]");
		write_type(b, t->elem, qualify);
		break;
	case T_CHAN:
		sb_puts(b, t->chandir == 2 ? "<-chan " : t->chandir == 1 ? "chan<- " : "chan ");
		write_type(b, t->elem, qualify);
		break;
	case T_FUNC:
		sb_puts(b, "func");
		write_signature(b, t, qualify);
		break;
	case T_TUPLE:
		write_tuple(b, t, false, qualify);
		break;
	case T_INTERFACE:
		if (t->implicit && t->nembeds == 1) {
			write_type(b, t->embeds[0], qualify);
			break;
		}
		if (t->nmethods == 0 && t->nembeds == 0) {
			sb_puts(b, qualify ? "interface {}" : "any");
			break;
		}
		/* types2: the methods, then the embedded elements */
		sb_puts(b, "interface{");
		for (int i = 0; i < t->nmethods; i++) {
			if (i)
				sb_puts(b, "; ");
			sb_puts(b, t->methods[i].name);
			write_signature(b, t->methods[i].type, qualify);
		}
		for (int i = 0; i < t->nembeds; i++) {
			if (i || t->nmethods)
				sb_puts(b, "; ");
			write_type(b, t->embeds[i], qualify);
		}
		sb_puts(b, "}");
		break;
	case T_STRUCT:
		/* types2 writes struct{X int}; reflect (%T, qualified) struct { X int } */
		sb_puts(b, !qualify ? "struct{" : t->nfields ? "struct { " : "struct {");
		for (int i = 0; i < t->nfields; i++) {
			if (i)
				sb_puts(b, "; ");
			if (!t->fields[i].embedded) {
				sb_puts(b, t->fields[i].name);
				sb_puts(b, " ");
			}
			write_type(b, t->fields[i].type, qualify);
		}
		sb_puts(b, qualify && t->nfields ? " }" : "}");
		break;
	default:
		if (!qualify && t == &byte_type)
			sb_puts(b, "byte");
		else if (!qualify && t == &rune_type)
			sb_puts(b, "rune");
		else
			sb_puts(b, ty_basic_name(t->kind));
		break;
	}
}

const char *ty_string_qual(Arena *a, const Type *t, bool qualify)
{
	StrBuf b = new_buf(a);
	write_type(&b, t, qualify);
	return finish(a, &b);
}

const char *ty_string(Arena *a, const Type *t)
{
	return ty_string_qual(a, t, true);
}
