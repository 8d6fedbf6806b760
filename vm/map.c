/* map.c: Go maps, as an open-addressing hash table with control bytes.
 *
 * The table.  A map's storage is a power-of-two number of groups of 8
 * slots, as in Go 1.24's Swiss tables and Abseil's flat_hash_map.  Each
 * slot has one control byte: EMPTY (0x80), DELETED (0xFE, a tombstone),
 * or, when full, the low 7 bits of its key's hash ("h2").  A group's 8
 * control bytes are one uint64 word, so a probe compares all 8 at once
 * with portable SWAR arithmetic: xor with h2 broadcast to every byte, then
 * the classic "has a zero byte" test finds the candidate slots, whose keys
 * are then compared (the test's rare false positives are always full
 * slots).  The hash's upper bits pick the first group; the probe sequence
 * goes on to groups g+1, g+3, g+6 ... (triangular numbers, which visit
 * every group of a power-of-two table) and stops at the first group that
 * holds an EMPTY slot: a key is never stored beyond a group that had room
 * when it was inserted.  A lookup that misses therefore usually reads one
 * control word and no key at all.
 *
 *   ctrl  [ h2 h2 80 h2 FE 80 80 80 ][ ... ]     one uint64 per group
 *   slots [ k v | k v | k v | ...   ][ ... ]     8 entries per group
 *
 * A delete sets the slot EMPTY when its group still has an EMPTY slot (no
 * probe sequence can have passed through that group), else DELETED.
 * growth_left counts the inserts into EMPTY slots left before the load
 * bound of 7/8 (tombstones count as used); when it reaches 0 the table is
 * rebuilt, at twice the size, or at the same size when more than half the
 * used slots are tombstones.
 *
 * Entries store key and value inline: key at offset 0, value at voff (the
 * key's size rounded up to the value's alignment), entry size esize
 * rounded up to the larger alignment.  Keys are hashed and compared by
 * their kind (map_key_kind): one 8-byte word of memory (ints, pointers,
 * channels) and strings have specialised inline paths and by-value entry
 * points (Go's mapaccess1_fast64 / _faststr); other pure-memory keys are
 * hashed as bytes and compared with memcmp; everything else (floats,
 * interfaces, structs with strings ...) goes through rt_hash / rt_equal
 * (equal.c).  Each map has its own random hash seed.
 *
 * Memory and the collector.  Everything is on the GC heap (gc_alloc).  The
 * header (GoMap) has four pointer words first, covered by header_type's
 * mask: ctrl, slots, ert and tmp.  ctrl is pointer-free (type NULL).
 * slots is typed by ert, a synthetic RType of one entry (a struct of key
 * and value, its ptrmask built from the key's and value's masks), or NULL
 * when neither holds pointers; the slots object is cap * esize bytes, so
 * the collector must scan an object larger than its type as an array of
 * that type (Go's mallocgc(n*size, elemtype) convention).  ert itself is a
 * pointer-free heap object (its pointers go to canonical RTypes, static
 * names and its own mask).  The table is allocated at the first insert, so
 * map_new makes one object and never holds an unrooted pointer; a rebuild
 * keeps its new ctrl block in the header's tmp word while it allocates the
 * slots (the caller roots the map itself).
 *
 * Iteration.  An iterator walks the table it started on, from a random
 * group and with a random rotation inside each group (drawn from the
 * caller's per-VM random state; together with the per-map seed, the order
 * differs between maps and between runs, as in Go).  Entries never move
 * within a table: a rebuild makes a new table and leaves the old one
 * untouched, kept alive by the iterators that point at it.  So:
 *   - while the map still uses the iterator's table, the iterator reads
 *     its live control bytes: a deleted entry is EMPTY/DELETED and is
 *     skipped, an added entry may land before or after the cursor (Go
 *     allows either), and every other entry is visited exactly once;
 *   - after a rebuild the iterator's table is frozen.  For each entry in
 *     it, the iterator looks the key up in the map's current table and
 *     produces the current key and value, or skips the entry when it has
 *     been deleted (Go 1.24's iterator does the same).  A key that is not
 *     equal to itself (a NaN in it) cannot be looked up, and can only
 *     leave the map through clear; it is produced from the frozen table;
 *   - clear bumps the map's clear_seq and an iterator that sees it changed
 *     stops: every entry present at its start has been deleted.
 */
#include "map.h"

#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "equal.h"

#define GROUP 8
#define LSB 0x0101010101010101ull
#define MSB 0x8080808080808080ull
#define CTRL_EMPTY 0x80
#define CTRL_DELETED 0xFE
#define EMPTY_WORD (LSB * CTRL_EMPTY)
/* Slots per group usable before a rebuild: the load bound 7/8. */
#define GROUP_LOAD 7
/* Larger hints are ignored, as Go ignores hints beyond its maxAlloc. */
#define MAX_HINT ((int64_t)1 << 40)

struct GoMap {
	/* The pointer words, first: see header_type. */
	uint64_t *ctrl;      /* ngroups control words; NULL: no table yet */
	uint8_t *slots;      /* ngroups * GROUP entries */
	RType *ert;          /* the entry type; NULL when pointer-free */
	void *tmp;           /* a rebuild's new ctrl while it allocates */
	int64_t count;
	uint64_t ngroups;
	int64_t growth_left; /* inserts into EMPTY slots left */
	int64_t hint;        /* make's size hint, for the first table */
	uint64_t seed;
	uint64_t clear_seq;
	Heap *heap;
	const RType *type;   /* the map type */
	uint32_t ksize, vsize, voff, esize, ealign;
	MapKeyKind kk;
	bool needs_ert;      /* key or value holds pointers */
};

_Static_assert(offsetof(GoMap, ctrl) == 0 && offsetof(GoMap, slots) == 8 &&
	       offsetof(GoMap, ert) == 16 && offsetof(GoMap, tmp) == 24,
	       "header_mask covers GoMap's first four words");
static const uint8_t header_mask[(sizeof(GoMap) / 8 + 7) / 8] = {0x0F};
static const RType header_type = {
	.kind = RK_STRUCT, .size = sizeof(GoMap), .align = 8,
	.name = "runtime.hmap", .ptrmask = header_mask,
};

typedef struct Str {
	const char *p;
	int64_t n;
} Str;

/* ---- random numbers ---- */

uint64_t map_rand(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

uint64_t map_entropy(void)
{
	uint64_t r = 0;
	if (getentropy(&r, sizeof r) == 0 && r)
		return r;
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	r = (uint64_t)ts.tv_sec * 1000000007ull ^ (uint64_t)ts.tv_nsec ^
	    (uint64_t)(uintptr_t)&ts ^ ((uint64_t)getpid() << 40);
	return map_rand(&r);
}

/* ---- control words ---- */

static inline uint64_t match_h2(uint64_t c, uint64_t h2)
{
	uint64_t x = c ^ (LSB * h2);
	return (x - LSB) & ~x & MSB;
}

static inline uint64_t match_empty(uint64_t c)
{
	return c & ~(c << 6) & MSB; /* 0x80 has bit 1 clear, 0xFE set */
}

static inline uint64_t match_full(uint64_t c)
{
	return ~c & MSB;
}

static inline uint64_t first_slot(uint64_t bits)
{
	return (uint64_t)__builtin_ctzll(bits) >> 3;
}

static inline uint8_t ctrl_get(const uint64_t *ctrl, uint64_t i)
{
	return (uint8_t)(ctrl[i / GROUP] >> (i % GROUP * 8));
}

static inline void ctrl_set(uint64_t *ctrl, uint64_t i, uint8_t v)
{
	uint64_t *w = &ctrl[i / GROUP];
	unsigned sh = (unsigned)(i % GROUP * 8);
	*w = (*w & ~(0xFFull << sh)) | ((uint64_t)v << sh);
}

/* ---- keys ---- */

static inline uint64_t load64(const void *p)
{
	uint64_t v;
	memcpy(&v, p, 8);
	return v;
}

MapKeyKind map_key_kind(const RType *key)
{
	if (key->kind == RK_STRING)
		return MAPKEY_STRING;
	if (rt_is_memory(key))
		return key->size == 8 ? MAPKEY_WORD : MAPKEY_MEMORY;
	return MAPKEY_GENERIC;
}

static inline bool hash_key(const GoMap *m, MapKeyKind kk, const void *key,
			    uint64_t *h, const RType **bad)
{
	switch (kk) {
	case MAPKEY_WORD:
		*h = rt_hash64(load64(key), m->seed);
		return true;
	case MAPKEY_STRING: {
		const Str *s = key;
		*h = rt_hash_bytes(s->p, (size_t)s->n, m->seed);
		return true;
	}
	case MAPKEY_MEMORY:
		*h = rt_hash_bytes(key, m->ksize, m->seed);
		return true;
	default:
		return rt_hash_ex(m->type->key, key, m->seed, h, bad);
	}
}

static inline bool key_eq(const GoMap *m, MapKeyKind kk, const void *slot,
			  const void *key)
{
	switch (kk) {
	case MAPKEY_WORD:
		return load64(slot) == load64(key);
	case MAPKEY_STRING: {
		const Str *a = slot, *b = key;
		return a->n == b->n &&
		       (a->p == b->p || memcmp(a->p, b->p, (size_t)a->n) == 0);
	}
	case MAPKEY_MEMORY:
		return memcmp(slot, key, m->ksize) == 0;
	default:
		return rt_equal(m->type->key, slot, key) == RT_EQ;
	}
}

/* ---- probing ---- */

/* The slot holding key (hash h) in m's table, or -1. */
static inline __attribute__((always_inline)) int64_t
find(const GoMap *m, MapKeyKind kk, const void *key, uint64_t h)
{
	uint64_t gmask = m->ngroups - 1, g = (h >> 7) & gmask, h2 = h & 0x7f;
	for (uint64_t step = 1;; step++) {
		uint64_t c = m->ctrl[g];
		for (uint64_t b = match_h2(c, h2); b; b &= b - 1) {
			uint64_t i = g * GROUP + first_slot(b);
			if (key_eq(m, kk, m->slots + i * m->esize, key))
				return (int64_t)i;
		}
		if (match_empty(c))
			return -1;
		g = (g + step) & gmask;
	}
}

/* The first EMPTY or DELETED slot on h's probe sequence.  One exists:
 * the load bound keeps an EMPTY slot in every table. */
static uint64_t free_slot(const uint64_t *ctrl, uint64_t ngroups, uint64_t h)
{
	uint64_t gmask = ngroups - 1, g = (h >> 7) & gmask;
	for (uint64_t step = 1;; step++) {
		uint64_t f = ctrl[g] & MSB;
		if (f)
			return g * GROUP + first_slot(f);
		g = (g + step) & gmask;
	}
}

/* ---- the table ---- */

/* The entry type: key and value words, with their pointer bits. */
static bool make_ert(GoMap *m)
{
	size_t words = m->esize / 8, maskbytes = (words + 7) / 8;
	RType *rt = gc_alloc(m->heap, sizeof(RType) + maskbytes, NULL);
	if (!rt)
		return false;
	uint8_t *mask = (uint8_t *)(rt + 1);
	const RType *part[2] = {m->type->key, m->type->elem};
	uint32_t at[2] = {0, m->voff / 8};
	for (int k = 0; k < 2; k++) {
		const uint8_t *pm = part[k]->ptrmask;
		for (uint32_t w = 0; pm && w < (part[k]->size + 7) / 8; w++)
			if (pm[w / 8] >> (w % 8) & 1)
				mask[(at[k] + w) / 8] |= (uint8_t)(1u << ((at[k] + w) % 8));
	}
	rt->kind = RK_STRUCT;
	rt->size = m->esize;
	rt->align = m->ealign;
	rt->name = "runtime.mapentry";
	rt->ptrmask = mask;
	m->ert = rt;
	return true;
}

/* Move every entry of m's table into a new table of ngroups groups.  The
 * old table is left as it was, for the iterators walking it.  False when
 * out of memory, with m unchanged. */
static bool rebuild(GoMap *m, uint64_t ngroups)
{
	uint64_t esize = m->esize ? m->esize : 1;
	if (ngroups > ((uint64_t)1 << 50) / (GROUP * esize))
		return false;
	if (m->needs_ert && !m->ert && !make_ert(m))
		return false;
	uint64_t *ctrl = gc_alloc(m->heap, ngroups * 8, NULL);
	if (!ctrl)
		return false;
	for (uint64_t g = 0; g < ngroups; g++)
		ctrl[g] = EMPTY_WORD;
	m->tmp = ctrl; /* rooted through m across the next allocation */
	uint8_t *slots = gc_alloc(m->heap, ngroups * GROUP * m->esize + 8, m->ert);
	m->tmp = NULL;
	if (!slots)
		return false;
	for (uint64_t g = 0; m->ctrl && g < m->ngroups; g++) {
		for (uint64_t b = match_full(m->ctrl[g]); b; b &= b - 1) {
			uint8_t *e = m->slots + (g * GROUP + first_slot(b)) * m->esize;
			uint64_t h = 0;
			hash_key(m, m->kk, e, &h, NULL); /* it was hashed before */
			uint64_t j = free_slot(ctrl, ngroups, h);
			ctrl_set(ctrl, j, (uint8_t)(h & 0x7f));
			memcpy(slots + j * m->esize, e, m->esize);
		}
	}
	m->ctrl = ctrl;
	m->slots = slots;
	m->ngroups = ngroups;
	m->growth_left = (int64_t)(ngroups * GROUP_LOAD) - m->count;
	return true;
}

static uint64_t groups_for(int64_t n)
{
	uint64_t g = 1;
	while (g * GROUP_LOAD < (uint64_t)n)
		g *= 2;
	return g;
}

/* Room for one more insert into an EMPTY slot. */
static bool grow(GoMap *m)
{
	if (!m->ctrl)
		return rebuild(m, groups_for(m->hint));
	if (m->count * 2 < (int64_t)(m->ngroups * GROUP_LOAD))
		return rebuild(m, m->ngroups); /* mostly tombstones */
	return rebuild(m, m->ngroups * 2);
}

/* ---- the operations, specialised by key kind ---- */

static inline void status_ok(MapStatus *st)
{
	if (st) {
		st->err = MAP_OK;
		st->bad = NULL;
	}
}

static void *fail(MapStatus *st, MapErr err)
{
	if (st)
		st->err = err;
	return NULL;
}

static bool unhashable(MapStatus *st, const RType *bad)
{
	if (st) {
		st->err = MAP_ERR_UNHASHABLE;
		st->bad = bad;
	}
	return false;
}

/* Go reports an unhashable key even when the map is nil or empty. */
static bool check_key(const RType *mt, const void *key, MapStatus *st)
{
	uint64_t h;
	const RType *bad = NULL;
	return rt_hash_ex(mt->key, key, 0, &h, &bad) || unhashable(st, bad);
}

static inline __attribute__((always_inline)) void *
lookup(GoMap *m, MapKeyKind kk, const void *key, MapStatus *st)
{
	uint64_t h;
	const RType *bad = NULL;
	if (!hash_key(m, kk, key, &h, &bad)) {
		unhashable(st, bad);
		return NULL;
	}
	int64_t i = find(m, kk, key, h);
	return i < 0 ? NULL : m->slots + (uint64_t)i * m->esize + m->voff;
}

static inline __attribute__((always_inline)) void *
assign(GoMap *m, MapKeyKind kk, const void *key, MapStatus *st)
{
	uint64_t h;
	const RType *bad = NULL;
	if (!hash_key(m, kk, key, &h, &bad)) {
		unhashable(st, bad);
		return NULL;
	}
	if (m->ctrl) {
		int64_t i = find(m, kk, key, h);
		if (i >= 0) {
			uint8_t *e = m->slots + (uint64_t)i * m->esize;
			/* Go stores the new key: +0 replaces -0, and the
			 * old string may be collected. */
			if (kk == MAPKEY_STRING || kk == MAPKEY_GENERIC)
				memcpy(e, key, m->ksize);
			return e + m->voff;
		}
	}
	uint64_t j = m->ctrl ? free_slot(m->ctrl, m->ngroups, h) : 0;
	if (!m->ctrl || (m->growth_left == 0 && ctrl_get(m->ctrl, j) == CTRL_EMPTY)) {
		if (!grow(m))
			return fail(st, MAP_ERR_NOMEM);
		j = free_slot(m->ctrl, m->ngroups, h);
	}
	if (ctrl_get(m->ctrl, j) == CTRL_EMPTY)
		m->growth_left--;
	ctrl_set(m->ctrl, j, (uint8_t)(h & 0x7f));
	uint8_t *e = m->slots + j * m->esize;
	memcpy(e, key, m->ksize); /* the value is zero: new or deleted slots are */
	m->count++;
	return e + m->voff;
}

static inline __attribute__((always_inline)) bool
erase(GoMap *m, MapKeyKind kk, const void *key, MapStatus *st)
{
	uint64_t h;
	const RType *bad = NULL;
	if (!hash_key(m, kk, key, &h, &bad))
		return unhashable(st, bad);
	int64_t i = find(m, kk, key, h);
	if (i < 0)
		return false;
	uint64_t s = (uint64_t)i;
	if (match_empty(m->ctrl[s / GROUP])) {
		ctrl_set(m->ctrl, s, CTRL_EMPTY);
		m->growth_left++;
	} else {
		ctrl_set(m->ctrl, s, CTRL_DELETED);
	}
	memset(m->slots + s * m->esize, 0, m->esize); /* let the GC go */
	m->count--;
	return true;
}

/* ---- the API ---- */

GoMap *map_new(Heap *h, const RType *mt, int64_t hint, uint64_t *rng,
	       MapStatus *st)
{
	status_ok(st);
	GoMap *m = gc_alloc(h, sizeof *m, &header_type);
	if (!m)
		return fail(st, MAP_ERR_NOMEM);
	const RType *k = mt->key, *v = mt->elem;
	uint32_t va = v->align ? v->align : 1, ka = k->align ? k->align : 1;
	m->heap = h;
	m->type = mt;
	m->hint = hint < 0 || hint > MAX_HINT ? 0 : hint;
	m->seed = map_rand(rng);
	m->ksize = k->size;
	m->vsize = v->size;
	m->voff = (k->size + va - 1) / va * va;
	m->ealign = ka > va ? ka : va;
	m->esize = (m->voff + v->size + m->ealign - 1) / m->ealign * m->ealign;
	m->kk = map_key_kind(k);
	m->needs_ert = k->ptrmask || v->ptrmask;
	return m;
}

void *map_access(const RType *mt, GoMap *m, const void *key, MapStatus *st)
{
	status_ok(st);
	if (!m || m->count == 0) {
		if (map_key_kind(mt->key) == MAPKEY_GENERIC)
			check_key(mt, key, st);
		return NULL;
	}
	switch (m->kk) {
	case MAPKEY_WORD: return lookup(m, MAPKEY_WORD, key, st);
	case MAPKEY_STRING: return lookup(m, MAPKEY_STRING, key, st);
	case MAPKEY_MEMORY: return lookup(m, MAPKEY_MEMORY, key, st);
	default: return lookup(m, MAPKEY_GENERIC, key, st);
	}
}

void *map_assign(const RType *mt, GoMap *m, const void *key, MapStatus *st)
{
	status_ok(st);
	if (!m) /* Go checks for nil before hashing */
		return fail(st, MAP_ERR_NIL);
	switch (m->kk) {
	case MAPKEY_WORD: return assign(m, MAPKEY_WORD, key, st);
	case MAPKEY_STRING: return assign(m, MAPKEY_STRING, key, st);
	case MAPKEY_MEMORY: return assign(m, MAPKEY_MEMORY, key, st);
	default: return assign(m, MAPKEY_GENERIC, key, st);
	}
}

bool map_delete(const RType *mt, GoMap *m, const void *key, MapStatus *st)
{
	status_ok(st);
	if (!m || m->count == 0) {
		if (map_key_kind(mt->key) == MAPKEY_GENERIC)
			check_key(mt, key, st);
		return false;
	}
	switch (m->kk) {
	case MAPKEY_WORD: return erase(m, MAPKEY_WORD, key, st);
	case MAPKEY_STRING: return erase(m, MAPKEY_STRING, key, st);
	case MAPKEY_MEMORY: return erase(m, MAPKEY_MEMORY, key, st);
	default: return erase(m, MAPKEY_GENERIC, key, st);
	}
}

void *map_access_word(GoMap *m, uint64_t key)
{
	if (!m || m->count == 0)
		return NULL;
	return lookup(m, MAPKEY_WORD, &key, NULL);
}

void *map_assign_word(GoMap *m, uint64_t key, MapStatus *st)
{
	status_ok(st);
	if (!m)
		return fail(st, MAP_ERR_NIL);
	return assign(m, MAPKEY_WORD, &key, st);
}

bool map_delete_word(GoMap *m, uint64_t key)
{
	if (!m || m->count == 0)
		return false;
	return erase(m, MAPKEY_WORD, &key, NULL);
}

void *map_access_str(GoMap *m, const char *p, int64_t n)
{
	if (!m || m->count == 0)
		return NULL;
	Str s = {p, n};
	return lookup(m, MAPKEY_STRING, &s, NULL);
}

void *map_assign_str(GoMap *m, const char *p, int64_t n, MapStatus *st)
{
	status_ok(st);
	if (!m)
		return fail(st, MAP_ERR_NIL);
	Str s = {p, n};
	return assign(m, MAPKEY_STRING, &s, st);
}

bool map_delete_str(GoMap *m, const char *p, int64_t n)
{
	if (!m || m->count == 0)
		return false;
	Str s = {p, n};
	return erase(m, MAPKEY_STRING, &s, NULL);
}

int64_t map_len(const GoMap *m)
{
	return m ? m->count : 0;
}

void map_clear(GoMap *m)
{
	if (!m || !m->ctrl)
		return;
	m->clear_seq++;
	for (uint64_t g = 0; g < m->ngroups; g++)
		m->ctrl[g] = EMPTY_WORD;
	memset(m->slots, 0, m->ngroups * GROUP * m->esize);
	m->count = 0;
	m->growth_left = (int64_t)(m->ngroups * GROUP_LOAD);
}

void map_status_message(const MapStatus *st, char *buf, size_t n)
{
	switch (st->err) {
	case MAP_OK: snprintf(buf, n, "ok"); break;
	case MAP_ERR_NOMEM: snprintf(buf, n, "runtime: out of memory"); break;
	case MAP_ERR_NIL: snprintf(buf, n, "assignment to entry in nil map"); break;
	case MAP_ERR_UNHASHABLE:
		snprintf(buf, n, "runtime error: hash of unhashable type %s",
			 st->bad && st->bad->name ? st->bad->name : "?");
		break;
	}
}

/* ---- iteration ---- */

void map_iter_init(MapIter *it, GoMap *m, uint64_t *rng)
{
	memset(it, 0, sizeof *it);
	it->m = m;
	if (!m || !m->ctrl || m->count == 0)
		return;
	uint64_t r = map_rand(rng);
	it->ctrl = m->ctrl;
	it->slots = m->slots;
	it->ngroups = m->ngroups;
	it->start = r & (m->ngroups - 1);
	it->offset = (r >> 32) & (GROUP - 1);
	it->clear_seq = m->clear_seq;
}

/* The entry the frozen slot e stands for now, or false when its key has
 * left the map.  See "Iteration" above. */
static bool current(GoMap *m, uint8_t *e, void **key, void **val)
{
	uint64_t h = 0;
	hash_key(m, m->kk, e, &h, NULL);
	int64_t i = m->count ? find(m, m->kk, e, h) : -1;
	if (i >= 0) {
		e = m->slots + (uint64_t)i * m->esize;
	} else if (m->kk != MAPKEY_GENERIC || rt_equal(m->type->key, e, e) == RT_EQ) {
		return false;
	}
	*key = e;
	*val = e + m->voff;
	return true;
}

bool map_iter_next(MapIter *it, void **key, void **val)
{
	GoMap *m = it->m;
	uint64_t total = it->ngroups * GROUP;
	if (it->i < total && m->clear_seq != it->clear_seq)
		it->i = total;
	while (it->i < total) {
		uint64_t i = it->i;
		uint64_t g = (it->start + i / GROUP) & (it->ngroups - 1);
		if (i % GROUP == 0 && !match_full(it->ctrl[g])) {
			it->i += GROUP;
			continue;
		}
		it->i++;
		uint64_t s = g * GROUP + ((i + it->offset) & (GROUP - 1));
		if (ctrl_get(it->ctrl, s) & 0x80)
			continue; /* EMPTY or DELETED */
		uint8_t *e = it->slots + s * m->esize;
		if (it->ctrl == m->ctrl) {
			*key = e;
			*val = e + m->voff;
			return true;
		}
		if (current(m, e, key, val))
			return true;
	}
	return false;
}

void map_visit(const GoMap *m, MapVisitFn fn, void *ctx)
{
	if (!m || !m->ctrl)
		return;
	for (uint64_t s = 0; s < m->ngroups * GROUP; s++) {
		if (ctrl_get(m->ctrl, s) & 0x80)
			continue;
		const uint8_t *e = m->slots + s * m->esize;
		if (!fn(ctx, e, e + m->voff))
			return;
	}
}
