/* math.c: package math, its natives over the ports of elem.c, trig.c and
 * special.c (gomath.h says why gvm carries its own instead of calling
 * the C library); the constants are in math.go.
 *
 * A float64 operand is its bits in a word; a float32 is kept as a double
 * (abi/opcodes.h), so Float32bits rounds the word to a float first and
 * Float32frombits leaves a double.  The functions of one float64 to one
 * float64, the bulk of the package, are one X-macro list that makes both
 * the wrappers and the declaration rows.
 */
#include "gomath.h"

#include <math.h>

#include "packages.h"
#include "vm.h"

#define F1_FUNCS(X)                                                            \
	X(Abs, gm_abs) X(Acos, gm_acos) X(Acosh, gm_acosh) X(Asin, gm_asin)    \
	X(Asinh, gm_asinh) X(Atan, gm_atan) X(Atanh, gm_atanh)                 \
	X(Cbrt, gm_cbrt) X(Ceil, gm_ceil) X(Cos, gm_cos) X(Cosh, gm_cosh)      \
	X(Erf, gm_erf) X(Erfc, gm_erfc) X(Erfcinv, gm_erfcinv)                 \
	X(Erfinv, gm_erfinv) X(Exp, gm_exp) X(Exp2, gm_exp2)                   \
	X(Expm1, gm_expm1) X(Floor, gm_floor) X(Gamma, gm_gamma)               \
	X(J0, gm_j0) X(J1, gm_j1) X(Log, gm_log) X(Log10, gm_log10)            \
	X(Log1p, gm_log1p) X(Log2, gm_log2) X(Logb, gm_logb)                   \
	X(Round, gm_round) X(RoundToEven, gm_round_to_even) X(Sin, gm_sin)     \
	X(Sinh, gm_sinh) X(Sqrt, gm_sqrt) X(Tan, gm_tan) X(Tanh, gm_tanh)      \
	X(Trunc, gm_trunc) X(Y0, gm_y0) X(Y1, gm_y1)

#define F2_FUNCS(X)                                                            \
	X(Atan2, gm_atan2, y, x) X(Copysign, gm_copysign, f, sign)             \
	X(Dim, gm_dim, x, y) X(Hypot, gm_hypot, p, q) X(Max, gm_max, x, y)     \
	X(Min, gm_min, x, y) X(Mod, gm_mod, x, y)                              \
	X(Nextafter, gm_nextafter, x, y) X(Pow, gm_pow, x, y)                  \
	X(Remainder, gm_remainder, x, y)

static inline double arg(const uint64_t *w, int i) { return gm_frombits(w[i]); }

#define F1_WRAP(name, fn)                                                      \
	static VMStatus n_##name(VM *vm, uint64_t *w, int nvar)                \
	{                                                                      \
		(void)vm;                                                      \
		(void)nvar;                                                    \
		w[0] = gm_bits(fn(arg(w, 0)));                                 \
		return VM_OK;                                                  \
	}
F1_FUNCS(F1_WRAP)

#define F2_WRAP(name, fn, a, b)                                                \
	static VMStatus n_##name(VM *vm, uint64_t *w, int nvar)                \
	{                                                                      \
		(void)vm;                                                      \
		(void)nvar;                                                    \
		w[0] = gm_bits(fn(arg(w, 0), arg(w, 1)));                      \
		return VM_OK;                                                  \
	}
F2_FUNCS(F2_WRAP)

/* The natives whose signatures are their own.  Each takes the VM's
 * operands as every native does; the macro saves repeating it. */
#define NATIVE(name) static VMStatus n_##name(VM *vm, uint64_t *w, int nvar)
#define UNUSED (void)vm, (void)nvar

/* A native whose one result word is expr, of the operands w. */
#define EXPR_NATIVE(name, expr)                                                \
	NATIVE(name)                                                           \
	{                                                                      \
		UNUSED;                                                        \
		w[0] = (expr);                                                 \
		return VM_OK;                                                  \
	}

static uint64_t int_arg(const uint64_t *w, int i) { return w[i]; }
static int64_t sign_of(int64_t v) { return v > 0 ? 1 : v < 0 ? -1 : 0; }
/* A float32 word is a double holding the float's value. */
static float f32_arg(const uint64_t *w, int i) { return (float)arg(w, i); }

EXPR_NATIVE(FMA, gm_bits(fma(arg(w, 0), arg(w, 1), arg(w, 2))))
EXPR_NATIVE(Ldexp, gm_bits(gm_ldexp(arg(w, 0), (int64_t)int_arg(w, 1))))
EXPR_NATIVE(Ilogb, (uint64_t)gm_ilogb(arg(w, 0)))
EXPR_NATIVE(Jn, gm_bits(gm_jn((int64_t)int_arg(w, 0), arg(w, 1))))
EXPR_NATIVE(Yn, gm_bits(gm_yn((int64_t)int_arg(w, 0), arg(w, 1))))
EXPR_NATIVE(Pow10, gm_bits(gm_pow10((int64_t)int_arg(w, 0))))
EXPR_NATIVE(Inf, gm_bits(gm_inf((int64_t)int_arg(w, 0) >= 0 ? 1 : -1)))
EXPR_NATIVE(NaN, gm_bits(gm_nan()))
EXPR_NATIVE(IsNaN, gm_isnan(arg(w, 0)))
EXPR_NATIVE(IsInf, gm_isinf(arg(w, 0), (int)sign_of((int64_t)int_arg(w, 1))))
EXPR_NATIVE(Signbit, gm_signbit(arg(w, 0)))
/* Float64bits and Float64frombits change only the type: the word stays. */
EXPR_NATIVE(Float64bits, w[0])
EXPR_NATIVE(Float32bits, gm_f32bits(f32_arg(w, 0)))
EXPR_NATIVE(Float32frombits, gm_bits((double)gm_f32frombits((uint32_t)w[0])))
EXPR_NATIVE(Nextafter32, gm_bits((double)gm_nextafter32(f32_arg(w, 0), f32_arg(w, 1))))

/* The functions of one float64 to two results: a float64 and an int, or
 * two float64s. */
#define PAIR_WRAP(name, call, second)                                          \
	NATIVE(name)                                                           \
	{                                                                      \
		UNUSED;                                                        \
		double out;                                                    \
		int64_t n;                                                     \
		(void)out, (void)n;                                            \
		w[0] = gm_bits(call);                                          \
		w[1] = second;                                                 \
		return VM_OK;                                                  \
	}
PAIR_WRAP(Frexp, gm_frexp(arg(w, 0), &n), (uint64_t)n)
PAIR_WRAP(Lgamma, gm_lgamma(arg(w, 0), &n), (uint64_t)n)
PAIR_WRAP(Modf, gm_modf(arg(w, 0), &out), gm_bits(out))

NATIVE(Sincos)
{
	UNUSED;
	double s, c;
	gm_sincos(arg(w, 0), &s, &c);
	w[0] = gm_bits(s);
	w[1] = gm_bits(c);
	return VM_OK;
}

#define F1_ROW(name, fn) {"func " #name "(x float64) float64", n_##name},
#define F2_ROW(name, fn, a, b) {"func " #name "(" #a ", " #b " float64) float64", n_##name},

static const NativeDecl decls[] = {
	F1_FUNCS(F1_ROW)
	F2_FUNCS(F2_ROW)
	{"func FMA(x, y, z float64) float64", n_FMA},
	{"func Frexp(f float64) (frac float64, exp int)", n_Frexp},
	{"func Ldexp(frac float64, exp int) float64", n_Ldexp},
	{"func Modf(f float64) (int float64, frac float64)", n_Modf},
	{"func Sincos(x float64) (sin, cos float64)", n_Sincos},
	{"func Lgamma(x float64) (lgamma float64, sign int)", n_Lgamma},
	{"func Ilogb(x float64) int", n_Ilogb},
	{"func Jn(n int, x float64) float64", n_Jn},
	{"func Yn(n int, x float64) float64", n_Yn},
	{"func Pow10(n int) float64", n_Pow10},
	{"func Inf(sign int) float64", n_Inf},
	{"func NaN() float64", n_NaN},
	{"func IsNaN(f float64) (is bool)", n_IsNaN},
	{"func IsInf(f float64, sign int) bool", n_IsInf},
	{"func Signbit(x float64) bool", n_Signbit},
	{"func Float64bits(f float64) uint64", n_Float64bits},
	{"func Float64frombits(b uint64) float64", n_Float64bits},
	{"func Float32bits(f float32) uint32", n_Float32bits},
	{"func Float32frombits(b uint32) float32", n_Float32frombits},
	{"func Nextafter32(x, y float32) (r float32)", n_Nextafter32},
};

extern const char stdlib_math_source[];

const NativePackage stdlib_math = {"math", decls, sizeof decls / sizeof decls[0],
				   stdlib_math_source, "/gvm/src/math/math.go"};
