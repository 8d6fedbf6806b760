/* constant.c: exact arithmetic on Go constants.
 *
 * Go's untyped constants are mathematically exact: `1<<100>>98` is 4 and
 * `0.1+0.2 == 0.3` is true.  go/constant uses big.Int and big.Rat for
 * this; here integers are sign + magnitude arrays of 32-bit limbs and
 * floats are reduced fractions num/den of two integers.  Every value is
 * immutable and lives in the arena, so operations just build new values
 * and nothing is ever freed or shared-and-mutated.
 *
 * Limb arithmetic is the schoolbook kind: the constants of real programs
 * are a few hundred bits at most (types2 rejects ints above 512 bits), so
 * quadratic multiplication and bitwise long division are plenty.
 *
 * Rounding a fraction to float64/float32 is done exactly: the fraction is
 * scaled by a power of two so its integer quotient has 55+ bits, and the
 * quotient plus a sticky bit for the remainder is rounded half-to-even at
 * the target precision (with subnormals), as strconv does.
 */
#include "constant.h"
#include "literal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- magnitudes ---- */

static BigInt bi_alloc(Arena *a, int n)
{
	BigInt r = {false, n, NULL};
	r.d = arena_alloc(a, (size_t)(n ? n : 1) * sizeof(uint32_t));
	return r;
}

static void bi_trim(BigInt *x)
{
	while (x->n > 0 && x->d[x->n - 1] == 0)
		x->n--;
	if (x->n == 0)
		x->neg = false;
}

static BigInt bi_u64(Arena *a, uint64_t v)
{
	BigInt r = bi_alloc(a, 2);
	r.d[0] = (uint32_t)v;
	r.d[1] = (uint32_t)(v >> 32);
	bi_trim(&r);
	return r;
}

static BigInt bi_i64(Arena *a, int64_t v)
{
	BigInt r = bi_u64(a, v < 0 ? -(uint64_t)v : (uint64_t)v);
	r.neg = v < 0 && r.n > 0;
	return r;
}

static int mag_cmp(const BigInt *x, const BigInt *y)
{
	if (x->n != y->n)
		return x->n < y->n ? -1 : 1;
	for (int i = x->n - 1; i >= 0; i--)
		if (x->d[i] != y->d[i])
			return x->d[i] < y->d[i] ? -1 : 1;
	return 0;
}

static BigInt mag_add(Arena *a, const BigInt *x, const BigInt *y)
{
	int n = (x->n > y->n ? x->n : y->n) + 1;
	BigInt r = bi_alloc(a, n);
	uint64_t carry = 0;
	for (int i = 0; i < n; i++) {
		uint64_t s = carry;
		if (i < x->n)
			s += x->d[i];
		if (i < y->n)
			s += y->d[i];
		r.d[i] = (uint32_t)s;
		carry = s >> 32;
	}
	bi_trim(&r);
	return r;
}

/* |x| - |y| with |x| >= |y|. */
static BigInt mag_sub(Arena *a, const BigInt *x, const BigInt *y)
{
	BigInt r = bi_alloc(a, x->n);
	int64_t borrow = 0;
	for (int i = 0; i < x->n; i++) {
		int64_t s = (int64_t)x->d[i] - borrow - (i < y->n ? y->d[i] : 0);
		borrow = s < 0;
		r.d[i] = (uint32_t)(s + (borrow ? (int64_t)1 << 32 : 0));
	}
	bi_trim(&r);
	return r;
}

static BigInt bi_add(Arena *a, const BigInt *x, const BigInt *y)
{
	BigInt r;
	if (x->neg == y->neg) {
		r = mag_add(a, x, y);
		r.neg = x->neg;
	} else if (mag_cmp(x, y) >= 0) {
		r = mag_sub(a, x, y);
		r.neg = x->neg;
	} else {
		r = mag_sub(a, y, x);
		r.neg = y->neg;
	}
	bi_trim(&r);
	return r;
}

static BigInt bi_negate(BigInt x)
{
	if (x.n)
		x.neg = !x.neg;
	return x;
}

static BigInt bi_sub(Arena *a, const BigInt *x, const BigInt *y)
{
	BigInt ny = bi_negate(*y);
	return bi_add(a, x, &ny);
}

static BigInt bi_mul(Arena *a, const BigInt *x, const BigInt *y)
{
	BigInt r = bi_alloc(a, x->n + y->n);
	for (int i = 0; i < x->n; i++) {
		uint64_t carry = 0;
		for (int j = 0; j < y->n; j++) {
			uint64_t t = (uint64_t)x->d[i] * y->d[j] + r.d[i + j] + carry;
			r.d[i + j] = (uint32_t)t;
			carry = t >> 32;
		}
		r.d[i + y->n] = (uint32_t)carry;
	}
	r.neg = x->neg != y->neg;
	bi_trim(&r);
	return r;
}

static int bi_bitlen(const BigInt *x)
{
	if (x->n == 0)
		return 0;
	uint32_t top = x->d[x->n - 1];
	int b = 0;
	while (top) {
		b++;
		top >>= 1;
	}
	return (x->n - 1) * 32 + b;
}

static int bi_bit(const BigInt *x, int i)
{
	int w = i / 32;
	return w < x->n ? (x->d[w] >> (i % 32)) & 1 : 0;
}

/* |x| << s */
static BigInt mag_shl(Arena *a, const BigInt *x, uint64_t s)
{
	int words = (int)(s / 32), bits = (int)(s % 32);
	BigInt r = bi_alloc(a, x->n + words + 1);
	for (int i = 0; i < x->n; i++) {
		uint64_t v = (uint64_t)x->d[i] << bits;
		r.d[i + words] |= (uint32_t)v;
		r.d[i + words + 1] |= (uint32_t)(v >> 32);
	}
	bi_trim(&r);
	return r;
}

/* |x| >> s, and whether any 1 bit was shifted out. */
static BigInt mag_shr(Arena *a, const BigInt *x, uint64_t s, bool *lost)
{
	*lost = false;
	for (uint64_t i = 0; i < s && i < (uint64_t)x->n * 32; i++)
		if (bi_bit(x, (int)i)) {
			*lost = true;
			break;
		}
	if (s >= (uint64_t)x->n * 32)
		return bi_alloc(a, 0);
	int words = (int)(s / 32), bits = (int)(s % 32);
	BigInt r = bi_alloc(a, x->n - words);
	for (int i = 0; i < r.n; i++) {
		uint64_t v = x->d[i + words];
		if (i + words + 1 < x->n)
			v |= (uint64_t)x->d[i + words + 1] << 32;
		r.d[i] = (uint32_t)(v >> bits);
	}
	bi_trim(&r);
	return r;
}

/* Truncated division of magnitudes by shift-and-subtract; q, r >= 0. */
static void mag_divmod(Arena *a, const BigInt *x, const BigInt *y, BigInt *q,
		       BigInt *r)
{
	if (y->n == 1) {
		uint32_t dv = y->d[0];
		BigInt qq = bi_alloc(a, x->n);
		uint64_t rem = 0;
		for (int i = x->n - 1; i >= 0; i--) {
			uint64_t cur = (rem << 32) | x->d[i];
			qq.d[i] = (uint32_t)(cur / dv);
			rem = cur % dv;
		}
		bi_trim(&qq);
		*q = qq;
		*r = bi_u64(a, rem);
		return;
	}
	BigInt qq = bi_alloc(a, x->n);
	BigInt rr = bi_alloc(a, y->n + 1);
	rr.n = 0;
	for (int i = bi_bitlen(x) - 1; i >= 0; i--) {
		/* rr = rr*2 + bit, in place: rr has room for y->n+1 limbs */
		uint32_t carry = (uint32_t)bi_bit(x, i);
		for (int k = 0; k < rr.n; k++) {
			uint32_t top = rr.d[k] >> 31;
			rr.d[k] = (rr.d[k] << 1) | carry;
			carry = top;
		}
		if (carry)
			rr.d[rr.n++] = carry;
		if (mag_cmp(&rr, y) >= 0) {
			int64_t borrow = 0;
			for (int k = 0; k < rr.n; k++) {
				int64_t s = (int64_t)rr.d[k] - borrow -
					    (k < y->n ? y->d[k] : 0);
				borrow = s < 0;
				rr.d[k] = (uint32_t)(s + (borrow ? (int64_t)1 << 32 : 0));
			}
			while (rr.n > 0 && rr.d[rr.n - 1] == 0)
				rr.n--;
			qq.d[i / 32] |= 1u << (i % 32);
		}
	}
	bi_trim(&qq);
	rr.neg = false;
	*q = qq;
	*r = rr;
}

/* Truncated division (Go's / and % on ints). */
static void bi_divmod(Arena *a, const BigInt *x, const BigInt *y, BigInt *q,
		      BigInt *r)
{
	mag_divmod(a, x, y, q, r);
	q->neg = q->n && x->neg != y->neg;
	r->neg = r->n && x->neg;
}

static BigInt bi_gcd(Arena *a, BigInt x, BigInt y)
{
	x.neg = y.neg = false;
	while (y.n) {
		BigInt q, r;
		mag_divmod(a, &x, &y, &q, &r);
		x = y;
		y = r;
	}
	return x;
}

static bool bi_is_one(const BigInt *x)
{
	return x->n == 1 && x->d[0] == 1 && !x->neg;
}

/* Two's complement words of x, n limbs (n big enough for x's sign bit). */
static uint32_t *to_twos(Arena *a, const BigInt *x, int n)
{
	uint32_t *w = arena_alloc(a, (size_t)n * sizeof *w);
	for (int i = 0; i < x->n && i < n; i++)
		w[i] = x->d[i];
	if (x->neg) {
		uint64_t carry = 1;
		for (int i = 0; i < n; i++) {
			uint64_t v = (uint64_t)(uint32_t)~w[i] + carry;
			w[i] = (uint32_t)v;
			carry = v >> 32;
		}
	}
	return w;
}

static BigInt from_twos(Arena *a, uint32_t *w, int n)
{
	BigInt r = bi_alloc(a, n);
	bool neg = n > 0 && (w[n - 1] >> 31);
	uint64_t carry = 1;
	for (int i = 0; i < n; i++) {
		if (neg) {
			uint64_t v = (uint64_t)(uint32_t)~w[i] + carry;
			r.d[i] = (uint32_t)v;
			carry = v >> 32;
		} else {
			r.d[i] = w[i];
		}
	}
	r.neg = neg;
	bi_trim(&r);
	return r;
}

static BigInt bi_bitop(Arena *a, int op, const BigInt *x, const BigInt *y)
{
	int n = (x->n > y->n ? x->n : y->n) + 1;
	uint32_t *wx = to_twos(a, x, n), *wy = to_twos(a, y, n);
	for (int i = 0; i < n; i++) {
		switch (op) {
		case COP_AND: wx[i] &= wy[i]; break;
		case COP_OR: wx[i] |= wy[i]; break;
		case COP_XOR: wx[i] ^= wy[i]; break;
		default: wx[i] &= ~wy[i]; break;
		}
	}
	return from_twos(a, wx, n);
}

/* ---- values ---- */

static ConstVal *cv_new(Arena *a, ConstKind k)
{
	ConstVal *v = arena_alloc(a, sizeof *v);
	v->kind = k;
	v->mem = a->mem;
	return v;
}

static ConstVal *cv_int(Arena *a, BigInt x)
{
	ConstVal *v = cv_new(a, CK_INT);
	v->num = x;
	return v;
}

/* A reduced fraction num/den (den != 0). */
static ConstVal *cv_rat(Arena *a, BigInt num, BigInt den)
{
	if (den.neg) {
		den.neg = false;
		num = bi_negate(num);
	}
	if (num.n == 0) {
		den = bi_u64(a, 1);
	} else if (!bi_is_one(&den)) {
		BigInt g = bi_gcd(a, num, den), r;
		if (!bi_is_one(&g)) {
			bool neg = num.neg;
			bi_divmod(a, &num, &g, &num, &r);
			bi_divmod(a, &den, &g, &den, &r);
			num.neg = neg && num.n;
		}
	}
	ConstVal *v = cv_new(a, CK_FLOAT);
	v->num = num;
	v->den = den;
	return v;
}

ConstVal *const_make_bool(Arena *a, bool b)
{
	ConstVal *v = cv_new(a, CK_BOOL);
	v->b = b;
	return v;
}

ConstVal *const_make_int64(Arena *a, int64_t x)
{
	return cv_int(a, bi_i64(a, x));
}

ConstVal *const_make_uint64(Arena *a, uint64_t x)
{
	return cv_int(a, bi_u64(a, x));
}

ConstVal *const_make_float64(Arena *a, double f)
{
	int e;
	double m = frexp(f, &e); /* f = m * 2^e, 0.5 <= |m| < 1 */
	int64_t im = (int64_t)ldexp(m, 64 - 11);
	e -= 64 - 11;
	BigInt num = bi_i64(a, im), den = bi_u64(a, 1);
	if (e > 0)
		num = mag_shl(a, &num, (uint64_t)e), num.neg = im < 0 && num.n;
	else if (e < 0)
		den = mag_shl(a, &den, (uint64_t)-e);
	return cv_rat(a, num, den);
}

ConstVal *const_make_string(Arena *a, const char *s, int64_t len)
{
	ConstVal *v = cv_new(a, CK_STRING);
	char *p = arena_alloc(a, (size_t)len + 1);
	memcpy(p, s, (size_t)len);
	v->s = p;
	v->slen = len;
	return v;
}

ConstVal *const_to_float(Arena *a, const ConstVal *v)
{
	if (v->kind == CK_FLOAT)
		return (ConstVal *)v;
	return cv_rat(a, v->num, bi_u64(a, 1));
}

ConstVal *const_to_int(Arena *a, const ConstVal *v)
{
	if (v->kind == CK_INT)
		return (ConstVal *)v;
	if (v->kind != CK_FLOAT || !bi_is_one(&v->den))
		return NULL;
	return cv_int(a, v->num);
}

/* ---- operations ---- */

static ConstVal *float_binary(Arena *a, int op, const ConstVal *x,
			      const ConstVal *y)
{
	BigInt n1, n2, d;
	switch (op) {
	case COP_ADD:
	case COP_SUB:
		n1 = bi_mul(a, &x->num, &y->den);
		n2 = bi_mul(a, &y->num, &x->den);
		d = bi_mul(a, &x->den, &y->den);
		return cv_rat(a, op == COP_ADD ? bi_add(a, &n1, &n2)
					       : bi_sub(a, &n1, &n2), d);
	case COP_MUL:
		return cv_rat(a, bi_mul(a, &x->num, &y->num),
			      bi_mul(a, &x->den, &y->den));
	case COP_QUO:
		if (y->num.n == 0)
			return NULL;
		return cv_rat(a, bi_mul(a, &x->num, &y->den),
			      bi_mul(a, &x->den, &y->num));
	}
	return NULL;
}

static ConstVal *int_binary(Arena *a, int op, const ConstVal *x,
			    const ConstVal *y)
{
	BigInt q, r;
	switch (op) {
	case COP_ADD: return cv_int(a, bi_add(a, &x->num, &y->num));
	case COP_SUB: return cv_int(a, bi_sub(a, &x->num, &y->num));
	case COP_MUL: return cv_int(a, bi_mul(a, &x->num, &y->num));
	case COP_QUO:
	case COP_REM:
		if (y->num.n == 0)
			return NULL;
		bi_divmod(a, &x->num, &y->num, &q, &r);
		return cv_int(a, op == COP_QUO ? q : r);
	default:
		return cv_int(a, bi_bitop(a, op, &x->num, &y->num));
	}
}

ConstVal *const_binary(Arena *a, int op, const ConstVal *x, const ConstVal *y)
{
	switch (x->kind) {
	case CK_BOOL:
		return const_make_bool(a, op == COP_LAND ? x->b && y->b
							 : x->b || y->b);
	case CK_STRING: {
		ConstVal *v = cv_new(a, CK_STRING);
		char *p = arena_alloc(a, (size_t)(x->slen + y->slen) + 1);
		memcpy(p, x->s, (size_t)x->slen);
		memcpy(p + x->slen, y->s, (size_t)y->slen);
		v->s = p;
		v->slen = x->slen + y->slen;
		return v;
	}
	case CK_INT:
		if (y->kind == CK_INT)
			return int_binary(a, op, x, y);
		return float_binary(a, op, const_to_float(a, x), y);
	case CK_FLOAT:
		return float_binary(a, op, x, const_to_float(a, y));
	}
	return NULL;
}

ConstVal *const_neg(Arena *a, const ConstVal *x)
{
	if (x->kind == CK_INT)
		return cv_int(a, bi_negate(x->num));
	ConstVal *v = cv_new(a, CK_FLOAT);
	v->num = bi_negate(x->num);
	v->den = x->den;
	return v;
}

ConstVal *const_not(Arena *a, const ConstVal *x)
{
	return const_make_bool(a, !x->b);
}

ConstVal *const_complement(Arena *a, const ConstVal *x)
{
	BigInt one = bi_u64(a, 1), nx = bi_negate(x->num);
	return cv_int(a, bi_sub(a, &nx, &one));
}

ConstVal *const_shift(Arena *a, const ConstVal *x, bool left, uint64_t s)
{
	BigInt r;
	if (left) {
		r = mag_shl(a, &x->num, s);
		r.neg = x->num.neg && r.n;
		return cv_int(a, r);
	}
	bool lost;
	r = mag_shr(a, &x->num, s, &lost);
	if (x->num.neg) {
		/* floor toward -inf, as big.Int.Rsh */
		if (lost) {
			BigInt one = bi_u64(a, 1);
			r = mag_add(a, &r, &one);
		}
		r.neg = r.n > 0;
	}
	return cv_int(a, r);
}

static int bi_cmp(const BigInt *x, const BigInt *y)
{
	if (x->neg != y->neg)
		return x->neg ? -1 : 1;
	int c = mag_cmp(x, y);
	return x->neg ? -c : c;
}

int const_compare(const ConstVal *x, const ConstVal *y)
{
	switch (x->kind) {
	case CK_BOOL:
		return x->b != y->b;
	case CK_STRING: {
		int64_t n = x->slen < y->slen ? x->slen : y->slen;
		int c = memcmp(x->s, y->s, (size_t)n);
		if (c)
			return c < 0 ? -1 : 1;
		return x->slen < y->slen ? -1 : x->slen > y->slen;
	}
	default:
		break;
	}
	if (x->kind == CK_INT && y->kind == CK_INT)
		return bi_cmp(&x->num, &y->num);
	Arena tmp;
	arena_init(&tmp, x->mem);
	ConstVal *fx = const_to_float(&tmp, x), *fy = const_to_float(&tmp, y);
	BigInt l = bi_mul(&tmp, &fx->num, &fy->den);
	BigInt r = bi_mul(&tmp, &fy->num, &fx->den);
	int c = bi_cmp(&l, &r);
	arena_free(&tmp);
	return c;
}

bool const_sign_neg(const ConstVal *x)
{
	return x->num.neg;
}

bool const_is_zero(const ConstVal *x)
{
	return (x->kind == CK_INT || x->kind == CK_FLOAT) && x->num.n == 0;
}

int const_bitlen(const ConstVal *x)
{
	return bi_bitlen(&x->num);
}

bool const_fits_int(const ConstVal *x, int bits, bool is_unsigned)
{
	const BigInt *v = &x->num;
	if (is_unsigned)
		return !v->neg && bi_bitlen(v) <= bits;
	int bl = bi_bitlen(v);
	if (bl < bits)
		return true;
	if (bl > bits || !v->neg)
		return false;
	/* -2^(bits-1) is the one value with bitlen == bits that fits */
	for (int i = 0; i < bits - 1; i++)
		if (bi_bit(v, i))
			return false;
	return true;
}

ConstVal *const_wrap(Arena *a, const ConstVal *x, int bits, bool is_unsigned)
{
	int n = (bits + 31) / 32;
	int m = x->num.n + 1 > n ? x->num.n + 1 : n;
	uint32_t *w = to_twos(a, &x->num, m);
	if (bits % 32)
		w[n - 1] &= (1u << (bits % 32)) - 1;
	if (!is_unsigned && (w[n - 1] >> ((bits - 1) % 32) & 1)) {
		/* sign-extend to the whole top limb */
		if (bits % 32)
			w[n - 1] |= ~((1u << (bits % 32)) - 1);
		return cv_int(a, from_twos(a, w, n));
	}
	BigInt r = bi_alloc(a, n);
	memcpy(r.d, w, (size_t)n * sizeof *w);
	bi_trim(&r);
	return cv_int(a, r);
}

/* ---- float rounding ---- */

/* m * 2^e rounded half-even to `prec` bits with exponent range of the
 * format; `sticky` says more nonzero bits follow m.  Returns +-inf on
 * overflow. */
static double round_bits(uint64_t m, int e, bool sticky, int prec, int emin,
			 int emax)
{
	if (m == 0)
		return 0;
	int bits = 64 - __builtin_clzll(m);
	int top = e + bits - 1;              /* exponent of the leading bit */
	int low = top - (prec - 1);          /* exponent of the last kept bit */
	if (low < emin - (prec - 1))
		low = emin - (prec - 1);     /* subnormal */
	int drop = low - e;
	if (drop > 0) {
		if (drop > 64) {
			m = 0;
			sticky = true;
			drop = 0;
			return 0;
		}
		uint64_t half = (uint64_t)1 << (drop - 1);
		uint64_t rest = drop == 64 ? m : m & (((uint64_t)1 << drop) - 1);
		uint64_t kept = drop == 64 ? 0 : m >> drop;
		bool up = rest > half || (rest == half && (sticky || (kept & 1)));
		m = kept + up;
		e += drop;
	}
	double r = ldexp((double)m, e);
	if (m && (64 - __builtin_clzll(m)) + e - 1 > emax)
		return HUGE_VAL;
	return r;
}

/* The fraction |num/den| as m * 2^e with m of 56..57 bits, plus sticky. */
static void scale_frac(Arena *a, const ConstVal *x, uint64_t *m, int *e,
		       bool *sticky)
{
	BigInt num = x->num, den = x->kind == CK_INT ? bi_u64(a, 1) : x->den;
	num.neg = false;
	int shift = 57 - (bi_bitlen(&num) - bi_bitlen(&den));
	if (shift > 0)
		num = mag_shl(a, &num, (uint64_t)shift);
	else if (shift < 0)
		den = mag_shl(a, &den, (uint64_t)-shift);
	BigInt q, r;
	mag_divmod(a, &num, &den, &q, &r);
	uint64_t v = 0;
	for (int i = q.n - 1; i >= 0; i--)
		v = (v << 32) | q.d[i];
	*m = v;
	*e = -shift;
	*sticky = r.n != 0;
}

static double to_double(const ConstVal *x, bool f32, bool *inf)
{
	if (x->num.n == 0) {
		*inf = false;
		return 0;
	}
	Arena tmp;
	arena_init(&tmp, x->mem);
	uint64_t m;
	int e;
	bool sticky;
	scale_frac(&tmp, x, &m, &e, &sticky);
	arena_free(&tmp);
	double d = f32 ? round_bits(m, e, sticky, 24, -126, 127)
		       : round_bits(m, e, sticky, 53, -1022, 1023);
	*inf = isinf(d);
	return x->num.neg ? -d : d;
}

bool const_round_float(Arena *a, const ConstVal *x, bool f32, ConstVal **out)
{
	bool inf;
	double d = to_double(x, f32, &inf);
	if (inf)
		return false;
	*out = const_make_float64(a, d);
	return true;
}

/* ---- accessors (types.h) ---- */

ConstKind const_kind(const ConstVal *v)
{
	return v->kind;
}

bool const_bool(const ConstVal *v)
{
	return v->b;
}

uint64_t const_uint64(const ConstVal *v)
{
	if (v->kind == CK_FLOAT)
		return (uint64_t)(int64_t)const_float64(v);
	uint64_t u = 0;
	if (v->num.n >= 1)
		u = v->num.d[0];
	if (v->num.n >= 2)
		u |= (uint64_t)v->num.d[1] << 32;
	return v->num.neg ? -u : u;
}

int64_t const_int64(const ConstVal *v)
{
	return (int64_t)const_uint64(v);
}

double const_float64(const ConstVal *v)
{
	bool inf;
	return to_double(v, false, &inf);
}

const char *const_string(const ConstVal *v, int64_t *len)
{
	*len = v->slen;
	return v->s;
}

bool const_uint64_ok(const ConstVal *x, uint64_t *out)
{
	if (x->kind != CK_INT || x->num.neg || bi_bitlen(&x->num) > 64)
		return false;
	*out = const_uint64(x);
	return true;
}

/* ---- printing ---- */

static char *int_decimal(Arena *a, const BigInt *x)
{
	int cap = x->n * 10 + 3;
	char *buf = arena_alloc(a, (size_t)cap);
	int pos = cap - 1;
	buf[pos] = '\0';
	BigInt v = *x, ten9 = bi_u64(a, 1000000000u);
	v.neg = false;
	do {
		BigInt q, r;
		mag_divmod(a, &v, &ten9, &q, &r);
		uint32_t chunk = r.n ? r.d[0] : 0;
		for (int i = 0; i < 9; i++) {
			buf[--pos] = (char)('0' + chunk % 10);
			chunk /= 10;
			if (q.n == 0 && chunk == 0)
				break;
		}
		v = q;
	} while (v.n);
	if (x->neg)
		buf[--pos] = '-';
	return buf + pos;
}

/* Go's %g: the shortest representation that reads back exactly. */
static void shortest_g(char *buf, size_t n, double d)
{
	for (int p = 1; p <= 17; p++) {
		snprintf(buf, n, "%.*g", p, d);
		if (strtod(buf, NULL) == d)
			return;
	}
}

static const char *float_repr(Arena *a, const ConstVal *x)
{
	char buf[64];
	bool inf;
	double d = to_double(x, false, &inf);
	if (inf || (d == 0 && x->num.n)) {
		/* out of float64 range: approximate as go/constant does */
		Arena tmp;
		arena_init(&tmp, a->mem);
		uint64_t m;
		int e2;
		bool sticky;
		scale_frac(&tmp, x, &m, &e2, &sticky);
		arena_free(&tmp);
		int bits = 64 - __builtin_clzll(m);
		double mant = ldexp((double)m, -bits);
		double dexp = (double)(e2 + bits) * (M_LN2 / M_LN10);
		long e = (long)dexp;
		mant *= pow(10, dexp - (double)e);
		if (mant < 1 - 0.5e-6) {
			mant *= 10;
			e--;
		} else if (mant >= 10) {
			mant /= 10;
			e++;
		}
		snprintf(buf, sizeof buf, "%s%.6ge%+ld", x->num.neg ? "-" : "", mant, e);
		return arena_strndup(a, buf, strlen(buf));
	}
	snprintf(buf, sizeof buf, "%.6g", d);
	if (!bi_is_one(&x->den) && !strchr(buf, '.'))
		shortest_g(buf, sizeof buf, d);
	return arena_strndup(a, buf, strlen(buf));
}

static const char *string_repr(Arena *a, const ConstVal *x)
{
	/* strconv.Quote, shortened to 72 chars as go/constant does */
	size_t cap = (size_t)x->slen * 4 + 8;
	char *buf = arena_alloc(a, cap), *p = buf;
	*p++ = '"';
	for (int64_t i = 0; i < x->slen; i++) {
		unsigned char c = (unsigned char)x->s[i];
		switch (c) {
		case '\n': *p++ = '\\'; *p++ = 'n'; break;
		case '\t': *p++ = '\\'; *p++ = 't'; break;
		case '\r': *p++ = '\\'; *p++ = 'r'; break;
		case '"': *p++ = '\\'; *p++ = '"'; break;
		case '\\': *p++ = '\\'; *p++ = '\\'; break;
		default:
			if (c < 0x20 || c == 0x7f)
				p += sprintf(p, "\\x%02x", c);
			else
				*p++ = (char)c;
		}
	}
	*p++ = '"';
	*p = '\0';
	/* longer than 72 runes: the first 69 and "..." */
	int runes = 0;
	for (char *q = buf; q < p; q++)
		runes += ((unsigned char)*q & 0xC0) != 0x80;
	if (runes > 72) {
		char *q = buf;
		for (int n = 0; n < 69; n++)
			do
				q++;
			while (((unsigned char)*q & 0xC0) == 0x80);
		memcpy(q, "...", 4);
	}
	return buf;
}

const char *const_repr(Arena *a, const ConstVal *x)
{
	switch (x->kind) {
	case CK_BOOL: return x->b ? "true" : "false";
	case CK_INT: return int_decimal(a, &x->num);
	case CK_FLOAT: return float_repr(a, x);
	case CK_STRING: return string_repr(a, x);
	}
	return "?";
}

/* ---- literals ---- */

/* acc = acc * mul + add in place; acc->d has room for the result. */
static void bi_muladd_small(BigInt *acc, uint32_t mul, uint32_t add)
{
	uint64_t carry = add;
	for (int i = 0; i < acc->n; i++) {
		uint64_t t = (uint64_t)acc->d[i] * mul + carry;
		acc->d[i] = (uint32_t)t;
		carry = t >> 32;
	}
	if (carry)
		acc->d[acc->n++] = (uint32_t)carry;
}

/* Accumulate digits of base `base` into *acc (non-negative); counts the
 * digits read.  Digits are taken a few at a time into one buffer sized
 * for the whole literal, so a long literal costs one allocation. */
static int scan_digits(Arena *a, const char *s, int len, int i, int base,
		       BigInt *acc, int *ndigits)
{
	/* at most 4 bits a digit, plus the limbs acc has already */
	int cap = acc->n + (len - i) / 8 + 2;
	BigInt r = bi_alloc(a, cap);
	memcpy(r.d, acc->d, (size_t)acc->n * sizeof *r.d);
	r.n = acc->n;
	uint32_t chunk = 0, scale = 1;
	for (; i < len; i++) {
		if (s[i] == '_')
			continue;
		int v = lit_digit_value(s[i]);
		if (v < 0 || v >= base)
			break;
		chunk = chunk * (uint32_t)base + (uint32_t)v;
		scale *= (uint32_t)base;
		(*ndigits)++;
		if (scale >= (1u << 24)) {
			bi_muladd_small(&r, scale, chunk);
			chunk = 0;
			scale = 1;
		}
	}
	if (scale > 1)
		bi_muladd_small(&r, scale, chunk);
	bi_trim(&r);
	*acc = r;
	return i;
}

static BigInt bi_pow(Arena *a, uint64_t base, int64_t e)
{
	BigInt r = bi_u64(a, 1), b = bi_u64(a, base);
	while (e > 0) {
		if (e & 1)
			r = bi_mul(a, &r, &b);
		b = bi_mul(a, &b, &b);
		e >>= 1;
	}
	return r;
}

static ConstVal *int_literal(Arena *a, const char *s, int len)
{
	int base = 10, i = 0;
	if (len > 1 && s[0] == '0') {
		char c = s[1] | 0x20;
		if (c == 'x')
			base = 16, i = 2;
		else if (c == 'b')
			base = 2, i = 2;
		else if (c == 'o')
			base = 8, i = 2;
		else
			base = 8, i = 1;
	}
	BigInt acc = bi_alloc(a, 0);
	int nd = 0;
	if (scan_digits(a, s, len, i, base, &acc, &nd) != len)
		return NULL;
	return cv_int(a, acc);
}

static ConstVal *float_literal(Arena *a, const char *s, int len)
{
	bool hex = len > 1 && s[0] == '0' && (s[1] | 0x20) == 'x';
	int base = hex ? 16 : 10, i = hex ? 2 : 0, nd = 0, frac = 0;
	BigInt mant = bi_alloc(a, 0);
	i = scan_digits(a, s, len, i, base, &mant, &nd);
	if (i < len && s[i] == '.')
		i = scan_digits(a, s, len, i + 1, base, &mant, &frac);
	int64_t exp = 0;
	if (i < len && ((s[i] | 0x20) == 'e' || (s[i] | 0x20) == 'p')) {
		bool neg = false;
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			neg = s[i++] == '-';
		for (; i < len; i++)
			if (s[i] != '_' && exp < 1000000000)
				exp = exp * 10 + (s[i] - '0');
		/* exact arithmetic on 10^exp would not finish: refuse */
		if (exp > 10000)
			return NULL;
		if (neg)
			exp = -exp;
	}
	/* value = mant * base^-frac * (hex ? 2 : 10)^exp */
	BigInt num = mant, den = bi_u64(a, 1);
	if (hex)
		exp -= 4 * (int64_t)frac;
	else
		exp -= frac;
	BigInt p = bi_pow(a, hex ? 2 : 10, exp < 0 ? -exp : exp);
	if (exp > 0)
		num = bi_mul(a, &num, &p);
	else
		den = p;
	return cv_rat(a, num, den);
}

static ConstVal *string_literal(Arena *a, const char *lit, int len)
{
	char *buf;
	int64_t n;
	if (!lit_unquote_string(a, lit, len, &buf, &n))
		return NULL;
	ConstVal *v = cv_new(a, CK_STRING);
	v->s = buf;
	v->slen = n;
	return v;
}

ConstVal *const_from_literal(Arena *a, int kind, const char *lit, int len)
{
	switch (kind) {
	case LIT_INT: return int_literal(a, lit, len);
	case LIT_FLOAT: return float_literal(a, lit, len);
	case LIT_CHAR: {
		int32_t r;
		if (!lit_rune(lit, len, &r))
			return NULL;
		return const_make_int64(a, r);
	}
	case LIT_STRING: return string_literal(a, lit, len);
	}
	return NULL;
}
