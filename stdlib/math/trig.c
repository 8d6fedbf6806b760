/* trig.c: Go's circular and hyperbolic functions, bit for bit.
 *
 * Sin, Cos, Tan and Sincos are Cephes' (sin.c, tan.c): the argument is
 * reduced to an octant j and a remainder z of x/(Pi/4), by Pi/4 split in
 * three parts below 2**29 and by Payne-Hanek reduction (trig_reduce) with
 * 4/Pi's bits above, then one of two polynomials on z.  Asin, Acos and
 * Atan reduce to Cephes' atan series; the hyperbolic functions are built
 * on Exp, Log and Log1p (elem.c) exactly as Go builds them.
 */
#include "gomath.h"

#include <math.h>

#define PI4A 7.85398125648498535156e-1  /* Pi/4 in three parts */
#define PI4B 3.77489470793079817668e-8
#define PI4C 2.69515142907905952645e-15
#define FOUR_OVER_PI 0x1.45f306dc9c883p+00
#define REDUCE_THRESHOLD ((double)(1 << 29))

static const double sin_p[6] = {
	1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
	-1.98412698295895385996e-4, 8.33333333332211858878e-3,  -1.66666666666666307295e-1,
};

static const double cos_p[6] = {
	-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
	2.48015872888517045348e-5,   -1.38888888888730564116e-3, 4.16666666666665929218e-2,
};

/* 4/pi's bits: 4/pi = sum of mpi4[i] * 2**(-64*i). */
static const uint64_t mpi4[20] = {
	0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81, 0xb6c52b3278872083,
	0xfca2c757bd778ac3, 0x6e48dc74849ba5c0, 0x0c925dd413a32439, 0xfc3bd63962534e7d,
	0xd1046bea5d768909, 0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
	0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e, 0x9e8c7ecd3cbfd45a,
	0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4, 0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

/* Payne-Hanek reduction of x >= 2**29: the octant j and the remainder,
 * times Pi/4.  The product of x's mantissa with the three 64-bit digits
 * of 4/Pi that matter at x's exponent keeps its upper 128 bits. */
static double trig_reduce(double x, uint64_t *j)
{
	const double pi4 = GM_PI / 4;
	if (x < pi4) {
		*j = 0;
		return x;
	}
	uint64_t ix = gm_bits(x);
	int exp = (int)((ix >> 52) & 0x7FF) - 1023 - 52;
	ix &= ~(0x7FFull << 52);
	ix |= 1ull << 52;
	unsigned digit = (unsigned)(exp + 61) / 64, bitshift = (unsigned)(exp + 61) % 64;
	/* Go's shifts by 64 give 0, C's are undefined */
#define SHR(v, n) ((n) >= 64 ? 0 : (v) >> (n))
	uint64_t z0 = (mpi4[digit] << bitshift) | SHR(mpi4[digit + 1], 64 - bitshift);
	uint64_t z1 = (mpi4[digit + 1] << bitshift) | SHR(mpi4[digit + 2], 64 - bitshift);
	uint64_t z2 = (mpi4[digit + 2] << bitshift) | SHR(mpi4[digit + 3], 64 - bitshift);
	unsigned __int128 p2 = (unsigned __int128)z2 * ix, p1 = (unsigned __int128)z1 * ix;
	uint64_t z2hi = (uint64_t)(p2 >> 64);
	uint64_t z1hi = (uint64_t)(p1 >> 64), z1lo = (uint64_t)p1;
	uint64_t z0lo = z0 * ix;
	uint64_t lo = z1lo + z2hi;
	uint64_t hi = z0lo + z1hi + (lo < z1lo);
	*j = hi >> 61;
	hi = hi << 3 | lo >> 61;
	unsigned lz = hi ? (unsigned)__builtin_clzll(hi) : 64;
	uint64_t e = (uint64_t)(1023 - (lz + 1));
	hi = (lz + 1 >= 64 ? 0 : hi << (lz + 1)) | SHR(lo, 64 - (lz + 1));
#undef SHR
	hi >>= 64 - 52;
	hi |= e << 52;
	double z = gm_frombits(hi);
	if (*j & 1) {
		*j = (*j + 1) & 7;
		z--;
	}
	return z * pi4;
}

/* The octant and remainder of x >= 0. */
static double reduce(double x, uint64_t *jp)
{
	if (x >= REDUCE_THRESHOLD)
		return trig_reduce(x, jp);
	uint64_t j = (uint64_t)(x * FOUR_OVER_PI);
	double y = (double)j;
	if (j & 1) { /* map zeros to origin */
		j++;
		y++;
	}
	*jp = j & 7;
	return ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

static double sin_poly(double z, double zz)
{
	return z + z * zz * ((((((sin_p[0] * zz) + sin_p[1]) * zz + sin_p[2]) * zz + sin_p[3]) * zz + sin_p[4]) * zz + sin_p[5]);
}

static double cos_poly(double zz)
{
	return 1.0 - 0.5 * zz + zz * zz * ((((((cos_p[0] * zz) + cos_p[1]) * zz + cos_p[2]) * zz + cos_p[3]) * zz + cos_p[4]) * zz + cos_p[5]);
}

double gm_cos(double x)
{
	if (gm_isnan(x) || gm_isinf(x, 0))
		return gm_nan();
	bool sign = false;
	uint64_t j;
	double z = reduce(gm_abs(x), &j);
	if (j > 3) {
		j -= 4;
		sign = !sign;
	}
	if (j > 1)
		sign = !sign;
	double zz = z * z;
	double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
	return sign ? -y : y;
}

double gm_sin(double x)
{
	if (x == 0 || gm_isnan(x))
		return x;
	if (gm_isinf(x, 0))
		return gm_nan();
	bool sign = gm_unsign(&x);
	uint64_t j;
	double z = reduce(x, &j);
	if (j > 3) {
		sign = !sign;
		j -= 4;
	}
	double zz = z * z;
	double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
	return sign ? -y : y;
}

void gm_sincos(double x, double *sp, double *cp)
{
	if (x == 0) {
		*sp = x;
		*cp = 1;
		return;
	}
	if (gm_isnan(x) || gm_isinf(x, 0)) {
		*sp = *cp = gm_nan();
		return;
	}
	bool sin_sign = false, cos_sign = false;
	if (x < 0) {
		x = -x;
		sin_sign = true;
	}
	uint64_t j;
	double z = reduce(x, &j);
	if (j > 3) {
		j -= 4;
		sin_sign = !sin_sign;
		cos_sign = !cos_sign;
	}
	if (j > 1)
		cos_sign = !cos_sign;
	double zz = z * z;
	double c = cos_poly(zz), s = sin_poly(z, zz);
	if (j == 1 || j == 2) {
		double t = s;
		s = c;
		c = t;
	}
	*cp = cos_sign ? -c : c;
	*sp = sin_sign ? -s : s;
}

double gm_tan(double x)
{
	static const double p[3] = {
		-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7,
	};
	static const double q[5] = {
		1.00000000000000000000e0,  1.36812963470692954678e4, -1.32089234440210967447e6,
		2.50083801823357915839e7, -5.38695755929454629881e7,
	};
	if (x == 0 || gm_isnan(x))
		return x;
	if (gm_isinf(x, 0))
		return gm_nan();
	bool sign = gm_unsign(&x);
	uint64_t j; /* only its bit 2 matters, which reduce keeps */
	double z = reduce(x, &j);
	double zz = z * z, y;
	if (zz > 1e-14)
		y = z + z * (zz * (((p[0] * zz) + p[1]) * zz + p[2]) / ((((zz + q[1]) * zz + q[2]) * zz + q[3]) * zz + q[4]));
	else
		y = z;
	if (j & 2)
		y = -1 / y;
	return sign ? -y : y;
}

/* ---- inverse circular functions ---- */

/* The series valid in [0, 0.66]. */
static double xatan(double x)
{
	const double p0 = -8.750608600031904122785e-01, p1 = -1.615753718733365076637e+01;
	const double p2 = -7.500855792314704667340e+01, p3 = -1.228866684490136173410e+02;
	const double p4 = -6.485021904942025371773e+01;
	const double q0 = +2.485846490142306297962e+01, q1 = +1.650270098316988542046e+02;
	const double q2 = +4.328810604912902668951e+02, q3 = +4.853903996359136964868e+02;
	const double q4 = +1.945506571482613964425e+02;
	double z = x * x;
	z = z * ((((p0 * z + p1) * z + p2) * z + p3) * z + p4) / (((((z + q0) * z + q1) * z + q2) * z + q3) * z + q4);
	return x * z + x;
}

/* atan of x > 0, reduced to [0, 0.66]. */
static double satan(double x)
{
	const double morebits = 6.123233995736765886130e-17; /* pi/2 = PIO2 + Morebits */
	const double tan3pio8 = 2.41421356237309504880;
	if (x <= 0.66)
		return xatan(x);
	if (x > tan3pio8)
		return GM_PI / 2 - xatan(1 / x) + morebits;
	return GM_PI / 4 + xatan((x - 1) / (x + 1)) + 0x1.1a62633145c07p-55; /* 0.5*Morebits */
}

double gm_atan(double x)
{
	if (x == 0)
		return x;
	return x > 0 ? satan(x) : -satan(-x);
}

double gm_asin(double x)
{
	if (x == 0)
		return x;
	bool sign = gm_unsign(&x);
	if (x > 1)
		return gm_nan();
	double temp = sqrt(1 - x * x);
	if (x > 0.7)
		temp = GM_PI / 2 - satan(temp / x);
	else
		temp = satan(x / temp);
	return sign ? -temp : temp;
}

double gm_acos(double x)
{
	return GM_PI / 2 - gm_asin(x);
}

double gm_atan2(double y, double x)
{
	if (gm_isnan(y) || gm_isnan(x))
		return gm_nan();
	if (y == 0) {
		if (x >= 0 && !gm_signbit(x))
			return gm_copysign(0, y);
		return gm_copysign(GM_PI, y);
	}
	if (x == 0)
		return gm_copysign(GM_PI / 2, y);
	if (gm_isinf(x, 0)) {
		if (gm_isinf(x, 1))
			return gm_isinf(y, 0) ? gm_copysign(GM_PI / 4, y) : gm_copysign(0, y);
		return gm_isinf(y, 0) ? gm_copysign(0x1.2d97c7f3321d2p+01, y) /* 3*Pi/4 */
				      : gm_copysign(GM_PI, y);
	}
	if (gm_isinf(y, 0))
		return gm_copysign(GM_PI / 2, y);
	double q = gm_atan(y / x);
	if (x < 0)
		return q <= 0 ? q + GM_PI : q - GM_PI;
	return q;
}

/* ---- hyperbolic functions ---- */

double gm_sinh(double x)
{
	const double p0 = -0.6307673640497716991184787251e+6, p1 = -0.8991272022039509355398013511e+5;
	const double p2 = -0.2894211355989563807284660366e+4, p3 = -0.2630563213397497062819489e+2;
	const double q0 = -0.6307673640497716991212077277e+6, q1 = 0.1521517378790019070696485176e+5;
	const double q2 = -0.173678953558233699533450911e+3;
	bool sign = gm_unsign(&x);
	double temp;
	if (x > 21) {
		temp = gm_exp(x) * 0.5;
	} else if (x > 0.5) {
		double ex = gm_exp(x);
		temp = (ex - 1 / ex) * 0.5;
	} else {
		double sq = x * x;
		temp = (((p3 * sq + p2) * sq + p1) * sq + p0) * x;
		temp = temp / (((sq + q2) * sq + q1) * sq + q0);
	}
	return sign ? -temp : temp;
}

double gm_cosh(double x)
{
	x = gm_abs(x);
	if (x > 21)
		return gm_exp(x) * 0.5;
	double ex = gm_exp(x);
	return (ex + 1 / ex) * 0.5;
}

double gm_tanh(double x)
{
	static const double p[3] = {
		-9.64399179425052238628e-1, -9.92877231001918586564e1, -1.61468768441708447952e3,
	};
	static const double q[3] = {
		1.12811678491632931402e2, 2.23548839060100448583e3, 4.84406305325125486048e3,
	};
	const double maxlog = 8.8029691931113054295988e+01; /* log(2**127) */
	double z = gm_abs(x);
	if (z > 0.5 * maxlog)
		return x < 0 ? -1 : 1;
	if (z >= 0.625) {
		double s = gm_exp(2 * z);
		z = 1 - 2 / (s + 1);
		return x < 0 ? -z : z;
	}
	if (x == 0)
		return x;
	double s = x * x;
	return x + x * s * ((p[0] * s + p[1]) * s + p[2]) / (((s + q[0]) * s + q[1]) * s + q[2]);
}

double gm_asinh(double x)
{
	const double ln2 = 6.93147180559945286227e-01;
	const double near_zero = 1.0 / (double)(1 << 28);
	const double large = (double)(1 << 28);
	if (gm_isnan(x) || gm_isinf(x, 0))
		return x;
	bool sign = gm_unsign(&x);
	double temp;
	if (x > large)
		temp = gm_log(x) + ln2;
	else if (x > 2)
		temp = gm_log(2 * x + 1 / (sqrt(x * x + 1) + x));
	else if (x < near_zero)
		temp = x;
	else
		temp = gm_log1p(x + x * x / (1 + sqrt(1 + x * x)));
	return sign ? -temp : temp;
}

double gm_acosh(double x)
{
	const double large = (double)(1 << 28);
	if (x < 1 || gm_isnan(x))
		return gm_nan();
	if (x == 1)
		return 0;
	if (x >= large)
		return gm_log(x) + GM_LN2;
	if (x > 2)
		return gm_log(2 * x - 1 / (x + sqrt(x * x - 1)));
	double t = x - 1;
	return gm_log1p(t + sqrt(2 * t + t * t));
}

double gm_atanh(double x)
{
	const double near_zero = 1.0 / (double)(1 << 28);
	if (x < -1 || x > 1 || gm_isnan(x))
		return gm_nan();
	if (x == 1)
		return gm_inf(1);
	if (x == -1)
		return gm_inf(-1);
	bool sign = gm_unsign(&x);
	double temp;
	if (x < near_zero) {
		temp = x;
	} else if (x < 0.5) {
		temp = x + x;
		temp = 0.5 * gm_log1p(temp + temp * x / (1 - x));
	} else {
		temp = 0.5 * gm_log1p((x + x) / (1 - x));
	}
	return sign ? -temp : temp;
}
