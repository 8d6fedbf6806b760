/* value.c: printing one operand by its kind (Go's printArg and printValue).
 *
 * A top-level operand arrives unboxed in an FmtArg; the parts of a
 * composite value are read from memory, where the VM keeps them in Go's
 * amd64 layout (DESIGN.md), and unboxed here by load() before they are
 * printed the same way.  Each kind accepts its own verbs; any other verb
 * prints %!verb(type=value), the value shown with %v.
 *
 *   struct     {1 x}, with %+v {A:1 B:x}, with %#v main.T{A:1, B:"x"}
 *   array,     [1 2 3], with %#v []int{1, 2, 3}; a byte slice or array
 *   slice        under %s %q %x %X prints as a string
 *   pointer    0xc000010000; at the top level a pointer to a struct, array,
 *                slice or map prints as & and the value, as in Go
 *   interface  its dynamic value, or <nil>
 *   map        map[k:v …], keys sorted as internal/fmtsort sorts them
 *
 * Maps and the first word of interfaces are the VM's business: the FmtEnv
 * hooks iterate a map and name an interface's dynamic type.  Where Go's
 * fmt calls Error, String or GoString (handleMethods: every operand and
 * every part of a composite reached through exported fields), the method
 * hook supplies the result (see fmt.h).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fmtpriv.h"

static void print_mem(Printer *p, const RType *t, const void *mem, int verb,
                      int depth);

void fmt_clear_flags(Fmt *f)
{
	memset(&f->fl, 0, sizeof f->fl);
	f->wid = f->prec = 0;
}

void fmt_put_rune(StrBuf *b, int32_t r)
{
	char enc[4];
	sb_write(b, enc, (size_t)utf8_encode(enc, r));
}

const char *fmt_type_name(const RType *t)
{
	return t->name ? t->name : "?";
}

/* %!verb(type=value): the operand does not accept the verb. */
static void bad_verb(Printer *p, int verb)
{
	StrBuf *b = p->f.buf;
	bool erroring = p->erroring;
	p->erroring = true;
	sb_puts(b, "%!");
	fmt_put_rune(b, verb);
	sb_putc(b, '(');
	if (p->arg && p->arg->type) {
		sb_puts(b, fmt_type_name(p->arg->type));
		sb_putc(b, '=');
		fmt_print_arg(p, p->arg, 'v', 0);
	} else {
		sb_puts(b, "<nil>");
	}
	sb_putc(b, ')');
	p->erroring = erroring;
}

/* ---- one operand by kind ---- */

static void print_bool(Printer *p, bool v, int verb)
{
	if (verb == 't' || verb == 'v')
		fmt_boolean(&p->f, v);
	else
		bad_verb(p, verb);
}

/* Hex with a 0x prefix when leading0x, as %v prints unsigned under %#v. */
static void hex0x(Printer *p, uint64_t v, bool leading0x)
{
	bool sharp = p->f.fl.sharp;
	p->f.fl.sharp = leading0x;
	fmt_integer(&p->f, v, 16, false, 'v', false);
	p->f.fl.sharp = sharp;
}

static void print_integer(Printer *p, uint64_t v, bool is_signed, int verb)
{
	Fmt *f = &p->f;
	switch (verb) {
	case 'v':
		if (f->fl.sharp_v && !is_signed)
			hex0x(p, v, true);
		else
			fmt_integer(f, v, 10, is_signed, verb, false);
		break;
	case 'd': fmt_integer(f, v, 10, is_signed, verb, false); break;
	case 'b': fmt_integer(f, v, 2, is_signed, verb, false); break;
	case 'o':
	case 'O': fmt_integer(f, v, 8, is_signed, verb, false); break;
	case 'x': fmt_integer(f, v, 16, is_signed, verb, false); break;
	case 'X': fmt_integer(f, v, 16, is_signed, verb, true); break;
	case 'c': fmt_char(f, v); break;
	case 'q': fmt_qchar(f, v); break;
	case 'U': fmt_unicode(f, v); break;
	default: bad_verb(p, verb);
	}
}

static void print_float(Printer *p, double v, int size, int verb)
{
	switch (verb) {
	case 'v': fmt_float(&p->f, v, size, 'g', -1); break;
	case 'b': case 'g': case 'G': case 'x': case 'X':
		fmt_float(&p->f, v, size, verb, -1);
		break;
	case 'f': case 'e': case 'E': case 'F':
		fmt_float(&p->f, v, size, verb == 'F' ? 'f' : verb, 6);
		break;
	default: bad_verb(p, verb);
	}
}

static void print_string(Printer *p, const char *s, size_t n, int verb)
{
	Fmt *f = &p->f;
	switch (verb) {
	case 'v':
		if (f->fl.sharp_v)
			fmt_str_quote(f, s, n);
		else
			fmt_str(f, s, n);
		break;
	case 's': fmt_str(f, s, n); break;
	case 'x': fmt_str_hex(f, s, n, false); break;
	case 'X': fmt_str_hex(f, s, n, true); break;
	case 'q': fmt_str_quote(f, s, n); break;
	default: bad_verb(p, verb);
	}
}

/* Pointer-shaped values: 0xc000012345, <nil> for %v of nil. */
static void print_pointer(Printer *p, const FmtArg *a, int verb)
{
	uint64_t u = (uint64_t)(uintptr_t)a->v.ptr;
	switch (verb) {
	case 'v':
		if (p->f.fl.sharp_v) {
			StrBuf *b = p->f.buf;
			sb_putc(b, '(');
			sb_puts(b, fmt_type_name(a->type));
			sb_puts(b, ")(");
			if (u == 0)
				sb_puts(b, "nil");
			else
				hex0x(p, u, true);
			sb_putc(b, ')');
		} else if (u == 0) {
			fmt_pad(&p->f, "<nil>", 5);
		} else {
			hex0x(p, u, !p->f.fl.sharp);
		}
		break;
	case 'p': hex0x(p, u, !p->f.fl.sharp); break;
	case 'b': case 'o': case 'd': case 'x': case 'X':
		print_integer(p, u, false, verb);
		break;
	default: bad_verb(p, verb);
	}
}

bool fmt_is_signed_kind(RKind k)
{
	return k >= RK_INT && k <= RK_INT64;
}

bool fmt_is_unsigned_kind(RKind k)
{
	return k >= RK_UINT && k <= RK_UINTPTR;
}

bool fmt_is_pointer_kind(RKind k)
{
	return k == RK_POINTER || k == RK_UNSAFEPOINTER || k == RK_CHAN ||
	       k == RK_FUNC || k == RK_MAP;
}

/* ---- reading values from memory ---- */

/* The value of type t stored at mem, unboxed as the VM would pass it. */
static FmtArg load(const RType *t, const void *mem)
{
	FmtArg a;
	memset(&a, 0, sizeof a);
	a.type = t;
	a.mem = mem;
	switch (t->kind) {
	case RK_BOOL: a.v.b = *(const uint8_t *)mem != 0; break;
	case RK_INT8: a.v.i = *(const int8_t *)mem; break;
	case RK_INT16: a.v.i = *(const int16_t *)mem; break;
	case RK_INT32: a.v.i = *(const int32_t *)mem; break;
	case RK_INT:
	case RK_INT64: memcpy(&a.v.i, mem, 8); break;
	case RK_UINT8: a.v.u = *(const uint8_t *)mem; break;
	case RK_UINT16: a.v.u = *(const uint16_t *)mem; break;
	case RK_UINT32: a.v.u = *(const uint32_t *)mem; break;
	case RK_UINT:
	case RK_UINT64:
	case RK_UINTPTR: memcpy(&a.v.u, mem, 8); break;
	case RK_FLOAT32: {
		float f;
		memcpy(&f, mem, 4);
		a.v.f = f;
		break;
	}
	case RK_FLOAT64: memcpy(&a.v.f, mem, 8); break;
	case RK_STRING:
		memcpy(&a.v.s.p, mem, sizeof a.v.s.p);
		memcpy(&a.v.s.n, (const char *)mem + 8, 8);
		break;
	case RK_POINTER:
	case RK_UNSAFEPOINTER:
	case RK_MAP:
	case RK_CHAN:
	case RK_FUNC: memcpy(&a.v.ptr, mem, sizeof a.v.ptr); break;
	default: a.v.ptr = mem; break;
	}
	return a;
}

static void print_mem(Printer *p, const RType *t, const void *mem, int verb,
                      int depth)
{
	FmtArg a = load(t, mem);
	fmt_print_arg(p, &a, verb, depth);
}

static const void *word(const void *mem, int i)
{
	const void *w;
	memcpy(&w, (const char *)mem + 8 * i, sizeof w);
	return w;
}

static int64_t word_int(const void *mem, int i)
{
	int64_t n;
	memcpy(&n, (const char *)mem + 8 * i, 8);
	return n;
}

/* ---- composites ---- */

static void separator(Printer *p, size_t i)
{
	if (i > 0)
		sb_puts(p->f.buf, p->f.fl.sharp_v ? ", " : " ");
}

static void print_struct(Printer *p, const RType *t, const char *mem,
                         int verb, int depth)
{
	StrBuf *b = p->f.buf;
	if (p->f.fl.sharp_v)
		sb_puts(b, fmt_type_name(t));
	sb_putc(b, '{');
	for (uint32_t i = 0; i < t->nfields; i++) {
		const RField *fd = &t->fields[i];
		separator(p, i);
		if ((p->f.fl.plus_v || p->f.fl.sharp_v) && fd->name &&
		    fd->name[0]) {
			sb_puts(b, fd->name);
			sb_putc(b, ':');
		}
		bool unexported = p->unexported;
		if (!fd->name || !(fd->name[0] >= 'A' && fd->name[0] <= 'Z'))
			p->unexported = true;
		print_mem(p, fd->type, mem + fd->offset, verb, depth + 1);
		p->unexported = unexported;
	}
	sb_putc(b, '}');
}

/* A []byte or [n]byte under %s %q %x %X. */
static void print_bytes(Printer *p, const char *s, size_t n, int verb)
{
	switch (verb) {
	case 's': fmt_str(&p->f, s, n); break;
	case 'q': fmt_str_quote(&p->f, s, n); break;
	default: fmt_str_hex(&p->f, s, n, verb == 'X'); break;
	}
}

static void print_list(Printer *p, const RType *t, const void *mem, int verb,
                       int depth)
{
	StrBuf *b = p->f.buf;
	bool slice = t->kind == RK_SLICE;
	const char *data = slice ? word(mem, 0) : mem;
	size_t n = slice ? (size_t)word_int(mem, 1) : t->len;
	if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') &&
	    t->elem->kind == RK_UINT8) {
		print_bytes(p, data, n, verb);
		return;
	}
	if (p->f.fl.sharp_v) {
		/* fmt names a top-level unnamed byte slice []byte, not []uint8. */
		bool bytes = depth == 0 && slice && t->elem->kind == RK_UINT8 &&
		             strncmp(fmt_type_name(t), "[]", 2) == 0;
		sb_puts(b, bytes ? "[]byte" : fmt_type_name(t));
		if (slice && !data) {
			sb_puts(b, "(nil)");
			return;
		}
	}
	sb_putc(b, p->f.fl.sharp_v ? '{' : '[');
	for (size_t i = 0; i < n; i++) {
		separator(p, i);
		print_mem(p, t->elem, data + i * t->elem->size, verb, depth + 1);
	}
	sb_putc(b, p->f.fl.sharp_v ? '}' : ']');
}

static void print_iface(Printer *p, const RType *t, const void *mem,
                        int verb, int depth)
{
	const void *w0 = word(mem, 0);
	const FmtEnv *env = p->env;
	const RType *dyn = env && env->iface_type
	                           ? env->iface_type(env->ctx, t, w0)
	                           : (const RType *)w0;
	if (!dyn) {
		if (p->f.fl.sharp_v) {
			sb_puts(p->f.buf, fmt_type_name(t));
			sb_puts(p->f.buf, "(nil)");
		} else {
			sb_puts(p->f.buf, "<nil>");
		}
		return;
	}
	/* The data word is the value itself when pointer-shaped, else it
	 * points to a boxed copy. */
	const void *val = rtype_is_pointer_shaped(dyn)
	                          ? (const char *)mem + 8
	                          : word(mem, 1);
	print_mem(p, dyn, val, verb, depth + 1);
}

/* ---- maps, in fmtsort order ---- */

typedef struct Entry {
	const void *key, *val;
} Entry;

typedef struct Entries {
	Entry *e;
	size_t n, cap;
	Mem *mem;
	bool failed;    /* out of memory: entries were dropped */
} Entries;

static void collect(void *vctx, const void *key, const void *val)
{
	Entries *es = vctx;
	if (es->n == es->cap) {
		size_t cap = es->cap ? es->cap * 2 : 16;
		Entry *e = mem_realloc(es->mem, es->e, cap * sizeof *e);
		if (!e) {
			es->failed = true;
			return;
		}
		es->e = e;
		es->cap = cap;
	}
	es->e[es->n].key = key;
	es->e[es->n].val = val;
	es->n++;
}

static int cmp3(bool less, bool greater)
{
	return less ? -1 : greater ? 1 : 0;
}

static int compare(const Printer *p, const RType *t, const void *x,
                   const void *y);

static int compare_floats(double a, double b)
{
	if (isnan(a) || isnan(b))
		return cmp3(isnan(a) && !isnan(b), !isnan(a) && isnan(b));
	return cmp3(a < b, a > b);
}

static int compare_strings(const FmtArg *a, const FmtArg *b)
{
	size_t n = (size_t)(a->v.s.n < b->v.s.n ? a->v.s.n : b->v.s.n);
	int c = n ? memcmp(a->v.s.p, b->v.s.p, n) : 0;
	if (c)
		return c < 0 ? -1 : 1;
	return cmp3(a->v.s.n < b->v.s.n, a->v.s.n > b->v.s.n);
}

static int compare_ifaces(const Printer *p, const RType *t, const void *x,
                          const void *y)
{
	const FmtEnv *env = p->env;
	const void *wx = word(x, 0), *wy = word(y, 0);
	const RType *tx = env && env->iface_type
	                          ? env->iface_type(env->ctx, t, wx) : wx;
	const RType *ty = env && env->iface_type
	                          ? env->iface_type(env->ctx, t, wy) : wy;
	if (!tx || !ty)
		return cmp3(!tx && ty, tx && !ty);
	if (tx != ty)
		return cmp3((uintptr_t)tx < (uintptr_t)ty, true);
	const void *vx = rtype_is_pointer_shaped(tx) ? (const char *)x + 8
	                                             : word(x, 1);
	const void *vy = rtype_is_pointer_shaped(ty) ? (const char *)y + 8
	                                             : word(y, 1);
	return compare(p, tx, vx, vy);
}

/* internal/fmtsort's order on map keys of type t stored at x and y. */
static int compare(const Printer *p, const RType *t, const void *x,
                   const void *y)
{
	FmtArg a = load(t, x), b = load(t, y);
	RKind k = t->kind;
	if (k == RK_BOOL)
		return cmp3(!a.v.b && b.v.b, a.v.b && !b.v.b);
	if (fmt_is_signed_kind(k))
		return cmp3(a.v.i < b.v.i, a.v.i > b.v.i);
	if (fmt_is_unsigned_kind(k))
		return cmp3(a.v.u < b.v.u, a.v.u > b.v.u);
	if (k == RK_FLOAT32 || k == RK_FLOAT64)
		return compare_floats(a.v.f, b.v.f);
	if (k == RK_STRING)
		return compare_strings(&a, &b);
	if (fmt_is_pointer_kind(k))
		return cmp3((uintptr_t)a.v.ptr < (uintptr_t)b.v.ptr,
		            (uintptr_t)a.v.ptr > (uintptr_t)b.v.ptr);
	if (k == RK_STRUCT) {
		for (uint32_t i = 0; i < t->nfields; i++) {
			const RField *f = &t->fields[i];
			int c = compare(p, f->type, (const char *)x + f->offset,
			                (const char *)y + f->offset);
			if (c)
				return c;
		}
		return 0;
	}
	if (k == RK_ARRAY) {
		for (uint32_t i = 0; i < t->len; i++) {
			size_t off = (size_t)i * t->elem->size;
			int c = compare(p, t->elem, (const char *)x + off,
			                (const char *)y + off);
			if (c)
				return c;
		}
		return 0;
	}
	if (k == RK_INTERFACE)
		return compare_ifaces(p, t, x, y);
	return 0;
}

/* A stable merge sort of the entries by key. */
static void sort_entries(const Printer *p, const RType *kt, Entry *e,
                         Entry *tmp, size_t n)
{
	if (n < 2)
		return;
	size_t h = n / 2;
	sort_entries(p, kt, e, tmp, h);
	sort_entries(p, kt, e + h, tmp, n - h);
	size_t i = 0, j = h, o = 0;
	while (i < h && j < n)
		tmp[o++] = compare(p, kt, e[j].key, e[i].key) < 0 ? e[j++] : e[i++];
	while (i < h)
		tmp[o++] = e[i++];
	while (j < n)
		tmp[o++] = e[j++];
	memcpy(e, tmp, n * sizeof *e);
}

static void print_map(Printer *p, const RType *t, const void *m, int verb,
                      int depth)
{
	StrBuf *b = p->f.buf;
	if (p->f.fl.sharp_v) {
		sb_puts(b, fmt_type_name(t));
		if (!m) {
			sb_puts(b, "(nil)");
			return;
		}
		sb_putc(b, '{');
	} else {
		sb_puts(b, "map[");
	}
	if (m && !(p->env && p->env->map_range)) {
		sb_putc(b, '?');
	} else if (m) {
		Entries es = {.mem = b->mem};
		p->env->map_range(p->env->ctx, t, m, collect, &es);
		Entry *tmp = mem_realloc(b->mem, NULL, (es.n ? es.n : 1) * sizeof *tmp);
		if (!tmp || es.failed) {
			b->failed = true; /* out of memory: print no entries */
			es.n = 0;
		} else {
			sort_entries(p, t->key, es.e, tmp, es.n);
		}
		mem_free(b->mem, tmp);
		for (size_t i = 0; i < es.n; i++) {
			separator(p, i);
			print_mem(p, t->key, es.e[i].key, verb, depth + 1);
			sb_putc(b, ':');
			print_mem(p, t->elem, es.e[i].val, verb, depth + 1);
		}
		mem_free(b->mem, es.e);
	}
	sb_putc(b, p->f.fl.sharp_v ? '}' : ']');
}

/* ---- dispatch ---- */

static bool is_composite(RKind k)
{
	return k == RK_ARRAY || k == RK_SLICE || k == RK_STRUCT || k == RK_MAP;
}

static void print_ptr_kind(Printer *p, const FmtArg *a, int verb, int depth)
{
	if (a->type->kind == RK_POINTER && depth == 0 && a->v.ptr &&
	    a->type->elem && is_composite(a->type->elem->kind)) {
		sb_putc(p->f.buf, '&');
		print_mem(p, a->type->elem, a->v.ptr, verb, depth + 1);
		return;
	}
	print_pointer(p, a, verb);
}

/* %p: the pointer word, or a slice's data pointer. */
static void print_p(Printer *p, const FmtArg *a)
{
	RKind k = a->type->kind;
	if (k == RK_SLICE) {
		FmtArg d = *a;
		d.v.ptr = word(a->v.ptr, 0);
		print_pointer(p, &d, 'p');
	} else if (fmt_is_pointer_kind(k)) {
		print_pointer(p, a, 'p');
	} else {
		bad_verb(p, 'p');
	}
}

static void print_kind(Printer *p, const FmtArg *a, int verb, int depth)
{
	RKind k = a->type->kind;
	if (k == RK_BOOL)
		print_bool(p, a->v.b, verb);
	else if (fmt_is_signed_kind(k))
		print_integer(p, (uint64_t)a->v.i, true, verb);
	else if (fmt_is_unsigned_kind(k))
		print_integer(p, a->v.u, false, verb);
	else if (k == RK_FLOAT32 || k == RK_FLOAT64)
		print_float(p, a->v.f, k == RK_FLOAT32 ? 32 : 64, verb);
	else if (k == RK_STRING)
		print_string(p, a->v.s.p, (size_t)a->v.s.n, verb);
	else if (k == RK_MAP)
		print_map(p, a->type, a->v.ptr, verb, depth);
	else if (fmt_is_pointer_kind(k))
		print_ptr_kind(p, a, verb, depth);
	else if (k == RK_STRUCT)
		print_struct(p, a->type, a->v.ptr, verb, depth);
	else if (k == RK_ARRAY || k == RK_SLICE)
		print_list(p, a->type, a->v.ptr, verb, depth);
	else if (k == RK_INTERFACE)
		print_iface(p, a->type, a->v.ptr, verb, depth);
	else
		sb_putc(p->f.buf, '?'); /* complex numbers: not in gvm */
}

/* Whether t's method set has a method called name (its signature is the
 * Go side's to check). */
static bool has_method(const RType *t, const char *name)
{
	for (uint32_t i = 0; i < t->nmethods; i++)
		if (strcmp(t->methods[i].name, name) == 0)
			return true;
	return false;
}

/* Go's handleMethods: true when a method's result (or a bad %w) was
 * printed in place of the value. */
static bool handle_methods(Printer *p, const FmtArg *a, int verb)
{
	const FmtEnv *env = p->env;
	FmtCall call;
	if (p->erroring || p->unexported || !env || !env->method)
		return false;
	if (verb == 'w') {
		if (!env->wrap_errs || !has_method(a->type, "Error")) {
			bad_verb(p, 'w');
			return true;
		}
		call = FMT_CALL_ERROR;
	} else if (p->f.fl.sharp_v) {
		if (!has_method(a->type, "GoString"))
			return false;
		call = FMT_CALL_GOSTRING;
	} else if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' ||
		   verb == 'q') {
		if (!has_method(a->type, "Error") && !has_method(a->type, "String"))
			return false;
		call = FMT_CALL_STRING;
	} else {
		return false;
	}
	FmtResult r = env->method(env->ctx, a, call, verb);
	switch (r.mode) {
	case FMT_RES_PENDING: return true;
	case FMT_RES_NONE:
		if (verb == 'w')
			bad_verb(p, 'w');
		return verb == 'w';
	case FMT_RES_VERB: print_string(p, r.s, r.n, verb == 'w' ? 'v' : verb); return true;
	case FMT_RES_S: fmt_str(&p->f, r.s, r.n); return true;
	case FMT_RES_TEXT: sb_write(p->f.buf, r.s, r.n); return true;
	}
	return false;
}

void fmt_print_arg(Printer *p, const FmtArg *a, int verb, int depth)
{
	const FmtArg *saved = p->arg;
	p->arg = a;
	/* an interface's methods are its dynamic value's (print_iface) */
	if (a->type && !(depth == 0 && (verb == 'T' || verb == 'p')) &&
	    a->type->nmethods && a->type->kind != RK_INTERFACE &&
	    handle_methods(p, a, verb)) {
		p->arg = saved;
		return;
	}
	if (!a->type) {
		if (verb == 'T' || verb == 'v')
			fmt_pad(&p->f, "<nil>", 5);
		else
			bad_verb(p, verb);
	} else if (depth == 0 && verb == 'T') {
		const char *name = fmt_type_name(a->type);
		fmt_str(&p->f, name, strlen(name));
	} else if (depth == 0 && verb == 'p') {
		print_p(p, a);
	} else {
		print_kind(p, a, verb, depth);
	}
	p->arg = saved;
}
