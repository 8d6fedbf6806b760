/* bits.c: package math/bits, Go's bit counting and manipulation and its
 * full-width arithmetic, each one native (most are one compiler builtin).
 *
 * Operands of the sized types arrive zero-extended (abi/opcodes.h), and
 * each result is zero-extended again to its type's width.  Shifts follow
 * Go's rules, not C's: a shift by the width or more gives 0, so the
 * rotations reduce k modulo the width and never shift by the full width.
 * Div and Rem panic with Go's run-time errors (integer divide by zero,
 * integer overflow), as Go's, which raise the runtime's own.
 */
#include "packages.h"
#include "vm.h"

typedef unsigned __int128 u128;

#define NATIVE(name) static VMStatus n_##name(VM *vm, uint64_t *w, int nvar)
#define UNUSED (void)vm, (void)nvar

static int lz64(uint64_t x) { return x ? __builtin_clzll(x) : 64; }
static int tz64(uint64_t x, int width) { return x ? __builtin_ctzll(x) : width; }

/* The counting functions of one width: LeadingZerosN, TrailingZerosN,
 * OnesCountN, LenN.  Width 0 names the unsized ones (uint: 64 bits). */
#define COUNTING(N, W)                                                         \
	NATIVE(LeadingZeros##N) { UNUSED; w[0] = (uint64_t)(lz64(w[0]) - (64 - W)); return VM_OK; } \
	NATIVE(TrailingZeros##N) { UNUSED; w[0] = (uint64_t)tz64(w[0], W); return VM_OK; }        \
	NATIVE(OnesCount##N) { UNUSED; w[0] = (uint64_t)__builtin_popcountll(w[0]); return VM_OK; } \
	NATIVE(Len##N) { UNUSED; w[0] = (uint64_t)(64 - lz64(w[0])); return VM_OK; }
COUNTING(, 64)
COUNTING(8, 8)
COUNTING(16, 16)
COUNTING(32, 32)
COUNTING(64, 64)

/* x rotated left by k mod W bits (right for negative k), in W bits. */
static uint64_t rotate(uint64_t x, int64_t k, int width)
{
	unsigned s = (unsigned)((uint64_t)k & (uint64_t)(width - 1));
	uint64_t mask = width == 64 ? ~0ull : (1ull << width) - 1;
	if (s == 0)
		return x;
	return ((x << s) | (x >> (width - s))) & mask;
}

#define ROTATE(N, W) \
	NATIVE(RotateLeft##N) { UNUSED; w[0] = rotate(w[0], (int64_t)w[1], W); return VM_OK; }
ROTATE(, 64)
ROTATE(8, 8)
ROTATE(16, 16)
ROTATE(32, 32)
ROTATE(64, 64)

static uint64_t reverse64(uint64_t x)
{
	x = ((x >> 1) & 0x5555555555555555ull) | ((x & 0x5555555555555555ull) << 1);
	x = ((x >> 2) & 0x3333333333333333ull) | ((x & 0x3333333333333333ull) << 2);
	x = ((x >> 4) & 0x0f0f0f0f0f0f0f0full) | ((x & 0x0f0f0f0f0f0f0f0full) << 4);
	return __builtin_bswap64(x);
}

#define REVERSE(N, W) \
	NATIVE(Reverse##N) { UNUSED; w[0] = reverse64(w[0]) >> (64 - W); return VM_OK; }
REVERSE(, 64)
REVERSE(8, 8)
REVERSE(16, 16)
REVERSE(32, 32)
REVERSE(64, 64)

NATIVE(ReverseBytes) { UNUSED; w[0] = __builtin_bswap64(w[0]); return VM_OK; }
NATIVE(ReverseBytes16) { UNUSED; w[0] = __builtin_bswap16((uint16_t)w[0]); return VM_OK; }
NATIVE(ReverseBytes32) { UNUSED; w[0] = __builtin_bswap32((uint32_t)w[0]); return VM_OK; }

/* ---- full-width arithmetic ---- */

/* Add64: sum and carry out; the carry in is 0 or 1 (others: Go's
 * behaviour is undefined, and this is one of the answers it allows). */
NATIVE(Add64)
{
	UNUSED;
	uint64_t x = w[0], y = w[1], c = w[2];
	uint64_t sum = x + y + c;
	w[0] = sum;
	w[1] = ((x & y) | ((x | y) & ~sum)) >> 63;
	return VM_OK;
}

NATIVE(Add32)
{
	UNUSED;
	uint64_t sum = w[0] + w[1] + (uint32_t)w[2];
	w[0] = (uint32_t)sum;
	w[1] = (uint32_t)(sum >> 32);
	return VM_OK;
}

NATIVE(Sub64)
{
	UNUSED;
	uint64_t x = w[0], y = w[1], b = w[2];
	uint64_t diff = x - y - b;
	w[0] = diff;
	w[1] = ((~x & y) | (~(x ^ y) & diff)) >> 63;
	return VM_OK;
}

NATIVE(Sub32)
{
	UNUSED;
	uint32_t x = (uint32_t)w[0], y = (uint32_t)w[1], b = (uint32_t)w[2];
	uint32_t diff = x - y - b;
	w[0] = diff;
	w[1] = ((~x & y) | (~(x ^ y) & diff)) >> 31;
	return VM_OK;
}

NATIVE(Mul64)
{
	UNUSED;
	u128 p = (u128)w[0] * w[1];
	w[0] = (uint64_t)(p >> 64);
	w[1] = (uint64_t)p;
	return VM_OK;
}

NATIVE(Mul32)
{
	UNUSED;
	uint64_t p = (uint64_t)(uint32_t)w[0] * (uint32_t)w[1];
	w[0] = p >> 32;
	w[1] = (uint32_t)p;
	return VM_OK;
}

static VMStatus divide_by_zero(VM *vm)
{
	return vm_native_runtime_error(vm, "runtime error: integer divide by zero");
}

static VMStatus overflow(VM *vm)
{
	return vm_native_runtime_error(vm, "runtime error: integer overflow");
}

NATIVE(Div64)
{
	(void)nvar;
	uint64_t hi = w[0], lo = w[1], y = w[2];
	if (y == 0)
		return divide_by_zero(vm);
	if (y <= hi)
		return overflow(vm);
	u128 n = (u128)hi << 64 | lo;
	w[0] = (uint64_t)(n / y);
	w[1] = (uint64_t)(n % y);
	return VM_OK;
}

NATIVE(Div32)
{
	(void)nvar;
	uint64_t hi = (uint32_t)w[0], lo = (uint32_t)w[1], y = (uint32_t)w[2];
	if (y == 0)
		return divide_by_zero(vm);
	if (y <= hi)
		return overflow(vm);
	uint64_t n = hi << 32 | lo;
	w[0] = n / y;
	w[1] = n % y;
	return VM_OK;
}

/* Rem64: (hi, lo) mod y, which never overflows. */
NATIVE(Rem64)
{
	(void)nvar;
	uint64_t hi = w[0], lo = w[1], y = w[2];
	if (y == 0)
		return divide_by_zero(vm);
	u128 n = (u128)(hi % y) << 64 | lo;
	w[0] = (uint64_t)(n % y);
	return VM_OK;
}

NATIVE(Rem32)
{
	(void)nvar;
	uint64_t hi = (uint32_t)w[0], lo = (uint32_t)w[1], y = (uint32_t)w[2];
	if (y == 0)
		return divide_by_zero(vm);
	w[0] = ((hi << 32) | lo) % y;
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func LeadingZeros(x uint) int", n_LeadingZeros},
	{"func LeadingZeros8(x uint8) int", n_LeadingZeros8},
	{"func LeadingZeros16(x uint16) int", n_LeadingZeros16},
	{"func LeadingZeros32(x uint32) int", n_LeadingZeros32},
	{"func LeadingZeros64(x uint64) int", n_LeadingZeros64},
	{"func TrailingZeros(x uint) int", n_TrailingZeros},
	{"func TrailingZeros8(x uint8) int", n_TrailingZeros8},
	{"func TrailingZeros16(x uint16) int", n_TrailingZeros16},
	{"func TrailingZeros32(x uint32) int", n_TrailingZeros32},
	{"func TrailingZeros64(x uint64) int", n_TrailingZeros64},
	{"func OnesCount(x uint) int", n_OnesCount},
	{"func OnesCount8(x uint8) int", n_OnesCount8},
	{"func OnesCount16(x uint16) int", n_OnesCount16},
	{"func OnesCount32(x uint32) int", n_OnesCount32},
	{"func OnesCount64(x uint64) int", n_OnesCount64},
	{"func Len(x uint) int", n_Len},
	{"func Len8(x uint8) int", n_Len8},
	{"func Len16(x uint16) int", n_Len16},
	{"func Len32(x uint32) int", n_Len32},
	{"func Len64(x uint64) int", n_Len64},
	{"func RotateLeft(x uint, k int) uint", n_RotateLeft},
	{"func RotateLeft8(x uint8, k int) uint8", n_RotateLeft8},
	{"func RotateLeft16(x uint16, k int) uint16", n_RotateLeft16},
	{"func RotateLeft32(x uint32, k int) uint32", n_RotateLeft32},
	{"func RotateLeft64(x uint64, k int) uint64", n_RotateLeft64},
	{"func Reverse(x uint) uint", n_Reverse},
	{"func Reverse8(x uint8) uint8", n_Reverse8},
	{"func Reverse16(x uint16) uint16", n_Reverse16},
	{"func Reverse32(x uint32) uint32", n_Reverse32},
	{"func Reverse64(x uint64) uint64", n_Reverse64},
	{"func ReverseBytes(x uint) uint", n_ReverseBytes},
	{"func ReverseBytes16(x uint16) uint16", n_ReverseBytes16},
	{"func ReverseBytes32(x uint32) uint32", n_ReverseBytes32},
	{"func ReverseBytes64(x uint64) uint64", n_ReverseBytes},
	{"func Add(x, y, carry uint) (sum, carryOut uint)", n_Add64},
	{"func Add32(x, y, carry uint32) (sum, carryOut uint32)", n_Add32},
	{"func Add64(x, y, carry uint64) (sum, carryOut uint64)", n_Add64},
	{"func Sub(x, y, borrow uint) (diff, borrowOut uint)", n_Sub64},
	{"func Sub32(x, y, borrow uint32) (diff, borrowOut uint32)", n_Sub32},
	{"func Sub64(x, y, borrow uint64) (diff, borrowOut uint64)", n_Sub64},
	{"func Mul(x, y uint) (hi, lo uint)", n_Mul64},
	{"func Mul32(x, y uint32) (hi, lo uint32)", n_Mul32},
	{"func Mul64(x, y uint64) (hi, lo uint64)", n_Mul64},
	{"func Div(hi, lo, y uint) (quo, rem uint)", n_Div64},
	{"func Div32(hi, lo, y uint32) (quo, rem uint32)", n_Div32},
	{"func Div64(hi, lo, y uint64) (quo, rem uint64)", n_Div64},
	{"func Rem(hi, lo, y uint) uint", n_Rem64},
	{"func Rem32(hi, lo, y uint32) uint32", n_Rem32},
	{"func Rem64(hi, lo, y uint64) uint64", n_Rem64},
};

extern const char stdlib_math_bits_source[];

const NativePackage stdlib_math_bits = {"math/bits", decls, sizeof decls / sizeof decls[0],
					stdlib_math_bits_source, "/gvm/src/math/bits/bits.go"};
