/* constant.h: exact constant values for the checker (go/constant's role).
 *
 * Integers are arbitrary-precision (sign + magnitude in 32-bit limbs);
 * floats are exact rationals of two such integers, so `0.1 + 0.2 == 0.3`
 * holds for constants as in Go.  Values are immutable and live in the
 * compilation's arena.  types.h declares the read-only accessors that later
 * stages use; this header adds what the checker needs to build and combine
 * values.
 */
#ifndef GVM_CONSTANT_H
#define GVM_CONSTANT_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "types.h"

typedef struct BigInt {
	bool neg;
	int n;          /* used limbs; 0 means zero */
	uint32_t *d;    /* little-endian limbs */
} BigInt;

struct ConstVal {
	ConstKind kind;
	Mem *mem;               /* the compilation's, for temporary arenas */
	bool b;                 /* CK_BOOL */
	BigInt num, den;        /* CK_INT: num; CK_FLOAT: num/den, den > 0, reduced */
	const char *s;          /* CK_STRING */
	int64_t slen;
};

ConstVal *const_make_bool(Arena *a, bool b);
ConstVal *const_make_int64(Arena *a, int64_t v);
ConstVal *const_make_uint64(Arena *a, uint64_t v);
ConstVal *const_make_float64(Arena *a, double f);
ConstVal *const_make_string(Arena *a, const char *s, int64_t len);
/* The value of an INT/FLOAT/CHAR/STRING literal (Go syntax, source text);
 * NULL if malformed.  Imaginary literals are not handled. */
ConstVal *const_from_literal(Arena *a, int tok_kind, const char *lit, int len);
enum { LIT_INT, LIT_FLOAT, LIT_CHAR, LIT_STRING };

/* Kind conversions: an int as a float; a float with integral value as an
 * int (NULL if not integral). */
ConstVal *const_to_float(Arena *a, const ConstVal *v);
ConstVal *const_to_int(Arena *a, const ConstVal *v);

/* Arithmetic on two values of the same kind (INT or FLOAT; STRING for +;
 * BOOL for && ||).  op is one of the CONST_OP below.  Integer division
 * truncates; QUO on ints must be routed by the caller (Go: int / int is
 * integer division only when both are integers).  Returns NULL on division
 * by zero. */
enum {
	COP_ADD, COP_SUB, COP_MUL, COP_QUO, COP_REM, COP_AND, COP_OR, COP_XOR,
	COP_ANDNOT, COP_LAND, COP_LOR,
};
ConstVal *const_binary(Arena *a, int op, const ConstVal *x, const ConstVal *y);
/* -x, +x, ^x (bitwise complement of an untyped int: -x-1), !x. */
ConstVal *const_neg(Arena *a, const ConstVal *x);
ConstVal *const_not(Arena *a, const ConstVal *x);
ConstVal *const_complement(Arena *a, const ConstVal *x);
/* x << s or x >> s (arithmetic, rounding toward -inf as big.Int does). */
ConstVal *const_shift(Arena *a, const ConstVal *x, bool left, uint64_t s);
/* -1, 0, 1 comparing two values of the same kind (bools: 0 if equal). */
int const_compare(const ConstVal *x, const ConstVal *y);
bool const_sign_neg(const ConstVal *x);
bool const_is_zero(const ConstVal *x);
/* Bit length of |x| for an int. */
int const_bitlen(const ConstVal *x);
/* Does an int fit in [min, max] of a kind of integer with `bits` bits? */
bool const_fits_int(const ConstVal *x, int bits, bool is_unsigned);
/* Round a float or int to the nearest float64 / float32 value; returns
 * false on overflow to infinity. */
bool const_round_float(Arena *a, const ConstVal *x, bool f32, ConstVal **out);
/* Truncate an int to `bits` bits, two's complement (for typed ^x, wrap). */
ConstVal *const_wrap(Arena *a, const ConstVal *x, int bits, bool is_unsigned);
/* go/constant's String(): decimal ints, %.6g floats, quoted strings. */
const char *const_repr(Arena *a, const ConstVal *x);
/* An int that fits in uint64 (for shift counts); false otherwise. */
bool const_uint64_ok(const ConstVal *x, uint64_t *out);

#endif
