/* native.c: the functions implemented in C (fmt, os, print/println).
 *
 * Natives are leaves: they never call back into bytecode.  NCALL hands
 * them a pointer to their operands in the caller's frame and the count of
 * variadic operands; each `...any` operand is an interface value (type
 * word, data word, see DESIGN.md), unboxed here into fmt's FmtArg.  Results
 * are written over the operands, where codegen reserved room for them.
 *
 * Output goes straight to write(2), unbuffered, so stdout (fmt) and stderr
 * (print, println, panics) interleave in program order as they do in Go.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vmint.h"

void vm_write(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		p += w;
		n -= (size_t)w;
	}
}

FmtArg vm_fmt_arg(const RType *t, uint64_t data)
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

/* The operands ifaces[0..n) as FmtArgs in the VM's scratch array. */
static FmtArg *unbox(VM *vm, const uint64_t *ifaces, int n)
{
	if (n > vm->nfargs) {
		FmtArg *na = realloc(vm->fargs, (size_t)n * sizeof *na);
		if (!na)
			return NULL;
		vm->fargs = na;
		vm->nfargs = n;
	}
	for (int i = 0; i < n; i++)
		vm->fargs[i] = vm_fmt_arg((const RType *)ifaces[2 * i], ifaces[2 * i + 1]);
	return vm->fargs;
}

/* fmt.Print* results: (n int, err error) with err nil. */
static VMStatus write_out(VM *vm, uint64_t *res)
{
	vm_write(1, vm->buf.data, vm->buf.len);
	res[0] = vm->buf.len;
	res[1] = 0;
	res[2] = 0;
	return VM_OK;
}

/* fmt.Sprint* results: a string on the heap. */
static VMStatus string_out(VM *vm, uint64_t *res)
{
	char *s = gc_alloc(&vm->heap, vm->buf.len, NULL);
	memcpy(s, vm->buf.data, vm->buf.len);
	res[0] = (uint64_t)s;
	res[1] = vm->buf.len;
	return VM_OK;
}

static void builtin_print(VM *vm, const uint64_t *args, int n, bool ln)
{
	FmtArg *a = unbox(vm, args, n);
	fmt_buf_reset(&vm->buf);
	for (int i = 0; i < n; i++) {
		if (ln && i > 0)
			fmt_buf_putc(&vm->buf, ' ');
		fmt_print_value(&vm->buf, &a[i]);
	}
	if (ln)
		fmt_buf_putc(&vm->buf, '\n');
	vm_write(2, vm->buf.data, vm->buf.len);
}

static VMStatus nat_PRINT(VM *vm, uint64_t *args, int n)
{
	builtin_print(vm, args, n, false);
	return VM_OK;
}

static VMStatus nat_PRINTLN(VM *vm, uint64_t *args, int n)
{
	builtin_print(vm, args, n, true);
	return VM_OK;
}

static void sprint(VM *vm, const uint64_t *args, int n, bool ln)
{
	FmtArg *a = unbox(vm, args, n);
	fmt_buf_reset(&vm->buf);
	if (ln)
		fmt_sprintln(&vm->buf, a, n);
	else
		fmt_sprint(&vm->buf, a, n);
}

static void sprintf_(VM *vm, const uint64_t *args, int n)
{
	FmtArg *a = unbox(vm, args + 2, n);
	fmt_buf_reset(&vm->buf);
	fmt_sprintf(&vm->buf, (const char *)args[0], args[1], a, n);
}

static VMStatus nat_FMT_PRINT(VM *vm, uint64_t *args, int n)
{
	sprint(vm, args, n, false);
	return write_out(vm, args);
}

static VMStatus nat_FMT_PRINTLN(VM *vm, uint64_t *args, int n)
{
	sprint(vm, args, n, true);
	return write_out(vm, args);
}

static VMStatus nat_FMT_PRINTF(VM *vm, uint64_t *args, int n)
{
	sprintf_(vm, args, n);
	return write_out(vm, args);
}

static VMStatus nat_FMT_SPRINT(VM *vm, uint64_t *args, int n)
{
	sprint(vm, args, n, false);
	return string_out(vm, args);
}

static VMStatus nat_FMT_SPRINTLN(VM *vm, uint64_t *args, int n)
{
	sprint(vm, args, n, true);
	return string_out(vm, args);
}

static VMStatus nat_FMT_SPRINTF(VM *vm, uint64_t *args, int n)
{
	sprintf_(vm, args, n);
	return string_out(vm, args);
}

static VMStatus nat_OS_EXIT(VM *vm, uint64_t *args, int n)
{
	vm->exit_code = (int)(int64_t)args[0];
	return VM_EXIT;
}

const NativeFn vm_natives[NAT__COUNT] = {
#define X(id, name, nres) [NAT_##id] = nat_##id,
	NATIVES(X)
#undef X
};

static const char *const native_names[NAT__COUNT] = {
#define X(id, name, nres) [NAT_##id] = name,
	NATIVES(X)
#undef X
};

static const int native_results[NAT__COUNT] = {
#define X(id, name, nres) [NAT_##id] = nres,
	NATIVES(X)
#undef X
};

int vm_native_lookup(const char *name)
{
	for (int i = 0; i < NAT__COUNT; i++)
		if (strcmp(native_names[i], name) == 0)
			return i;
	return -1;
}

int vm_native_results(int id)
{
	return native_results[id];
}
