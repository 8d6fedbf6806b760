/* natives.c: package fmt's functions, as natives over the formatter.
 *
 * Each `...any` operand arrives as an interface value (type word, data
 * word, see abi/native.h), unboxed here into fmt's FmtArg; the text is
 * built in the VM's scratch buffer, then written to stdout (Print*) or
 * copied to a new string on the heap (Sprint*).
 */
#include <string.h>

#include "fmt.h"
#include "packages.h"
#include "vm.h"

/* An interface value (type, data word) unboxed as fmt's operand. */
static FmtArg unbox_one(const RType *t, uint64_t data)
{
	FmtArg a;
	const void *p = (const void *)data;
	memset(&a, 0, sizeof a);
	a.type = t;
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

enum { SMALL_ARGS = 16 };

static void map_range(void *ctx, const RType *maptype, const void *m,
		      FmtMapVisit visit, void *vctx)
{
	(void)ctx;
	vm_map_range(maptype, m, visit, vctx);
}

static const FmtEnv env = {NULL, NULL, map_range};

/* Formats the n interface operands at ifaces with `how`: 'v' Sprint,
 * 'l' Sprintln, 'f' Sprintf with the format string fmt_[0..1]. */
static StrBuf *format(VM *vm, const uint64_t *ifaces, int n, char how,
		      const uint64_t *fmt_)
{
	FmtArg small[SMALL_ARGS], *a = small;
	StrBuf *b = vm_scratch(vm);
	if (n > SMALL_ARGS &&
	    !(a = gc_alloc(vm_heap(vm), (size_t)n * sizeof *a, NULL)))
		return NULL;
	for (int i = 0; i < n; i++)
		a[i] = unbox_one((const RType *)ifaces[2 * i], ifaces[2 * i + 1]);
	sb_reset(b);
	if (how == 'v')
		fmt_sprint_env(&env, b, a, n);
	else if (how == 'l')
		fmt_sprintln_env(&env, b, a, n);
	else
		fmt_sprintf_env(&env, b, (const char *)fmt_[0], fmt_[1], a, n);
	return b;
}

/* Print* results: (n int, err error) with err nil.  b is NULL, or
 * marked failed, when memory ran out. */
static VMStatus write_out(VM *vm, StrBuf *b, uint64_t *res)
{
	if (!b || b->failed)
		return vm_out_of_memory(vm);
	vm_write(vm, 1, b->data, b->len);
	res[0] = b->len;
	res[1] = 0;
	res[2] = 0;
	return VM_OK;
}

/* Sprint* results: a string on the heap. */
static VMStatus string_out(VM *vm, StrBuf *b, uint64_t *res)
{
	char *s = b && !b->failed ? gc_alloc(vm_heap(vm), b->len, NULL) : NULL;
	if (!s)
		return vm_out_of_memory(vm);
	memcpy(s, b->data, b->len);
	res[0] = (uint64_t)s;
	res[1] = b->len;
	return VM_OK;
}

static VMStatus print(VM *vm, uint64_t *args, int n)
{
	return write_out(vm, format(vm, args, n, 'v', NULL), args);
}

static VMStatus println(VM *vm, uint64_t *args, int n)
{
	return write_out(vm, format(vm, args, n, 'l', NULL), args);
}

static VMStatus printf_(VM *vm, uint64_t *args, int n)
{
	return write_out(vm, format(vm, args + 2, n, 'f', args), args);
}

static VMStatus sprint(VM *vm, uint64_t *args, int n)
{
	return string_out(vm, format(vm, args, n, 'v', NULL), args);
}

static VMStatus sprintln(VM *vm, uint64_t *args, int n)
{
	return string_out(vm, format(vm, args, n, 'l', NULL), args);
}

static VMStatus sprintf_(VM *vm, uint64_t *args, int n)
{
	return string_out(vm, format(vm, args + 2, n, 'f', args), args);
}

static const NativeDecl decls[] = {
	{"func Print(a ...any) (n int, err error)", print},
	{"func Println(a ...any) (n int, err error)", println},
	{"func Printf(format string, a ...any) (n int, err error)", printf_},
	{"func Sprint(a ...any) string", sprint},
	{"func Sprintln(a ...any) string", sprintln},
	{"func Sprintf(format string, a ...any) string", sprintf_},
};

const NativePackage stdlib_fmt = {"fmt", decls, sizeof decls / sizeof decls[0]};
