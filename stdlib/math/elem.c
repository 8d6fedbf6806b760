/* elem.c: Go's rounding, splitting, root, exponential, logarithm and
 * power functions, bit for bit as Go computes them on amd64.
 *
 * Most follow Go's portable code (itself FreeBSD msun's e_exp.c,
 * s_expm1.c, s_log1p.c, fdlibm's s_cbrt.c, e_remainder.c); four follow
 * the amd64 assembly Go uses instead:
 *
 *   Exp    Shibata's method (exp_amd64.s): k = round(x/ln2) in 32 bits,
 *          a Taylor series on r/16 squared back four times, then r*2**k;
 *          with fused multiply-adds when the CPU has AVX and FMA, as Go
 *          decides at start-up (so the same machine gives the same bits);
 *   Log    msun's algorithm but with the exponent taken from the bits
 *          without normalising subnormals, and f1 <= Sqrt2/2 (log_amd64.s);
 *   Hypot  max * sqrt(1 + (min/max)**2) (hypot_amd64.s);
 *   Max, Min  the special cases, then MAXSD/MINSD (dim_amd64.s).
 *
 * Floor, Ceil and Trunc are SSE4.1's ROUNDSD in Go, which is what the C
 * library computes too (exact results, a NaN returned quiet).
 */
#include <math.h>

#include "gomath.h"

#define SHIFT 52
#define MASK 0x7FF
#define BIAS 1023
#define FRAC_MASK ((1ull << SHIFT) - 1)
#define SMALLEST_NORMAL 2.2250738585072014e-308 /* 2**-1022 */

/* ln(2) in two parts, the high one with trailing zero bits so that k *
 * LN2_HI is exact; and the series of msun's log and log1p, in s**2. */
#define LN2_HI 6.93147180369123816490e-01 /* 0x3fe62e42fee00000 */
#define LN2_LO 1.90821492927058770002e-10 /* 0x3dea39ef35793c76 */
static const double lg[8] = {
	0, 6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01,
	2.222219843214978396e-01, 1.818357216161805012e-01, 1.531383769920937332e-01,
	1.479819860511658591e-01,
};

/* x == y * 2**exp with y normal; x finite and non-zero. */
static double normalize(double x, int64_t *exp)
{
	if (gm_abs(x) < SMALLEST_NORMAL) {
		*exp = -52;
		return x * (double)(1ull << 52);
	}
	*exp = 0;
	return x;
}

/* ---- rounding ---- */

double gm_floor(double x) { return floor(x); }
double gm_ceil(double x) { return ceil(x); }
double gm_trunc(double x) { return trunc(x); }

/* Half away from zero, on the bits. */
double gm_round(double x)
{
	uint64_t bits = gm_bits(x);
	unsigned e = (unsigned)(bits >> SHIFT) & MASK;
	if (e < BIAS) {
		bits &= 1ull << 63;
		if (e == BIAS - 1)
			bits |= 0x3FF0000000000000ull;
	} else if (e < BIAS + SHIFT) {
		e -= BIAS;
		bits += (1ull << (SHIFT - 1)) >> e;
		bits &= ~(FRAC_MASK >> e);
	}
	return gm_frombits(bits);
}

/* Half to even: add 0.499... or 0.5 by the parity of the integer part. */
double gm_round_to_even(double x)
{
	uint64_t bits = gm_bits(x);
	unsigned e = (unsigned)(bits >> SHIFT) & MASK;
	if (e >= BIAS) {
		e -= BIAS;
		/* for e >= 52 the shifts make this a no-op, as in Go, whose
		 * shifts by 64 or more give 0 */
		if (e < SHIFT) {
			uint64_t half_minus_ulp = (1ull << (SHIFT - 1)) - 1;
			bits += (half_minus_ulp + ((bits >> (SHIFT - e)) & 1)) >> e;
			bits &= ~(FRAC_MASK >> e);
		}
	} else if (e == BIAS - 1 && (bits & FRAC_MASK) != 0) {
		bits = (bits & (1ull << 63)) | 0x3FF0000000000000ull;
	} else {
		bits &= 1ull << 63;
	}
	return gm_frombits(bits);
}

/* ---- splitting ---- */

double gm_modf(double f, double *frac)
{
	if (f < 1) {
		if (f < 0) {
			double i = gm_modf(-f, frac);
			*frac = -*frac;
			return -i;
		}
		if (f == 0) {
			*frac = f;
			return f;
		}
		*frac = f;
		return 0;
	}
	uint64_t x = gm_bits(f);
	unsigned e = (unsigned)((x >> SHIFT) & MASK) - BIAS;
	if (e < 64 - 12)
		x &= ~((1ull << (64 - 12 - e)) - 1);
	double i = gm_frombits(x);
	*frac = f - i; /* NaN - NaN, Inf - Inf: NaN, as in Go */
	return i;
}

double gm_frexp(double f, int64_t *exp)
{
	*exp = 0;
	if (f == 0 || gm_isinf(f, 0) || gm_isnan(f))
		return f;
	f = normalize(f, exp);
	uint64_t x = gm_bits(f);
	*exp += (int64_t)((x >> SHIFT) & MASK) - BIAS + 1;
	x &= ~((uint64_t)MASK << SHIFT);
	x |= (uint64_t)(BIAS - 1) << SHIFT;
	return gm_frombits(x);
}

double gm_ldexp(double frac, int64_t exp)
{
	if (frac == 0 || gm_isinf(frac, 0) || gm_isnan(frac))
		return frac;
	int64_t e;
	frac = normalize(frac, &e);
	/* Go's int arithmetic wraps; C's must not overflow */
	exp = (int64_t)((uint64_t)exp + (uint64_t)e);
	uint64_t x = gm_bits(frac);
	exp = (int64_t)((uint64_t)exp + (uint64_t)((int64_t)((x >> SHIFT) & MASK) - BIAS));
	if (exp < -1075)
		return gm_copysign(0, frac);
	if (exp > 1023)
		return frac < 0 ? gm_inf(-1) : gm_inf(1);
	double m = 1;
	if (exp < -1022) {
		exp += 53;
		m = 1.0 / (double)(1ull << 53);
	}
	x &= ~((uint64_t)MASK << SHIFT);
	x |= (uint64_t)(exp + BIAS) << SHIFT;
	return m * gm_frombits(x);
}

double gm_mod(double x, double y)
{
	if (y == 0 || gm_isinf(x, 0) || gm_isnan(x) || gm_isnan(y))
		return gm_nan();
	y = gm_abs(y);
	int64_t yexp, rexp;
	double yfr = gm_frexp(y, &yexp);
	double r = x < 0 ? -x : x;
	while (r >= y) {
		double rfr = gm_frexp(r, &rexp);
		if (rfr < yfr)
			rexp--;
		r = r - gm_ldexp(y, rexp - yexp);
	}
	return x < 0 ? -r : r;
}

double gm_remainder(double x, double y)
{
	const double tiny = 4.45014771701440276618e-308; /* 0x0020000000000000 */
	const double half_max = GM_MAXF64 / 2;
	if (gm_isnan(x) || gm_isnan(y) || gm_isinf(x, 0) || y == 0)
		return gm_nan();
	if (gm_isinf(y, 0))
		return x;
	bool sign = gm_unsign(&x);
	if (y < 0)
		y = -y;
	if (x == y)
		return sign ? -0.0 : 0.0;
	if (y <= half_max)
		x = gm_mod(x, y + y);
	if (y < tiny) {
		if (x + x > y) {
			x -= y;
			if (x + x >= y)
				x -= y;
		}
	} else {
		double y_half = 0.5 * y;
		if (x > y_half) {
			x -= y;
			if (x >= y_half)
				x -= y;
		}
	}
	return sign ? -x : x;
}

double gm_nextafter(double x, double y)
{
	if (gm_isnan(x) || gm_isnan(y))
		return gm_nan();
	if (x == y)
		return x;
	if (x == 0)
		return gm_copysign(gm_frombits(1), y);
	if ((y > x) == (x > 0))
		return gm_frombits(gm_bits(x) + 1);
	return gm_frombits(gm_bits(x) - 1);
}

float gm_nextafter32(float x, float y)
{
	if (x != x || y != y)
		return (float)gm_nan();
	if (x == y)
		return x;
	if (x == 0)
		return (float)gm_copysign((double)gm_f32frombits(1), (double)y);
	if ((y > x) == (x > 0))
		return gm_f32frombits(gm_f32bits(x) + 1);
	return gm_f32frombits(gm_f32bits(x) - 1);
}

double gm_max(double x, double y)
{
	uint64_t bx = gm_bits(x), by = gm_bits(y), inf = 0x7FF0000000000000ull;
	if (bx == inf || by == inf)
		return gm_inf(1);
	uint64_t ax = bx & ~(1ull << 63), ay = by & ~(1ull << 63);
	if (ax > inf || ay > inf)
		return gm_nan();
	if ((ax | ay) == 0)
		return bx == 1ull << 63 ? y : x;
	return x > y ? x : y;
}

double gm_min(double x, double y)
{
	uint64_t bx = gm_bits(x), by = gm_bits(y), inf = 0x7FF0000000000000ull;
	if (bx == (inf | 1ull << 63) || by == (inf | 1ull << 63))
		return gm_inf(-1);
	uint64_t ax = bx & ~(1ull << 63), ay = by & ~(1ull << 63);
	if (ax > inf || ay > inf)
		return gm_nan();
	if ((ax | ay) == 0)
		return bx == 1ull << 63 ? x : y;
	return x < y ? x : y;
}

double gm_dim(double x, double y)
{
	double v = x - y;
	if (v <= 0)
		return 0;
	return v;
}

static int64_t ilogb_finite(double x)
{
	int64_t exp;
	x = normalize(x, &exp);
	return (int64_t)((gm_bits(x) >> SHIFT) & MASK) - BIAS + exp;
}

double gm_logb(double x)
{
	if (x == 0)
		return gm_inf(-1);
	if (gm_isinf(x, 0))
		return gm_inf(1);
	if (gm_isnan(x))
		return x;
	return (double)ilogb_finite(x);
}

int64_t gm_ilogb(double x)
{
	if (x == 0)
		return INT32_MIN;
	if (gm_isnan(x) || gm_isinf(x, 0))
		return INT32_MAX;
	return ilogb_finite(x);
}

/* ---- roots ---- */

double gm_sqrt(double x) { return sqrt(x); }

double gm_cbrt(double x)
{
	const uint64_t b1 = 715094163; /* (682-0.03306235651)*2**20 */
	const uint64_t b2 = 696219795; /* (664-0.03306235651)*2**20 */
	const double c = 5.42857142857142815906e-01;  /* 19/35 */
	const double d = -7.05306122448979611050e-01; /* -864/1225 */
	const double e = 1.41428571428571436819e+00;  /* 99/70 */
	const double f = 1.60714285714285720630e+00;  /* 45/28 */
	const double g = 3.57142857142857150787e-01;  /* 5/14 */
	if (x == 0 || gm_isnan(x) || gm_isinf(x, 0))
		return x;
	bool sign = gm_unsign(&x);
	/* rough cbrt to 5 bits */
	double t = gm_frombits(gm_bits(x) / 3 + (b1 << 32));
	if (x < SMALLEST_NORMAL) {
		t = (double)(1ull << 54);
		t *= x;
		t = gm_frombits(gm_bits(t) / 3 + (b2 << 32));
	}
	/* new cbrt to 23 bits */
	double r = t * t / x;
	double s = c + r * t;
	t *= g + f / (s + e + d / s);
	/* chop to 22 bits, make larger than cbrt(x) */
	t = gm_frombits((gm_bits(t) & (0xFFFFFFFFCull << 28)) + (1ull << 30));
	/* one Newton step to 53 bits */
	s = t * t;
	r = x / s;
	double w = t + t;
	r = (r - t) / (w + r);
	t = t + t * r;
	return sign ? -t : t;
}

double gm_hypot(double p, double q)
{
	uint64_t inf = 0x7FF0000000000000ull;
	uint64_t bp = gm_bits(p) & ~(1ull << 63), bq = gm_bits(q) & ~(1ull << 63);
	if (bp >= inf || bq >= inf)
		return bp == inf || bq == inf ? gm_inf(1) : gm_nan();
	if ((bp | bq) == 0)
		return 0;
	p = gm_frombits(bp);
	q = gm_frombits(bq);
	double hi = p > q ? p : q, lo = q < p ? q : p;
	lo = lo / hi;
	lo = lo * lo;
	lo = lo + 1.0;
	return hi * sqrt(lo);
}

/* ---- exponentials ---- */

/* CVTSD2SL: round to nearest even, 1<<31 when out of range. */
static int32_t round_i32(double v)
{
	if (!(v >= -2147483648.5 && v < 2147483647.5))
		return INT32_MIN;
	return (int32_t)nearbyint(v);
}

static bool have_fma(void)
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
	static int known = -1;
	if (known < 0) {
		__builtin_cpu_init();
		known = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
	}
	return known;
#else
	return false;
#endif
}

double gm_exp(double x)
{
	const double ln2u = 0.69314718055966295651160180568695068359375;
	const double ln2l = 0.28235290563031577122588448175013436025525412068e-12;
	const double log2e = 1.4426950408889634073599246810018920;
	const double overflow = 7.09782712893384e+02;
	static const double c[9] = {
		0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2,
		8.3333333333333333333e-3, 1.3888888888888888889e-3,
		1.9841269841269841270e-4, 2.4801587301587301587e-5,
	};
	uint64_t bits = gm_bits(x);
	if ((bits & ~(1ull << 63)) >= 0x7FF0000000000000ull)
		return bits == 0xFFF0000000000000ull ? 0 : x; /* -Inf; +Inf, NaN */
	if (x > overflow)
		return gm_inf(1);
	int32_t k = round_i32(x * log2e);
	double fk = (double)k, r, p;
	if (have_fma()) {
		r = fma(-fk, ln2u, x);
		r = fma(-fk, ln2l, r);
		r *= 0.0625;
		p = c[8];
		p = fma(p, r, c[7]);
		p = fma(p, r, c[6]);
		p = fma(p, r, c[5]);
		p = fma(p, r, c[4]);
		p = fma(p, r, c[3]);
		p = fma(p, r, c[0]);
		p = fma(p, r, c[1]);
		r = r * p;
		for (int i = 0; i < 3; i++)
			r = r * (r + c[2]);
		r = fma(r, r + c[2], c[1]);
	} else {
		r = x - ln2u * fk;
		r = r - ln2l * fk;
		r *= 0.0625;
		p = c[8] * r + c[7];
		p = p * r + c[6];
		p = p * r + c[5];
		p = p * r + c[4];
		p = p * r + c[3];
		p = p * r + c[0];
		p = p * r + c[1];
		r = r * p;
		for (int i = 0; i < 4; i++)
			r = r * (r + c[2]);
		r = r + c[1];
	}
	/* r * 2**k, through the exponent bits */
	int32_t e = k + 0x3FF;
	if (e <= 0) {
		if (e < -52)
			return 0;
		r *= gm_frombits((uint64_t)(e + 0x3FE) << 52);
		e = 1;
	} else if (e >= 0x7FF) {
		return gm_inf(1);
	}
	return r * gm_frombits((uint64_t)e << 52);
}

/* e**r * 2**k where r = hi - lo and |r| <= ln(2)/2. */
static double expmulti(double hi, double lo, int64_t k)
{
	const double p1 = 1.66666666666666657415e-01;
	const double p2 = -2.77777777770155933842e-03;
	const double p3 = 6.61375632143793436117e-05;
	const double p4 = -1.65339022054652515390e-06;
	const double p5 = 4.13813679705723846039e-08;
	double r = hi - lo;
	double t = r * r;
	double c = r - t * (p1 + t * (p2 + t * (p3 + t * (p4 + t * p5))));
	double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
	return gm_ldexp(y, k);
}

double gm_exp2(double x)
{
	if (gm_isnan(x) || gm_isinf(x, 1))
		return x;
	if (gm_isinf(x, -1))
		return 0;
	if (x > 1.0239999999999999e+03)
		return gm_inf(1);
	if (x < -1.0740e+03)
		return 0;
	int64_t k = 0;
	if (x > 0)
		k = gm_f2i(x + 0.5);
	else if (x < 0)
		k = gm_f2i(x - 0.5);
	double t = x - (double)k;
	return expmulti(t * LN2_HI, -t * LN2_LO, k);
}

double gm_expm1(double x)
{
	const double othreshold = 7.09782712893383973096e+02;
	const double ln2x56 = 3.88162421113569373274e+01;
	const double ln2half_x3 = 1.03972077083991796413e+00;
	const double ln2half = 3.46573590279972654709e-01;
	const double invln2 = 1.44269504088896338700e+00;
	const double tiny = 1.0 / (double)(1ull << 54);
	const double q1 = -3.33333333333331316428e-02;
	const double q2 = 1.58730158725481460165e-03;
	const double q3 = -7.93650757867487942473e-05;
	const double q4 = 4.00821782732936239552e-06;
	const double q5 = -2.01099218183624371326e-07;
	if (gm_isinf(x, 1) || gm_isnan(x))
		return x;
	if (gm_isinf(x, -1))
		return -1;
	double absx = x;
	bool sign = false;
	if (x < 0) {
		absx = -absx;
		sign = true;
	}
	if (absx >= ln2x56) {
		if (sign)
			return -1;
		if (absx >= othreshold)
			return gm_inf(1);
	}
	double c = 0;
	int64_t k = 0;
	if (absx > ln2half) {
		double hi, lo;
		if (absx < ln2half_x3) {
			if (!sign) {
				hi = x - LN2_HI;
				lo = LN2_LO;
				k = 1;
			} else {
				hi = x + LN2_HI;
				lo = -LN2_LO;
				k = -1;
			}
		} else {
			k = gm_f2i(!sign ? invln2 * x + 0.5 : invln2 * x - 0.5);
			double t = (double)k;
			hi = x - t * LN2_HI;
			lo = t * LN2_LO;
		}
		x = hi - lo;
		c = (hi - x) - lo;
	} else if (absx < tiny) {
		return x;
	}
	double hfx = 0.5 * x;
	double hxs = x * hfx;
	double r1 = 1 + hxs * (q1 + hxs * (q2 + hxs * (q3 + hxs * (q4 + hxs * q5))));
	double t = 3 - r1 * hfx;
	double e = hxs * ((r1 - t) / (6.0 - x * t));
	if (k == 0)
		return x - (x * e - hxs);
	e = (x * (e - c) - c);
	e -= hxs;
	if (k == -1)
		return 0.5 * (x - e) - 0.5;
	if (k == 1) {
		if (x < -0.25)
			return -2 * (e - (x + 0.5));
		return 1 + 2 * (x - e);
	}
	if (k <= -2 || k > 56) {
		double y = 1 - (e - x);
		y = gm_frombits(gm_bits(y) + ((uint64_t)k << 52));
		return y - 1;
	}
	if (k < 20) {
		t = gm_frombits(0x3ff0000000000000ull - (0x20000000000000ull >> k));
		double y = t - (e - x);
		return gm_frombits(gm_bits(y) + ((uint64_t)k << 52));
	}
	t = gm_frombits((uint64_t)(0x3ff - k) << 52);
	double y = x - (e + t);
	y++;
	return gm_frombits(gm_bits(y) + ((uint64_t)k << 52));
}

/* ---- logarithms ---- */

double gm_log(double x)
{
	const double hsqrt2 = 7.07106781186547524401e-01;
	uint64_t bits = gm_bits(x);
	if ((bits & ~(1ull << 63)) == 0)
		return gm_inf(-1);
	if ((int64_t)bits < 0)
		return gm_nan();
	if (bits >= 0x7FF0000000000000ull)
		return x;
	/* the exponent straight from the bits: subnormals are not
	 * normalised, as in log_amd64.s */
	double f1 = gm_frombits((bits & FRAC_MASK) | 0x3FE0000000000000ull);
	double k = (double)((int32_t)((bits >> 52) & 0x7FF) - 0x3FE);
	if (f1 <= hsqrt2) {
		k -= 1.0;
		f1 *= 2.0;
	}
	double f = f1 - 1.0;
	double s = f / (2.0 + f);
	double s2 = s * s;
	double s4 = s2 * s2;
	double t1 = s2 * (lg[1] + s4 * (lg[3] + s4 * (lg[5] + s4 * lg[7])));
	double t2 = s4 * (lg[2] + s4 * (lg[4] + s4 * lg[6]));
	double r = t1 + t2;
	double hfsq = 0.5 * f * f;
	return k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f);
}

double gm_log10(double x)
{
	return gm_log(x) * 0x1.bcb7b1526e50ep-02; /* Go's 1/Ln10 */
}

double gm_log2(double x)
{
	int64_t exp;
	double frac = gm_frexp(x, &exp);
	/* exact powers of two give exact answers */
	if (frac == 0.5)
		return (double)(exp - 1);
	return gm_log(frac) * 0x1.71547652b82fep+00 + (double)exp; /* 1/Ln2 */
}

double gm_log1p(double x)
{
	const double sqrt2m1 = 4.142135623730950488017e-01;
	const double sqrt2half_m1 = -2.928932188134524755992e-01;
	const double small = 1.0 / (double)(1ull << 29);
	const double tiny = 1.0 / (double)(1ull << 54);
	const double two53 = (double)(1ull << 53);
	if (x < -1 || gm_isnan(x))
		return gm_nan();
	if (x == -1)
		return gm_inf(-1);
	if (gm_isinf(x, 1))
		return gm_inf(1);
	double absx = gm_abs(x), f = 0;
	uint64_t iu = 0;
	int64_t k = 1;
	if (absx < sqrt2m1) {
		if (absx < small) {
			if (absx < tiny)
				return x;
			return x - x * x * 0.5;
		}
		if (x > sqrt2half_m1) {
			k = 0;
			f = x;
			iu = 1;
		}
	}
	double c = 0;
	if (k != 0) {
		double u;
		if (absx < two53) {
			u = 1.0 + x;
			iu = gm_bits(u);
			k = (int64_t)((iu >> 52) - 1023);
			if (k > 0)
				c = 1.0 - (u - x);
			else
				c = x - (u - 1.0);
			c /= u;
		} else {
			u = x;
			iu = gm_bits(u);
			k = (int64_t)((iu >> 52) - 1023);
			c = 0;
		}
		iu &= 0x000fffffffffffffull;
		if (iu < 0x0006a09e667f3bcdull) {
			u = gm_frombits(iu | 0x3ff0000000000000ull);
		} else {
			k++;
			u = gm_frombits(iu | 0x3fe0000000000000ull);
			iu = (0x0010000000000000ull - iu) >> 2;
		}
		f = u - 1.0;
	}
	double hfsq = 0.5 * f * f;
	double fk = (double)k;
	if (iu == 0) {
		if (f == 0) {
			if (k == 0)
				return 0;
			c += fk * LN2_LO;
			return fk * LN2_HI + c;
		}
		double r = hfsq * (1.0 - 0.66666666666666666 * f);
		if (k == 0)
			return f - r;
		return fk * LN2_HI - ((r - (fk * LN2_LO + c)) - f);
	}
	double s = f / (2.0 + f);
	double z = s * s;
	double r = z * (lg[1] + z * (lg[2] + z * (lg[3] + z * (lg[4] + z * (lg[5] + z * (lg[6] + z * lg[7]))))));
	if (k == 0)
		return f - (hfsq - s * (hfsq + r));
	return fk * LN2_HI - ((hfsq - (s * (hfsq + r) + (fk * LN2_LO + c))) - f);
}

/* ---- powers ---- */

static bool is_odd_int(double x)
{
	double xf, xi = gm_modf(x, &xf);
	return xf == 0 && (gm_f2i(xi) & 1) == 1;
}

double gm_pow(double x, double y)
{
	if (y == 0 || x == 1)
		return 1;
	if (y == 1)
		return x;
	if (gm_isnan(x) || gm_isnan(y))
		return gm_nan();
	if (x == 0) {
		if (y < 0)
			return is_odd_int(y) ? gm_copysign(gm_inf(1), x) : gm_inf(1);
		if (y > 0)
			return is_odd_int(y) ? x : 0;
	} else if (gm_isinf(y, 0)) {
		if (x == -1)
			return 1;
		if ((gm_abs(x) < 1) == gm_isinf(y, 1))
			return 0;
		return gm_inf(1);
	} else if (gm_isinf(x, 0)) {
		if (gm_isinf(x, -1))
			return gm_pow(1 / x, -y);
		if (y < 0)
			return 0;
		if (y > 0)
			return gm_inf(1);
	} else if (y == 0.5) {
		return sqrt(x);
	} else if (y == -0.5) {
		return 1 / sqrt(x);
	}
	double yf, yi = gm_modf(gm_abs(y), &yf);
	if (yf != 0 && x < 0)
		return gm_nan();
	if (yi >= 9223372036854775808.0) {
		/* a large even integer: overflow or underflow but for -1 */
		if (x == -1)
			return 1;
		if ((gm_abs(x) < 1) == (y > 0))
			return 0;
		return gm_inf(1);
	}
	/* ans = a1 * 2**ae */
	double a1 = 1.0;
	int64_t ae = 0;
	if (yf != 0) {
		if (yf > 0.5) {
			yf--;
			yi++;
		}
		a1 = gm_exp(yf * gm_log(x));
	}
	/* times x**yi by successive squarings, the powers of two apart */
	int64_t xe;
	double x1 = gm_frexp(x, &xe);
	for (int64_t i = gm_f2i(yi); i != 0; i >>= 1) {
		if (xe < -(1 << 12) || (1 << 12) < xe) {
			ae += xe;
			break;
		}
		if ((i & 1) == 1) {
			a1 *= x1;
			ae += xe;
		}
		x1 *= x1;
		xe *= 2;
		if (x1 < .5) {
			x1 += x1;
			xe--;
		}
	}
	if (y < 0) {
		a1 = 1 / a1;
		ae = -ae;
	}
	return gm_ldexp(a1, ae);
}

double gm_pow10(int64_t n)
{
	static const double tab[32] = {
		1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
		1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
		1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29,
		1e30, 1e31,
	};
	static const double pos32[10] = {
		1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288,
	};
	static const double neg32[11] = {
		1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320,
	};
	if (0 <= n && n <= 308)
		return pos32[n / 32] * tab[n % 32];
	if (-323 <= n && n <= 0)
		return neg32[-n / 32] / tab[-n % 32];
	return n > 0 ? gm_inf(1) : 0;
}
