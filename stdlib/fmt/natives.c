/* natives.c: package fmt's native half, under its Go half (fmt.go).
 *
 * fmt.go's Print*, Sprint*, Fprint* and Errorf all come to one native,
 * format, which runs the formatter over the operands.  Where Go's fmt
 * would call a method (Error, String, GoString: at the top level or deep
 * inside a composite), the formatter's method hook looks at the calls
 * slice fmt.go passes in: the first ndone entries hold the results of
 * calls fmt.go already ran, in the order the formatter asks for them; a
 * later request is recorded there (as far as the slice reaches) and
 * counted.  When the count passes ndone, the pass is thrown away and
 * fmt.go runs the recorded calls (in bytecode, where a String method may
 * print, panic or block like any code) and calls format again.  A native
 * never calls back into bytecode.
 *
 * The methodCall entries are laid out as fmt.go declares them:
 *
 *   word 0, 1  v       the receiver as an interface value
 *   word 2     verb
 *   word 3     kind    FmtCall
 *   word 4     mode    FmtResultMode, set by fmt.go (0: not run yet)
 *   word 5, 6  res     the string result
 *   word 7, 8  method  fmt.go's own (the method's name)
 *
 * Each operand arrives as an interface value (type word, data word) in
 * the []any, unboxed here into fmt's FmtArg; the text is built in the VM's
 * scratch buffer, then written to an output stream or copied to a new
 * string on the heap.
 */
#include <string.h>

#include "fmt.h"
#include "packages.h"
#include "vm.h"

enum { CALL_WORDS = 9 };

/* An interface value (type, data word) unboxed as fmt's operand. */
static FmtArg unbox_one(const RType *t, uint64_t data)
{
	FmtArg a;
	const void *p = (const void *)data;
	memset(&a, 0, sizeof a);
	a.type = t;
	a.mem = p;
	if (!t)
		return a;
	switch (t->kind) {
	case RK_BOOL: a.v.b = *(const uint8_t *)p != 0; break;
	case RK_INT8: a.v.i = *(const int8_t *)p; break;
	case RK_INT16: a.v.i = *(const int16_t *)p; break;
	case RK_INT32: a.v.i = *(const int32_t *)p; break;
	case RK_INT: case RK_INT64: a.v.i = *(const int64_t *)p; break;
	case RK_UINT8: a.v.u = *(const uint8_t *)p; break;
	case RK_UINT16: a.v.u = *(const uint16_t *)p; break;
	case RK_UINT32: a.v.u = *(const uint32_t *)p; break;
	case RK_UINT: case RK_UINT64: case RK_UINTPTR:
		a.v.u = *(const uint64_t *)p;
		break;
	case RK_FLOAT32: a.v.f = *(const float *)p; break;
	case RK_FLOAT64: a.v.f = *(const double *)p; break;
	case RK_STRING:
		a.v.s.p = ((const char *const *)p)[0];
		a.v.s.n = ((const int64_t *)p)[1];
		break;
	default:
		a.v.ptr = p; /* the pointer itself, or the boxed value */
		break;
	}
	return a;
}

static void map_range(void *ctx, const RType *maptype, const void *m,
		      FmtMapVisit visit, void *vctx)
{
	(void)ctx;
	vm_map_range(maptype, m, visit, vctx);
}

/* The calls slice of one format call. */
typedef struct Calls {
	uint64_t *base;
	int64_t len, ndone, count;
} Calls;

static FmtResult method(void *ctx, const FmtArg *a, FmtCall call, int verb)
{
	Calls *cs = ctx;
	int64_t j = cs->count;
	FmtResult r = {FMT_RES_PENDING, NULL, 0};
	bool direct = rtype_is_pointer_shaped(a->type);
	if (!direct && !a->mem) {
		r.mode = FMT_RES_NONE; /* not addressable: cannot be a receiver */
		return r;
	}
	cs->count++;
	uint64_t *c = cs->base + CALL_WORDS * j;
	if (j < cs->ndone) {
		r.mode = c[4] ? (FmtResultMode)c[4] : FMT_RES_NONE;
		r.s = (const char *)c[5];
		r.n = c[6];
		return r;
	}
	if (j < cs->len) {
		c[0] = (uint64_t)a->type;
		c[1] = direct ? (uint64_t)a->v.ptr : (uint64_t)a->mem;
		c[2] = (uint64_t)verb;
		c[3] = (uint64_t)call;
		c[4] = c[5] = c[6] = 0;
	}
	return r;
}

enum { SMALL_ARGS = 16 };

/*
 * func format(how int, format string, a []any, calls []methodCall,
 *             ndone int, fd int, wrapped []int)
 *             (s string, n int, ncalls int, nwrapped int)
 *
 * how: 'v' Sprint, 'l' Sprintln, 'f' Sprintf, 'e' Errorf (Sprintf with %w).
 * fd 1 or 2: a finished text is written there (n bytes) instead of being
 * returned.  The operand words: how 0, format 1-2, a 3-5, calls 6-8,
 * ndone 9, fd 10, wrapped 11-13; the results go over words 0-4.
 */
static VMStatus format(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	int how = (int)w[0];
	const uint64_t *ifaces = (const uint64_t *)w[3];
	int64_t n = (int64_t)w[4];
	Calls cs = {(uint64_t *)w[6], (int64_t)w[7], (int64_t)w[9], 0};
	int64_t fd = (int64_t)w[10];
	int nwrapped = 0;
	FmtEnv env = {
		.ctx = &cs,
		.method = method,
		.wrap_errs = how == 'e',
		.wrapped = (int64_t *)w[11],
		.nwrapped = &nwrapped,
		.cap_wrapped = (int)w[12],
		.map_range = map_range,
	};
	FmtArg small[SMALL_ARGS], *a = small;
	StrBuf *b = vm_scratch(vm);
	if (n > SMALL_ARGS &&
	    !(a = gc_alloc(vm_heap(vm), (size_t)n * sizeof *a, NULL)))
		return vm_out_of_memory(vm);
	for (int64_t i = 0; i < n; i++)
		a[i] = unbox_one((const RType *)ifaces[2 * i], ifaces[2 * i + 1]);
	sb_reset(b);
	if (how == 'v')
		fmt_sprint_env(&env, b, a, (int)n);
	else if (how == 'l')
		fmt_sprintln_env(&env, b, a, (int)n);
	else
		fmt_sprintf_env(&env, b, (const char *)w[1], w[2], a, (int)n);
	if (b->failed)
		return vm_out_of_memory(vm);
	w[0] = w[1] = w[2] = 0;
	w[3] = (uint64_t)cs.count;
	w[4] = (uint64_t)nwrapped;
	if (cs.count > cs.ndone)
		return VM_OK; /* methods to run first */
	if (fd == 1 || fd == 2) {
		vm_write(vm, (int)fd, b->data, b->len);
		w[2] = b->len;
		return VM_OK;
	}
	char *s = gc_alloc(vm_heap(vm), b->len, NULL);
	if (!s && b->len)
		return vm_out_of_memory(vm);
	memcpy(s, b->data, b->len);
	w[0] = (uint64_t)s;
	w[1] = b->len;
	w[2] = b->len;
	return VM_OK;
}

/* func isNilPointer(v any) bool: a nil pointer in an interface (fmt prints
 * a String method's panic on one as <nil>). */
static VMStatus is_nil_pointer(VM *vm, uint64_t *w, int nvar)
{
	(void)vm;
	(void)nvar;
	const RType *t = (const RType *)w[0];
	w[0] = t && t->kind == RK_POINTER && w[1] == 0;
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func format(how int, format string, a []any, calls []methodCall, "
	 "ndone int, fd int, wrapped []int) (s string, n int, ncalls int, "
	 "nwrapped int)", format},
	{"func isNilPointer(v any) bool", is_nil_pointer},
};

extern const char stdlib_fmt_source[];

const NativePackage stdlib_fmt = {"fmt", decls, sizeof decls / sizeof decls[0],
				  stdlib_fmt_source, "/gvm/src/fmt/fmt.go"};
