/* equal.c: hashing and equality of Go values by their RType.
 *
 * Both walk a value as its RType describes it.  Scalars are read by their
 * size, never past it; aggregates recurse into elements and fields, so
 * padding bytes (whose contents are unspecified) are never looked at and
 * blank `_` fields are skipped, as Go's spec says for ==.
 *
 * Floats are the two special cases of Go's map keys: +0 and -0 are equal
 * and so must hash alike (both hash as +0); NaN is unequal to everything,
 * itself included, so a NaN key can never be found again and Go gives it
 * a random hash (runtime/alg.go f64hash), spreading repeated m[NaN] = v
 * entries over the table instead of piling them onto one probe sequence.
 * The randomness here is a per-thread counter mixed into the hash: it
 * affects placement only, never a result, so it is no VM-visible state.
 *
 * Equality runs in two passes over the whole value, as the code Go's
 * compiler generates for == on structs and arrays does (cheap comparisons
 * first, runtime calls last): pass SHALLOW compares scalars, string
 * lengths and interface type words; pass DEEP compares string bytes and
 * interface values.  So an uncomparable dynamic type only panics when
 * everything cheap was equal.
 *
 * The hash primitives follow wyhash's design (a 64x64->128 multiply whose
 * halves are xor-folded, "mum"): fast, and good in the low bits, which the
 * map uses for its control bytes.
 */
#include "equal.h"

#include <string.h>

#define P0 0xa0761d6478bd642full
#define P1 0xe7037ed1a0b428dbull
#define P2 0x8ebc6af09c88c6e3ull
#define P3 0x589965cc75374cc3ull

static inline uint64_t mum(uint64_t a, uint64_t b)
{
#ifdef __SIZEOF_INT128__
	__uint128_t r = (__uint128_t)a * b;
	return (uint64_t)r ^ (uint64_t)(r >> 64);
#else
	uint64_t ha = a >> 32, la = (uint32_t)a, hb = b >> 32, lb = (uint32_t)b;
	uint64_t rh = ha * hb, rm0 = ha * lb, rm1 = hb * la, rl = la * lb;
	uint64_t t = rl + (rm0 << 32), c = t < rl;
	uint64_t lo = t + (rm1 << 32);
	c += lo < t;
	uint64_t hi = rh + (rm0 >> 32) + (rm1 >> 32) + c;
	return lo ^ hi;
#endif
}

static inline uint64_t r8(const uint8_t *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

static inline uint64_t r4(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

uint64_t rt_hash64(uint64_t x, uint64_t seed)
{
	return mum(mum(x ^ seed ^ P0, x ^ P1) ^ P2, seed ^ P3);
}

uint64_t rt_hash_bytes(const void *p, size_t n, uint64_t seed)
{
	const uint8_t *s = p;
	uint64_t a, b;
	seed ^= mum(seed ^ P0, P1);
	if (n <= 16) {
		if (n >= 4) {
			size_t q = (n >> 3) << 2;
			a = (r4(s) << 32) | r4(s + q);
			b = (r4(s + n - 4) << 32) | r4(s + n - 4 - q);
		} else if (n > 0) {
			a = ((uint64_t)s[0] << 16) | ((uint64_t)s[n >> 1] << 8) | s[n - 1];
			b = 0;
		} else {
			a = b = 0;
		}
	} else {
		size_t i = n;
		if (i > 48) {
			uint64_t s1 = seed, s2 = seed;
			do {
				seed = mum(r8(s) ^ P1, r8(s + 8) ^ seed);
				s1 = mum(r8(s + 16) ^ P2, r8(s + 24) ^ s1);
				s2 = mum(r8(s + 32) ^ P3, r8(s + 40) ^ s2);
				s += 48;
				i -= 48;
			} while (i > 48);
			seed ^= s1 ^ s2;
		}
		while (i > 16) {
			seed = mum(r8(s) ^ P1, r8(s + 8) ^ seed);
			s += 16;
			i -= 16;
		}
		a = r8(s + i - 16);
		b = r8(s + i - 8);
	}
	return mum(mum(a ^ P1, b ^ seed) ^ P0 ^ n, seed ^ P1);
}

static _Thread_local uint64_t nan_salt;

static uint64_t nan_hash(uint64_t seed)
{
	return rt_hash64(++nan_salt * P2, seed);
}

bool rt_comparable(const RType *t)
{
	switch (t->kind) {
	case RK_SLICE: case RK_MAP: case RK_FUNC:
		return false;
	case RK_ARRAY:
		return t->len == 0 || rt_comparable(t->elem);
	case RK_STRUCT:
		for (uint32_t i = 0; i < t->nfields; i++)
			if (!rt_comparable(t->fields[i].type))
				return false;
		return true;
	default:
		return true;
	}
}

static bool blank(const RField *f)
{
	return f->name && f->name[0] == '_' && f->name[1] == 0;
}

bool rt_is_memory(const RType *t)
{
	switch (t->kind) {
	case RK_BOOL: case RK_INT: case RK_INT8: case RK_INT16: case RK_INT32:
	case RK_INT64: case RK_UINT: case RK_UINT8: case RK_UINT16:
	case RK_UINT32: case RK_UINT64: case RK_UINTPTR: case RK_POINTER:
	case RK_CHAN: case RK_UNSAFEPOINTER:
		return true;
	case RK_ARRAY:
		return t->len == 0 || rt_is_memory(t->elem);
	case RK_STRUCT: {
		uint32_t at = 0;
		for (uint32_t i = 0; i < t->nfields; i++) {
			const RField *f = &t->fields[i];
			if (blank(f) || f->offset != at || !rt_is_memory(f->type))
				return false;
			at += f->type->size;
		}
		return at == t->size;
	}
	default:
		return false;
	}
}

/* An unsigned load of a scalar of `size` bytes. */
static uint64_t load(const void *p, uint32_t size)
{
	switch (size) {
	case 1: return *(const uint8_t *)p;
	case 2: { uint16_t v; memcpy(&v, p, 2); return v; }
	case 4: { uint32_t v; memcpy(&v, p, 4); return v; }
	default: { uint64_t v; memcpy(&v, p, 8); return v; }
	}
}

static uint64_t hash_f64(double f, uint64_t seed)
{
	if (f == 0)
		return rt_hash64(0, seed);
	if (f != f)
		return nan_hash(seed);
	uint64_t bits;
	memcpy(&bits, &f, 8);
	return rt_hash64(bits, seed);
}

static uint64_t hash_f32(float f, uint64_t seed)
{
	if (f == 0)
		return rt_hash64(0, seed);
	if (f != f)
		return nan_hash(seed);
	uint32_t bits;
	memcpy(&bits, &f, 4);
	return rt_hash64(bits, seed);
}

bool rt_hash_ex(const RType *t, const void *p, uint64_t seed, uint64_t *h,
		const RType **bad)
{
	const uint8_t *b = p;
	switch (t->kind) {
	case RK_FLOAT32: { float f; memcpy(&f, p, 4); *h = hash_f32(f, seed); return true; }
	case RK_FLOAT64: { double f; memcpy(&f, p, 8); *h = hash_f64(f, seed); return true; }
	case RK_COMPLEX64: {
		float f[2];
		memcpy(f, p, 8);
		*h = hash_f32(f[1], hash_f32(f[0], seed));
		return true;
	}
	case RK_COMPLEX128: {
		double f[2];
		memcpy(f, p, 16);
		*h = hash_f64(f[1], hash_f64(f[0], seed));
		return true;
	}
	case RK_STRING: {
		const char *s;
		int64_t n;
		memcpy(&s, b, 8);
		memcpy(&n, b + 8, 8);
		*h = rt_hash_bytes(s, (size_t)n, seed);
		return true;
	}
	case RK_INTERFACE: {
		const RType *dyn = rt_iface_type(t, p);
		if (!dyn) {
			*h = rt_hash64(0, seed);
			return true;
		}
		if (!rt_comparable(dyn)) {
			if (bad)
				*bad = dyn;
			return false;
		}
		return rt_hash_ex(dyn, rt_iface_data(dyn, p),
				  rt_hash64((uint64_t)(uintptr_t)dyn, seed), h, bad);
	}
	case RK_ARRAY:
		for (uint32_t i = 0; i < t->len; i++) {
			if (!rt_hash_ex(t->elem, b + (size_t)i * t->elem->size, seed, &seed, bad))
				return false;
		}
		*h = seed;
		return true;
	case RK_STRUCT:
		for (uint32_t i = 0; i < t->nfields; i++) {
			const RField *f = &t->fields[i];
			if (!blank(f) && !rt_hash_ex(f->type, b + f->offset, seed, &seed, bad))
				return false;
		}
		*h = seed;
		return true;
	case RK_SLICE: case RK_MAP: case RK_FUNC:
		if (bad)
			*bad = t;
		return false;
	default: /* bool, integers, pointers, channels */
		*h = rt_hash64(load(p, t->size), seed);
		return true;
	}
}

bool rt_hash(const RType *t, const void *p, uint64_t seed, uint64_t *h)
{
	return rt_hash_ex(t, p, seed, h, NULL);
}

enum { SHALLOW, DEEP };

static int eq(const RType *t, const uint8_t *a, const uint8_t *b, int pass,
	      const RType **bad)
{
	switch (t->kind) {
	case RK_FLOAT32: case RK_COMPLEX64: {
		if (pass == DEEP)
			return RT_EQ;
		float x[2] = {0, 0}, y[2] = {0, 0};
		memcpy(x, a, t->size);
		memcpy(y, b, t->size);
		return x[0] == y[0] && x[1] == y[1];
	}
	case RK_FLOAT64: case RK_COMPLEX128: {
		if (pass == DEEP)
			return RT_EQ;
		double x[2] = {0, 0}, y[2] = {0, 0};
		memcpy(x, a, t->size);
		memcpy(y, b, t->size);
		return x[0] == y[0] && x[1] == y[1];
	}
	case RK_STRING: {
		int64_t n, m;
		memcpy(&n, a + 8, 8);
		memcpy(&m, b + 8, 8);
		if (pass == SHALLOW)
			return n == m;
		const char *s, *u;
		memcpy(&s, a, 8);
		memcpy(&u, b, 8);
		return s == u || n == 0 || memcmp(s, u, (size_t)n) == 0;
	}
	case RK_INTERFACE: {
		const RType *ta = rt_iface_type(t, a), *tb = rt_iface_type(t, b);
		if (pass == SHALLOW)
			return ta == tb;
		if (!ta)
			return RT_EQ;
		if (!rt_comparable(ta)) {
			if (bad)
				*bad = ta;
			return RT_UNCOMPARABLE;
		}
		return rt_equal_ex(ta, rt_iface_data(ta, a), rt_iface_data(ta, b), bad);
	}
	case RK_ARRAY:
		for (uint32_t i = 0; i < t->len; i++) {
			size_t off = (size_t)i * t->elem->size;
			int r = eq(t->elem, a + off, b + off, pass, bad);
			if (r != RT_EQ)
				return r;
		}
		return RT_EQ;
	case RK_STRUCT:
		for (uint32_t i = 0; i < t->nfields; i++) {
			const RField *f = &t->fields[i];
			if (blank(f))
				continue;
			int r = eq(f->type, a + f->offset, b + f->offset, pass, bad);
			if (r != RT_EQ)
				return r;
		}
		return RT_EQ;
	case RK_SLICE: case RK_MAP: case RK_FUNC:
		if (pass == SHALLOW)
			return RT_EQ;
		if (bad)
			*bad = t;
		return RT_UNCOMPARABLE;
	default:
		if (pass == DEEP)
			return RT_EQ;
		return load(a, t->size) == load(b, t->size);
	}
}

int rt_equal_ex(const RType *t, const void *a, const void *b, const RType **bad)
{
	int r = eq(t, a, b, SHALLOW, bad);
	return r == RT_EQ ? eq(t, a, b, DEEP, bad) : r;
}

int rt_equal(const RType *t, const void *a, const void *b)
{
	return rt_equal_ex(t, a, b, NULL);
}
