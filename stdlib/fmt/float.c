/* float.c: floating-point formatting, exact to the last digit.
 *
 * Three layers, as in Go:
 *
 *   digits    a Decimal (digit string d[0..nd), decimal point after dp
 *             digits, no trailing zeros) for |v|, in one of three modes:
 *               shortest      fewest digits that read back as v
 *               significant   n correctly rounded significant digits
 *               fraction      correctly rounded to n places after the point
 *   layout    strconv's %e %f %g %b %x rules over those digits
 *             (fmt_format_float = strconv.FormatFloat)
 *   flags     fmt's width, sign, '#', zero padding over the strconv text
 *             (fmt_float, used by the Printf driver)
 *
 * The digits come from the C library, whose printf is exact in glibc and
 * rounds ties to even like Go.  The shortest representation is searched:
 * the fewest digits p whose p-digit rounding of v strtod (strtof for
 * float32) reads back as v, found by bisection over p.  At a power of two
 * the interval of values that read back as v is lopsided (wider above),
 * so when the nearest p-digit number misses, its upper neighbour is tried
 * too: it may be inside while the nearest is not.  Go picks the closest of
 * the shortest candidates, which is the nearest when that one fits.
 *
 * The builtin print's float format (+1.500000e+000) is computed with Go's
 * own inexact algorithm (runtime/print.go), repeated step by step in
 * double arithmetic so the last digit agrees with Go's, rounding warts
 * included.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fmtpriv.h"

typedef struct Decimal {
	char *d;
	int nd, dp;
	Mem *mem;       /* the output buffer's */
	char small[32];
} Decimal;

static void dec_free(Decimal *dec)
{
	if (dec->d != dec->small)
		mem_free(dec->mem, dec->d);
}

/* snprintf into a fresh heap or stack buffer.  Out of memory (which the
 * Mem records, so the text is never shown), a truncated text in small. */
static char *print_c(Mem *mem, char *small, size_t smallsize, size_t need,
                     const char *cfmt, int prec, double v)
{
	char *p = need <= smallsize ? small : mem_realloc(mem, NULL, need);
	if (!p) {
		p = small;
		need = smallsize;
	}
	snprintf(p, need, cfmt, prec, v);
	return p;
}

/* Room for n digits; false when out of memory (dec then holds zero). */
static bool dec_alloc(Decimal *dec, size_t n)
{
	dec->d = n <= sizeof dec->small ? dec->small : mem_realloc(dec->mem, NULL, n);
	if (dec->d)
		return true;
	dec->d = dec->small;
	dec->nd = dec->dp = 0;
	return false;
}

static void dec_trim(Decimal *dec)
{
	while (dec->nd > 0 && dec->d[dec->nd - 1] == '0')
		dec->nd--;
	if (dec->nd == 0)
		dec->dp = 0;
}

/* Parse "d.ddde±x" from %e into dec (v > 0 or v == 0). */
static void dec_from_e(Decimal *dec, const char *s)
{
	size_t n = strlen(s);
	if (!dec_alloc(dec, n))
		return;
	dec->nd = 0;
	const char *p = s;
	for (; *p && *p != 'e'; p++)
		if (*p >= '0' && *p <= '9')
			dec->d[dec->nd++] = *p;
	int exp = *p == 'e' ? atoi(p + 1) : 0;
	dec->dp = exp + 1;
	if (dec->nd > 0 && dec->d[0] == '0')
		dec->nd = 0; /* zero */
	dec_trim(dec);
}

/* n correctly rounded significant digits of v >= 0. */
static void digits_significant(Decimal *dec, double v, int n)
{
	char small[64];
	char *s = print_c(dec->mem, small, sizeof small, (size_t)n + 16, "%.*e",
			  n - 1, v);
	dec_from_e(dec, s);
	if (s != small)
		mem_free(dec->mem, s);
}

/* v >= 0 rounded to n places after the decimal point. */
static void digits_fraction(Decimal *dec, double v, int n)
{
	char small[400];
	char *s = print_c(dec->mem, small, sizeof small, (size_t)n + 330, "%.*f",
			  n, v);
	if (!dec_alloc(dec, strlen(s) + 1)) {
		if (s != small)
			mem_free(dec->mem, s);
		return;
	}
	dec->nd = 0;
	dec->dp = 0;
	bool point = false;
	for (const char *p = s; *p; p++) {
		if (*p < '0' || *p > '9') { /* the point, in any locale */
			point = true;
			continue;
		}
		if (dec->nd == 0 && *p == '0') { /* leading zero */
			if (point)
				dec->dp--;
			continue;
		}
		dec->d[dec->nd++] = *p;
		if (!point)
			dec->dp++;
	}
	if (s != small)
		mem_free(dec->mem, s);
	dec_trim(dec);
}

static bool reads_back(const char *s, double v, int bitsize)
{
	if (bitsize == 32)
		return strtof(s, NULL) == (float)v;
	return strtod(s, NULL) == v;
}

/* Add one unit in the last place of the %e text s ("d.ddde±x"). */
static void bump_last_digit(char *s)
{
	char *e = strchr(s, 'e');
	char *p = e - 1;
	for (; p >= s; p--) {
		if (*p == '.')
			continue;
		if (*p != '9') {
			(*p)++;
			return;
		}
		*p = '0';
	}
	/* 9.99e+x became 0.00e+x: it is 1.00e+(x+1). */
	s[0] = '1';
	char tail[16];
	snprintf(tail, sizeof tail, "e%+d", atoi(e + 1) + 1);
	strcpy(e, tail);
}

/* The p-digit text of v, in s, that reads back as v: the nearest p-digit
 * number or, failing that, its upper neighbour; false if neither does. */
static bool shortest_at(char s[64], double v, int p, int bitsize)
{
	snprintf(s, 64, "%.*e", p - 1, v);
	if (reads_back(s, v, bitsize))
		return true;
	bump_last_digit(s);
	return reads_back(s, v, bitsize);
}

/* The shortest digits that read back as v > 0 (finite).  Whether p digits
 * do only grows with p (a p-digit candidate is a (p+1)-digit number too,
 * and the nearest one is no farther), so p is found by bisection; 17
 * digits (9 for a float32) always do. */
static void digits_shortest(Decimal *dec, double v, int bitsize)
{
	int lo = 1, hi = bitsize == 32 ? 9 : 17;
	char s[64];
	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		if (shortest_at(s, v, mid, bitsize))
			hi = mid;
		else
			lo = mid + 1;
	}
	if (!shortest_at(s, v, lo, bitsize)) /* cannot happen; be exact anyway */
		snprintf(s, sizeof s, "%.*e", lo - 1, v);
	dec_from_e(dec, s);
}

/* ---- strconv layouts ---- */

static void put_exp(StrBuf *b, char ech, int exp, int mindig)
{
	char tmp[16];
	sb_putc(b, ech);
	sb_putc(b, exp < 0 ? '-' : '+');
	snprintf(tmp, sizeof tmp, "%0*d", mindig, exp < 0 ? -exp : exp);
	sb_puts(b, tmp);
}

/* %e: -d.ddddde±dd */
static void layout_e(StrBuf *b, bool neg, const Decimal *d, int prec, char ech)
{
	if (neg)
		sb_putc(b, '-');
	sb_putc(b, d->nd ? d->d[0] : '0');
	if (prec > 0) {
		sb_putc(b, '.');
		int m = d->nd < prec + 1 ? d->nd : prec + 1;
		int i = 1;
		if (i < m) {
			sb_write(b, d->d + 1, (size_t)(m - 1));
			i = m;
		}
		for (; i <= prec; i++)
			sb_putc(b, '0');
	}
	put_exp(b, ech, d->nd == 0 ? 0 : d->dp - 1, 2);
}

/* %f: -ddddddd.ddddd */
static void layout_f(StrBuf *b, bool neg, const Decimal *d, int prec)
{
	if (neg)
		sb_putc(b, '-');
	if (d->dp > 0) {
		int m = d->nd < d->dp ? d->nd : d->dp;
		sb_write(b, d->d, (size_t)m);
		for (; m < d->dp; m++)
			sb_putc(b, '0');
	} else {
		sb_putc(b, '0');
	}
	if (prec > 0) {
		sb_putc(b, '.');
		for (int i = 1; i <= prec; i++) {
			int j = d->dp + i - 1;
			sb_putc(b, j >= 0 && j < d->nd ? d->d[j] : '0');
		}
	}
}

/* %g: %e for large or small exponents, %f otherwise. */
static void layout_g(StrBuf *b, bool neg, const Decimal *d, int prec,
                     bool shortest, char ech)
{
	int eprec = prec;
	if (eprec > d->nd && d->nd >= d->dp)
		eprec = d->nd;
	if (shortest)
		eprec = 6;
	int exp = d->dp - 1;
	if (exp < -4 || exp >= eprec) {
		if (prec > d->nd)
			prec = d->nd;
		layout_e(b, neg, d, prec - 1, ech);
		return;
	}
	if (prec > d->dp)
		prec = d->nd;
	layout_f(b, neg, d, prec - d->dp > 0 ? prec - d->dp : 0);
}

/* The IEEE fields of v as a float of bitsize bits. */
typedef struct FloatBits {
	bool neg;
	uint64_t mant;
	int exp; /* v = mant * 2^(exp - mantbits) */
	int mantbits;
	bool special;
} FloatBits;

static FloatBits float_bits(double v, int bitsize)
{
	FloatBits fb;
	uint64_t bits, mask;
	int expbits, bias;
	if (bitsize == 32) {
		float f = (float)v;
		uint32_t b32;
		memcpy(&b32, &f, 4);
		bits = b32, fb.mantbits = 23, expbits = 8, bias = -127;
		fb.neg = b32 >> 31;
	} else {
		memcpy(&bits, &v, 8);
		fb.mantbits = 52, expbits = 11, bias = -1023;
		fb.neg = bits >> 63;
	}
	mask = ((uint64_t)1 << expbits) - 1;
	int exp = (int)((bits >> fb.mantbits) & mask);
	fb.mant = bits & (((uint64_t)1 << fb.mantbits) - 1);
	fb.special = exp == (int)mask;
	if (exp == 0)
		exp++; /* denormal */
	else
		fb.mant |= (uint64_t)1 << fb.mantbits;
	fb.exp = exp + bias;
	return fb;
}

/* %b: -ddddp±ddd, the mantissa and binary exponent in decimal. */
static void layout_b(StrBuf *b, const FloatBits *fb)
{
	char tmp[64];
	int exp = fb->exp - fb->mantbits;
	snprintf(tmp, sizeof tmp, "%s%llup%s%d", fb->neg ? "-" : "",
	         (unsigned long long)fb->mant, exp >= 0 ? "+" : "", exp);
	sb_puts(b, tmp);
}

/* %x: -0x1.yyyyyp±dd, the mantissa in hex with its leading 1 (or 0). */
static void layout_x(StrBuf *b, const FloatBits *fb, int prec, char verb)
{
	const char *hex = verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
	uint64_t mant = fb->mant;
	int exp = mant == 0 ? 0 : fb->exp;
	const uint64_t one = (uint64_t)1 << 60;
	mant <<= 60 - fb->mantbits;
	while (mant != 0 && (mant & one) == 0) {
		mant <<= 1;
		exp--;
	}
	if (prec >= 0 && prec < 15) { /* round half to even at prec digits */
		unsigned shift = (unsigned)prec * 4;
		uint64_t extra = (mant << shift) & (one - 1);
		mant >>= 60 - shift;
		if ((extra | (mant & 1)) > (one >> 1))
			mant++;
		mant <<= 60 - shift;
		if (mant & (one << 1)) {
			mant >>= 1;
			exp++;
		}
	}
	if (fb->neg)
		sb_putc(b, '-');
	sb_putc(b, '0');
	sb_putc(b, verb);
	sb_putc(b, (char)('0' + ((mant >> 60) & 1)));
	mant <<= 4;
	if ((prec < 0 && mant != 0) || prec > 0) {
		sb_putc(b, '.');
		for (int i = 0; prec < 0 ? mant != 0 : i < prec; i++) {
			sb_putc(b, hex[(mant >> 60) & 15]);
			mant <<= 4;
		}
	}
	put_exp(b, verb == 'X' ? 'P' : 'p', exp, 2);
}

void fmt_format_float(StrBuf *out, double v, char verb, int prec, int bitsize)
{
	FloatBits fb = float_bits(v, bitsize);
	if (fb.special) {
		if ((fb.mant & (((uint64_t)1 << fb.mantbits) - 1)) != 0)
			sb_puts(out, "NaN");
		else
			sb_puts(out, fb.neg ? "-Inf" : "+Inf");
		return;
	}
	if (verb == 'b') {
		layout_b(out, &fb);
		return;
	}
	if (verb == 'x' || verb == 'X') {
		layout_x(out, &fb, prec, verb);
		return;
	}
	double a = fabs(bitsize == 32 ? (double)(float)v : v);
	bool shortest = prec < 0;
	Decimal d;
	d.mem = out->mem;
	if (shortest) {
		if (a == 0) {
			dec_alloc(&d, 1);
			d.nd = d.dp = 0;
		} else {
			digits_shortest(&d, a, bitsize);
		}
		switch (verb) {
		case 'e': case 'E': prec = d.nd - 1 > 0 ? d.nd - 1 : 0; break;
		case 'f': prec = d.nd - d.dp > 0 ? d.nd - d.dp : 0; break;
		case 'g': case 'G': prec = d.nd; break;
		}
	} else if (verb == 'f') {
		digits_fraction(&d, a, prec);
	} else {
		int n = 1;
		if (verb == 'e' || verb == 'E')
			n = prec + 1;
		else if (verb == 'g' || verb == 'G')
			n = prec == 0 ? (prec = 1) : prec;
		digits_significant(&d, a, n);
	}
	switch (verb) {
	case 'e': case 'E': layout_e(out, fb.neg, &d, prec, verb); break;
	case 'f': layout_f(out, fb.neg, &d, prec); break;
	case 'g': case 'G':
		layout_g(out, fb.neg, &d, prec, shortest, verb == 'g' ? 'e' : 'E');
		break;
	default:
		sb_putc(out, '%');
		sb_putc(out, verb);
	}
	dec_free(&d);
}

/* ---- fmt's layer: sign, '#', padding ---- */

/* '#' keeps the decimal point and, for %g, trailing zeros up to the
 * precision; num is the strconv text after a sign byte at num->data[0]. */
static void sharp_float(StrBuf *num, int verb, int prec)
{
	int digits = 0;
	if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x')
		digits = prec == -1 ? 6 : prec;
	char tail[16];
	size_t ntail = 0;
	bool point = false, nonzero = false;
	for (size_t i = 1; i < num->len; i++) {
		char c = num->data[i];
		if (c == '.') {
			point = true;
		} else if (c == 'p' || c == 'P' ||
		           ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
			ntail = num->len - i;
			memcpy(tail, num->data + i, ntail);
			num->len = i;
			break;
		} else {
			if (c != '0')
				nonzero = true;
			if (nonzero)
				digits--;
		}
	}
	if (!point) {
		if (num->len == 2 && num->data[1] == '0')
			digits--; /* a lone 0 counts once */
		sb_putc(num, '.');
	}
	for (; digits > 0; digits--)
		sb_putc(num, '0');
	sb_write(num, tail, ntail);
}

void fmt_float(Fmt *f, double v, int size, int verb, int prec)
{
	if (f->fl.prec_present)
		prec = f->prec;
	StrBuf num = SB_INIT(f->buf->mem);
	sb_putc(&num, '+');
	fmt_format_float(&num, v, (char)verb, prec, size);
	if (num.failed || num.len < 2) {
		f->buf->failed = true; /* out of memory */
		goto done;
	}
	char *s = num.data;
	size_t n = num.len;
	if (s[1] == '-' || s[1] == '+')
		memmove(s, s + 1, --n), num.len = n;
	if (f->fl.space && s[0] == '+' && !f->fl.plus)
		s[0] = ' ';
	if (s[1] == 'I' || s[1] == 'N') { /* Inf and NaN: no zero padding */
		bool zero = f->fl.zero;
		f->fl.zero = false;
		if (s[1] == 'N' && !f->fl.space && !f->fl.plus)
			fmt_pad(f, s + 1, n - 1);
		else
			fmt_pad(f, s, n);
		f->fl.zero = zero;
		goto done;
	}
	if (f->fl.sharp && verb != 'b') {
		sharp_float(&num, verb, prec);
		s = num.data, n = num.len;
	}
	if (f->fl.plus || s[0] != '+') {
		/* A sign goes before zero padding. */
		if (f->fl.zero && !f->fl.minus && f->fl.wid_present &&
		    (size_t)f->wid > n) {
			sb_putc(f->buf, s[0]);
			fmt_write_padding(f, f->wid - (int)n);
			sb_write(f->buf, s + 1, n - 1);
		} else {
			fmt_pad(f, s, n);
		}
	} else {
		fmt_pad(f, s + 1, n - 1);
	}
done:
	sb_free(&num);
}
