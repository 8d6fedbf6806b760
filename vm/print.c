/* print.c: the builtin print and println, and runtime/print.go's way of
 * rendering one value, which panics use too.
 *
 * print writes to stderr, unbuffered, with no spaces between operands;
 * println puts spaces between them and a newline after.  Floats print as
 * +1.500000e+000, integers in decimal, pointers as 0x…, strings raw,
 * slices as [len/cap]0xdata, interfaces as (0xtype,0xdata).
 *
 * The operands come as interfaces (see native.h): the data word is the
 * value itself for pointer-shaped types, else a pointer to it.
 */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "vmint.h"

static void put_hex_word(StrBuf *out, uint64_t w)
{
	sb_printf(out, "0x%" PRIx64, w);
}

/* runtime/print.go's printfloat, step by step: seven digits found by
 * repeated multiplication, so results may differ from exact rounding in the
 * last digit exactly where Go's do. */
static void print_float(StrBuf *out, double v)
{
	if (v != v) {
		sb_puts(out, "NaN");
		return;
	}
	if (v + v == v && v > 0) {
		sb_puts(out, "+Inf");
		return;
	}
	if (v + v == v && v < 0) {
		sb_puts(out, "-Inf");
		return;
	}
	enum { N = 7 };
	char buf[N + 7];
	buf[0] = '+';
	int e = 0;
	if (v == 0) {
		if (signbit(v))
			buf[0] = '-';
	} else {
		if (v < 0) {
			v = -v;
			buf[0] = '-';
		}
		while (v >= 10) {
			e++;
			v /= 10;
		}
		while (v < 1) {
			e--;
			v *= 10;
		}
		double h = 5.0;
		for (int i = 0; i < N; i++)
			h /= 10;
		v += h;
		if (v >= 10) {
			e++;
			v /= 10;
		}
	}
	for (int i = 0; i < N; i++) {
		int s = (int)v;
		buf[i + 2] = (char)(s + '0');
		v -= s;
		v *= 10;
	}
	buf[1] = buf[2];
	buf[2] = '.';
	buf[N + 2] = 'e';
	buf[N + 3] = '+';
	if (e < 0) {
		e = -e;
		buf[N + 3] = '-';
	}
	buf[N + 4] = (char)(e / 100 + '0');
	buf[N + 5] = (char)(e / 10 % 10 + '0');
	buf[N + 6] = (char)(e % 10 + '0');
	sb_write(out, buf, sizeof buf);
}

void vm_print_value(StrBuf *out, const RType *t, const void *p)
{
	if (!t) {
		sb_puts(out, "(0x0,0x0)");
		return;
	}
	switch (t->kind) {
	case RK_BOOL: sb_puts(out, *(const uint8_t *)p ? "true" : "false"); break;
	case RK_INT8: sb_printf(out, "%d", *(const int8_t *)p); break;
	case RK_INT16: sb_printf(out, "%d", *(const int16_t *)p); break;
	case RK_INT32: sb_printf(out, "%" PRId32, *(const int32_t *)p); break;
	case RK_INT: case RK_INT64:
		sb_printf(out, "%" PRId64, *(const int64_t *)p);
		break;
	case RK_UINT8: sb_printf(out, "%u", *(const uint8_t *)p); break;
	case RK_UINT16: sb_printf(out, "%u", *(const uint16_t *)p); break;
	case RK_UINT32: sb_printf(out, "%" PRIu32, *(const uint32_t *)p); break;
	case RK_UINT: case RK_UINT64: case RK_UINTPTR:
		sb_printf(out, "%" PRIu64, *(const uint64_t *)p);
		break;
	case RK_FLOAT32: print_float(out, *(const float *)p); break;
	case RK_FLOAT64: print_float(out, *(const double *)p); break;
	case RK_STRING: {
		const uint64_t *s = p;
		sb_write(out, (const char *)s[0], (size_t)s[1]);
		break;
	}
	case RK_POINTER: case RK_MAP: case RK_CHAN: case RK_FUNC:
	case RK_UNSAFEPOINTER:
		put_hex_word(out, *(const uint64_t *)p);
		break;
	case RK_SLICE: {
		const uint64_t *w = p;
		sb_printf(out, "[%" PRId64 "/%" PRId64 "]", (int64_t)w[1], (int64_t)w[2]);
		put_hex_word(out, w[0]);
		break;
	}
	case RK_INTERFACE: {
		const uint64_t *w = p;
		sb_putc(out, '(');
		put_hex_word(out, w[0]);
		sb_putc(out, ',');
		put_hex_word(out, w[1]);
		sb_putc(out, ')');
		break;
	}
	default:
		sb_putc(out, '?');
		break;
	}
}

/* The value of an interface operand (type word, data word). */
static const void *iface_data(const uint64_t *iface)
{
	const RType *t = (const RType *)iface[0];
	return t && rtype_is_pointer_shaped(t) ? (const void *)&iface[1]
					       : (const void *)iface[1];
}

static VMStatus print(VM *vm, const uint64_t *args, int n, bool ln)
{
	StrBuf *b = vm_scratch(vm);
	sb_reset(b);
	for (int i = 0; i < n; i++) {
		if (ln && i > 0)
			sb_putc(b, ' ');
		vm_print_value(b, (const RType *)args[2 * i], iface_data(args + 2 * i));
	}
	if (ln)
		sb_putc(b, '\n');
	if (b->failed)
		return vm_out_of_memory(vm);
	vm_write(vm, 2, b->data, b->len);
	return VM_OK;
}

VMStatus vm_builtin_print(VM *vm, uint64_t *args, int nvar)
{
	return print(vm, args, nvar, false);
}

VMStatus vm_builtin_println(VM *vm, uint64_t *args, int nvar)
{
	return print(vm, args, nvar, true);
}
