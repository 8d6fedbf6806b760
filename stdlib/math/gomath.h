/* gomath.h: Go's math functions in C, bit for bit, for stdlib/math.
 *
 * The functions here return exactly what Go's math package returns on
 * amd64, which is not what the C library returns: Go computes in its own
 * code (FreeBSD msun and Cephes algorithms, and assembly on amd64 for
 * Exp, Log, Hypot and the rounding functions), whose results differ from
 * glibc's in the last bit for one argument in a few (sin, pow, cbrt ...),
 * and whose special cases (NaN, ±Inf, ±0) Go's documentation fixes.  So
 * each function follows Go's algorithm step by step, with the same
 * constants and the same order of operations; the files must be compiled
 * without contracting a*b+c into a fused multiply-add (-ffp-contract=off),
 * as Go's amd64 compiler never fuses.
 *
 * Go folds a constant expression such as 4/Pi exactly and rounds only the
 * result; where that differs from the C expression on doubles, the value
 * is written as a hex literal printed by Go.  A NaN that Go makes with
 * math.NaN() has Go's bits, 0x7FF8000000000001 (GM_NAN), so Float64bits
 * sees what it sees in Go.
 *
 * Nothing outside stdlib/math includes this header.
 */
#ifndef GVM_GOMATH_H
#define GVM_GOMATH_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

static inline uint64_t gm_bits(double x)
{
	uint64_t u;
	memcpy(&u, &x, 8);
	return u;
}

static inline double gm_frombits(uint64_t u)
{
	double x;
	memcpy(&x, &u, 8);
	return x;
}

static inline uint32_t gm_f32bits(float f)
{
	uint32_t u;
	memcpy(&u, &f, 4);
	return u;
}

static inline float gm_f32frombits(uint32_t u)
{
	float f;
	memcpy(&f, &u, 4);
	return f;
}

#define GM_MAXF64 1.79769313486231570814527423731704356798070e+308
#define GM_PI 3.14159265358979323846264338327950288419716939937510582097494459
#define GM_SQRT2 1.41421356237309504880168872420969807856967187537694807317667974
#define GM_LN2 0.693147180559945309417232121458176568075500134360255254120680009
#define GM_SQRTPI 1.77245385090551602729816748334114518279754945612238712821380779

static inline double gm_nan(void) { return gm_frombits(0x7FF8000000000001ull); }
static inline double gm_inf(int sign) { return gm_frombits(sign >= 0 ? 0x7FF0000000000000ull : 0xFFF0000000000000ull); }
static inline bool gm_isnan(double x) { return x != x; }
/* Go's IsInf(x, sign). */
static inline bool gm_isinf(double x, int sign)
{
	return (sign >= 0 && x > GM_MAXF64) || (sign <= 0 && x < -GM_MAXF64);
}
static inline bool gm_signbit(double x) { return gm_bits(x) >> 63; }
static inline double gm_abs(double x) { return gm_frombits(gm_bits(x) & ~(1ull << 63)); }
static inline double gm_copysign(double x, double s)
{
	return gm_frombits((gm_bits(x) & ~(1ull << 63)) | (gm_bits(s) & (1ull << 63)));
}

/* Makes *x non-negative (-0 stays -0, as Go's `if x < 0 { x = -x }`);
 * whether it was negative. */
static inline bool gm_unsign(double *x)
{
	if (*x < 0) {
		*x = -*x;
		return true;
	}
	return false;
}

/* Go's int64(x) on amd64 (CVTTSD2SQ): truncation, and the "integer
 * indefinite" 1<<63 for NaN and out-of-range values, where C leaves the
 * conversion undefined. */
static inline int64_t gm_f2i(double x)
{
	if (x >= -9223372036854775808.0 && x < 9223372036854775808.0)
		return (int64_t)x;
	return INT64_MIN;
}

/* The rounding and splitting functions (elem.c). */
double gm_floor(double x);
double gm_ceil(double x);
double gm_trunc(double x);
double gm_round(double x);
double gm_round_to_even(double x);
double gm_modf(double x, double *frac);
double gm_frexp(double x, int64_t *exp);
double gm_ldexp(double frac, int64_t exp);
double gm_mod(double x, double y);
double gm_remainder(double x, double y);
double gm_nextafter(double x, double y);
float gm_nextafter32(float x, float y);
double gm_max(double x, double y);
double gm_min(double x, double y);
double gm_dim(double x, double y);
double gm_logb(double x);
int64_t gm_ilogb(double x);

/* Roots, exponentials, logarithms, powers (elem.c). */
double gm_sqrt(double x);
double gm_cbrt(double x);
double gm_hypot(double p, double q);
double gm_exp(double x);
double gm_exp2(double x);
double gm_expm1(double x);
double gm_log(double x);
double gm_log2(double x);
double gm_log10(double x);
double gm_log1p(double x);
double gm_pow(double x, double y);
double gm_pow10(int64_t n);

/* Circular and hyperbolic functions (trig.c). */
double gm_sin(double x);
double gm_cos(double x);
double gm_tan(double x);
void gm_sincos(double x, double *s, double *c);
double gm_asin(double x);
double gm_acos(double x);
double gm_atan(double x);
double gm_atan2(double y, double x);
double gm_sinh(double x);
double gm_cosh(double x);
double gm_tanh(double x);
double gm_asinh(double x);
double gm_acosh(double x);
double gm_atanh(double x);

/* Special functions (special.c). */
double gm_gamma(double x);
double gm_lgamma(double x, int64_t *sign);
double gm_erf(double x);
double gm_erfc(double x);
double gm_erfinv(double x);
double gm_erfcinv(double x);
double gm_j0(double x);
double gm_j1(double x);
double gm_jn(int64_t n, double x);
double gm_y0(double x);
double gm_y1(double x);
double gm_yn(int64_t n, double x);

#endif
