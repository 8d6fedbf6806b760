/* memops.c: the run-time half of slices and composite values.
 *
 * The interpreter's handlers for make, append, slicing, the string <->
 * slice conversions and == on structs and arrays call these.  A slice is
 * three words {data, len, cap} in the frame; its backing array is one heap
 * object of the element type.  Growth follows Go 1.19's growslice exactly
 * (double below 256 elements, then grow by (newcap + 3*256) / 4 until it
 * fits, then round the bytes up to the allocator's size class), so cap()
 * after append prints what Go prints.
 *
 * Element values in slots are normalised scalars (a float32 as a double, an
 * int8 sign-extended) or memory images (strings, structs, arrays);
 * store_value writes one to memory with the element's own width.
 */
#include <stdio.h>
#include <string.h>

#include "equal.h"
#include "sizeclass.h"
#include "utf8.h"
#include "vmint.h"

/* The address of every zero-sized allocation (Go's runtime.zerobase). */
static uint64_t zerobase;

/* Go's maxAlloc on amd64: the largest object the heap can hold. */
#define MAX_ALLOC (1ull << 48)

static void store_value(void *dst, const uint64_t *src, const RType *t)
{
	switch (t->kind) {
	case RK_BOOL: case RK_INT8: case RK_UINT8: {
		uint8_t v = (uint8_t)*src;
		memcpy(dst, &v, 1);
		return;
	}
	case RK_INT16: case RK_UINT16: {
		uint16_t v = (uint16_t)*src;
		memcpy(dst, &v, 2);
		return;
	}
	case RK_INT32: case RK_UINT32: {
		uint32_t v = (uint32_t)*src;
		memcpy(dst, &v, 4);
		return;
	}
	case RK_FLOAT32: {
		double d;
		memcpy(&d, src, 8);
		float f = (float)d;
		memcpy(dst, &f, 4);
		return;
	}
	default:
		memcpy(dst, src, t->size);
		return;
	}
}

static void *alloc_array(VM *vm, size_t bytes, const RType *et)
{
	if (bytes == 0)
		return &zerobase;
	return gc_alloc(&vm->heap, bytes, et->ptrmask ? et : NULL);
}

bool vm_makeslice(VM *vm, uint64_t *dst, int64_t len, int64_t cap,
		  const RType *et, char *msg, size_t n)
{
	uint64_t es = et->size;
	bool capbad = cap < 0 || (es && (uint64_t)cap > MAX_ALLOC / es);
	if (capbad || len < 0 || len > cap) {
		if (len < 0 || (es && (uint64_t)len > MAX_ALLOC / es))
			snprintf(msg, n, "runtime error: makeslice: len out of range");
		else
			snprintf(msg, n, "runtime error: makeslice: cap out of range");
		return false;
	}
	void *p = alloc_array(vm, (size_t)cap * es, et);
	if (!p) {
		msg[0] = '\0'; /* out of memory, not a panic */
		return false;
	}
	dst[0] = (uint64_t)p;
	dst[1] = (uint64_t)len;
	dst[2] = (uint64_t)cap;
	return true;
}

bool vm_reslice(uint64_t *dst, const uint64_t *src, const uint64_t *idx,
		unsigned x, char *msg, size_t n)
{
	uint64_t ptr = src[0], cap = src[2];
	uint64_t lo = idx[0], hi = idx[1], max = idx[2], es = idx[3];
	bool sg = x & SLX_SIGNED, arr = x & SLX_ARRAY;
	if (x & SLX_THREE) {
		if (max > cap) {
			vm_bounds_msg(msg, n, arr ? BOUNDS_SLICE3_ALEN : BOUNDS_SLICE3_ACAP,
				      (int64_t)max, sg, (int64_t)cap);
			return false;
		}
		if (hi > max) {
			vm_bounds_msg(msg, n, BOUNDS_SLICE3_B, (int64_t)hi, sg, (int64_t)max);
			return false;
		}
		if (lo > hi) {
			vm_bounds_msg(msg, n, BOUNDS_SLICE3_C, (int64_t)lo, sg, (int64_t)hi);
			return false;
		}
	} else {
		max = cap;
		if (hi > cap) {
			vm_bounds_msg(msg, n, arr ? BOUNDS_SLICE_ALEN : BOUNDS_SLICE_ACAP,
				      (int64_t)hi, sg, (int64_t)cap);
			return false;
		}
		if (lo > hi) {
			vm_bounds_msg(msg, n, BOUNDS_SLICE_B, (int64_t)lo, sg, (int64_t)hi);
			return false;
		}
	}
	/* A result of capacity 0 keeps the base pointer, as Go's does, so
	 * it never points past the end of the backing array. */
	dst[0] = max - lo ? ptr + lo * es : ptr;
	dst[1] = hi - lo;
	dst[2] = max - lo;
	return true;
}

/* Go 1.19's growslice: s gets a new backing array of at least `need`
 * elements holding its old ones. */
static bool grow(VM *vm, uint64_t *s, uint64_t need, const RType *et)
{
	uint64_t es = et->size, oldcap = s[2];
	if (es == 0) {
		s[0] = (uint64_t)&zerobase;
		s[2] = need;
		return true;
	}
	uint64_t newcap = oldcap, doublecap = oldcap * 2;
	if (need > doublecap) {
		newcap = need;
	} else if (oldcap < 256) {
		newcap = doublecap;
	} else {
		while (newcap > 0 && newcap < need)
			newcap += (newcap + 3 * 256) / 4;
		if (newcap == 0)
			newcap = need;
	}
	size_t mem = gc_roundupsize((size_t)(newcap * es));
	newcap = mem / es;
	void *p = alloc_array(vm, mem, et);
	if (!p)
		return false;
	if (s[1])
		memcpy(p, (const void *)s[0], (size_t)(s[1] * es));
	s[0] = (uint64_t)p;
	s[2] = newcap;
	return true;
}

bool vm_append_values(VM *vm, uint64_t *s, const uint64_t *vals, unsigned n,
		      const RType *et)
{
	uint64_t len = s[1];
	if (len + n > s[2] && !grow(vm, s, len + n, et))
		return false;
	size_t w = (et->size + 7) / 8;
	for (unsigned j = 0; j < n; j++)
		store_value((char *)s[0] + (len + j) * et->size, vals + j * w, et);
	s[1] = len + n;
	return true;
}

bool vm_append_slice(VM *vm, uint64_t *s, const void *src, uint64_t n,
		     const RType *et)
{
	uint64_t len = s[1];
	if (n == 0)
		return true;
	if (len + n > s[2] && !grow(vm, s, len + n, et))
		return false;
	memmove((char *)s[0] + len * et->size, src, (size_t)(n * et->size));
	s[1] = len + n;
	return true;
}

/* []byte(s) and []rune(s) get the capacity of their size class, as
 * Go's rawbyteslice and rawruneslice give a heap result.  Of a constant
 * string (exact) the capacity is the length: Go allocates a [len]byte
 * (walkStringToBytes), and turns []rune("...") into a composite literal. */
bool vm_str2bytes(VM *vm, uint64_t *dst, const uint64_t *s, bool exact)
{
	uint64_t n = s[1];
	size_t cap = !n ? 0 : exact ? (size_t)n : gc_roundupsize((size_t)n);
	void *p = cap ? gc_alloc(&vm->heap, cap, NULL) : (void *)&zerobase;
	if (!p)
		return false;
	if (n)
		memcpy(p, (const void *)s[0], (size_t)n);
	dst[0] = (uint64_t)p;
	dst[1] = n;
	dst[2] = cap;
	return true;
}

bool vm_bytes2str(VM *vm, uint64_t *dst, const uint64_t *b)
{
	uint64_t n = b[1];
	char *p = NULL;
	if (n) {
		p = gc_alloc(&vm->heap, (size_t)n, NULL);
		if (!p)
			return false;
		memcpy(p, (const void *)b[0], (size_t)n);
	}
	dst[0] = (uint64_t)p;
	dst[1] = n;
	return true;
}

bool vm_str2runes(VM *vm, uint64_t *dst, const uint64_t *s, bool exact)
{
	const char *p = (const char *)s[0];
	size_t n = (size_t)s[1], count = n ? utf8_rune_count(p, n) : 0;
	size_t cap = !count ? 0 : exact ? count : gc_roundupsize(count * 4) / 4;
	int32_t *r = cap ? gc_alloc(&vm->heap, cap * 4, NULL) : (int32_t *)(void *)&zerobase;
	if (!r)
		return false;
	size_t at = 0, j = 0;
	while (at < n) {
		int32_t c;
		int w = (uint8_t)p[at] < 0x80 ? (c = (uint8_t)p[at], 1)
					      : utf8_decode(p + at, n - at, &c);
		r[j++] = c;
		at += (size_t)w;
	}
	dst[0] = (uint64_t)r;
	dst[1] = count;
	dst[2] = cap;
	return true;
}

bool vm_runes2str(VM *vm, uint64_t *dst, const uint64_t *rs)
{
	const int32_t *r = (const int32_t *)rs[0];
	size_t n = (size_t)rs[1], bytes = 0;
	char tmp[4];
	for (size_t j = 0; j < n; j++)
		bytes += (size_t)utf8_encode(tmp, r[j]);
	char *p = bytes ? gc_alloc(&vm->heap, bytes, NULL) : NULL;
	if (bytes && !p)
		return false;
	size_t at = 0;
	for (size_t j = 0; j < n; j++)
		at += (size_t)utf8_encode(p + at, r[j]);
	dst[0] = (uint64_t)p;
	dst[1] = bytes;
	return true;
}

/* Go's == on two values of type t in memory (rt_equal_ex, equal.c):
 * 1 or 0; or -1 with Go's panic text in msg when the comparison reaches
 * two interfaces holding the same uncomparable dynamic type. */
int vm_equal(const RType *t, const void *x, const void *y, char *msg, size_t n)
{
	const RType *bad = NULL;
	int r = rt_equal_ex(t, x, y, &bad);
	if (r == RT_UNCOMPARABLE)
		snprintf(msg, n, "runtime error: comparing uncomparable type %s",
			 bad && bad->name ? bad->name : "?");
	return r;
}

/* ---- maps ---- */

/* What a read of an absent key points at (Go's zeroVal). */
static const uint64_t map_zero[8192];

/* The key operand at slots k in memory layout: slots hold memory images,
 * except a float32 (a double in its slot). */
static const void *map_key(const RType *mt, const uint64_t *k, uint64_t *tmp)
{
	if (mt->key->kind == RK_FLOAT32) {
		double d;
		memcpy(&d, k, 8);
		float f = (float)d;
		tmp[0] = 0;
		memcpy(tmp, &f, 4);
		return tmp;
	}
	return k;
}

static bool map_fail(const MapStatus *st, char *msg, size_t n)
{
	if (st->err == MAP_ERR_NOMEM)
		msg[0] = '\0';
	else
		map_status_message(st, msg, n);
	return false;
}

bool vm_makemap(VM *vm, uint64_t *dst, int64_t hint, const RType *mt, char *msg, size_t n)
{
	MapStatus st = {MAP_OK, NULL};
	GoMap *m = map_new(&vm->heap, mt, hint, &vm->rng, &st);
	if (!m)
		return map_fail(&st, msg, n);
	dst[0] = (uint64_t)m;
	return true;
}

bool vm_mapget(uint64_t *dst, const uint64_t *mk, const RType *mt, bool two, char *msg, size_t n)
{
	MapStatus st = {MAP_OK, NULL};
	uint64_t tmp[1];
	void *p = map_access(mt, (GoMap *)mk[0], map_key(mt, mk + 1, tmp), &st);
	if (!p && st.err != MAP_OK)
		return map_fail(&st, msg, n);
	if (!p && mt->elem->size > sizeof map_zero) {
		snprintf(msg, n, "map value too large");
		return false;
	}
	dst[0] = (uint64_t)(p ? p : (void *)map_zero);
	if (two)
		dst[1] = p != NULL;
	return true;
}

bool vm_mapset(uint64_t *dst, const uint64_t *mk, const RType *mt, char *msg, size_t n)
{
	MapStatus st = {MAP_OK, NULL};
	uint64_t tmp[1];
	void *p = map_assign(mt, (GoMap *)mk[0], map_key(mt, mk + 1, tmp), &st);
	if (!p)
		return map_fail(&st, msg, n);
	dst[0] = (uint64_t)p;
	return true;
}

bool vm_mapdel(const uint64_t *mk, const RType *mt, char *msg, size_t n)
{
	MapStatus st = {MAP_OK, NULL};
	uint64_t tmp[1];
	map_delete(mt, (GoMap *)mk[0], map_key(mt, mk + 1, tmp), &st);
	if (st.err != MAP_OK)
		return map_fail(&st, msg, n);
	return true;
}

/* A heap MapIter: its first MAPITER_PTR_WORDS words are pointers. */
static const uint8_t iter_mask[] = {(1u << MAPITER_PTR_WORDS) - 1, 0};
static const RType iter_type = {
	.kind = RK_STRUCT, .size = sizeof(MapIter), .align = 8,
	.name = "runtime.hiter", .ptrmask = iter_mask,
};

bool vm_mapiter(VM *vm, uint64_t *dst, GoMap *m)
{
	MapIter *it = gc_alloc(&vm->heap, sizeof *it, &iter_type);
	if (!it)
		return false;
	map_iter_init(it, m, &vm->rng);
	dst[0] = (uint64_t)it;
	return true;
}

void vm_mapnext(uint64_t *dst, MapIter *it)
{
	void *k, *v;
	if (map_iter_next(it, &k, &v)) {
		dst[0] = (uint64_t)k;
		dst[1] = (uint64_t)v;
	} else {
		dst[0] = dst[1] = 0;
	}
}

typedef struct RangeCtx {
	VMMapVisit visit;
	void *vctx;
} RangeCtx;

static bool range_one(void *ctx, const void *key, const void *val)
{
	RangeCtx *r = ctx;
	r->visit(r->vctx, key, val);
	return true;
}

void vm_map_range(const RType *maptype, const void *m, VMMapVisit visit, void *vctx)
{
	(void)maptype;
	RangeCtx r = {visit, vctx};
	if (m)
		map_visit((const GoMap *)m, range_one, &r);
}
