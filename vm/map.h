/* map.h: Go maps.
 *
 * A Go map value is one pointer word: a GoMap* (NULL is the nil map).  The
 * header and its storage live on the GC heap.  Keys and values are in Go's
 * memory layout, key->size and elem->size bytes of the map type's key and
 * elem RTypes; the functions take and return pointers to them.
 *
 * Pointers into the map (map_access's and map_assign's results, the key
 * and value an iterator yields) stay valid until the next map_assign,
 * map_delete or map_clear on the same map: copy out or write through them
 * before then.  (`m[k] op= v` is map_assign once, then a read-modify-write
 * through the slot.)
 *
 * Errors come back in a MapStatus, never as a longjmp; the caller turns
 * them into Go's panics (map_status_message has the texts).  A NULL
 * MapStatus* is allowed where the caller does not care why.
 *
 *   make(map[K]V, n)      map_new(heap, maptype, n, &rng, &st)
 *   v := m[k]             p = map_access(mt, m, &k, &st); p ? *p : zero
 *   v, ok := m[k]         the same, ok = p != NULL
 *   m[k] = v              p = map_assign(mt, m, &k, &st); *p = v
 *   delete(m, k)          map_delete(mt, m, &k, &st)
 *   len(m), clear(m)      map_len(m), map_clear(m)
 *   for k, v := range m   map_iter_init(&it, m, &rng);
 *                         while (map_iter_next(&it, &kp, &vp)) ...
 *   literal {k: v, ...}   map_new with n = the number of entries, then
 *                         one map_assign per entry
 *
 * The generic functions take the map type because Go checks the key even
 * when the map is nil: `m[k]` on a nil map[any]int with k holding a []int
 * panics.  Keys that are one 8-byte word of memory (ints, uints, pointers,
 * channels) and strings have fast entry points taking the key by value;
 * map_key_kind tells the compiler statically which one a map type uses.
 */
#ifndef GVM_MAP_H
#define GVM_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "heap.h"
#include "rtype.h"

typedef struct GoMap GoMap;

typedef enum MapErr {
	MAP_OK,
	MAP_ERR_NOMEM,      /* fatal error: runtime: out of memory */
	MAP_ERR_NIL,        /* panic: assignment to entry in nil map */
	MAP_ERR_UNHASHABLE, /* panic: runtime error: hash of unhashable type T */
} MapErr;

typedef struct MapStatus {
	MapErr err;
	const RType *bad;   /* MAP_ERR_UNHASHABLE: the dynamic type T */
} MapStatus;

/* Go's text for st ("assignment to entry in nil map", "runtime error:
 * hash of unhashable type []int", "runtime: out of memory"), without the
 * "panic: " / "fatal error: " prefix. */
void map_status_message(const MapStatus *st, char *buf, size_t n);

/* How a key type is hashed and compared; the fast entry points below
 * serve MAPKEY_WORD and MAPKEY_STRING maps only. */
typedef enum MapKeyKind {
	MAPKEY_WORD,    /* 8 bytes compared as memory: int, uint64, *T, chan */
	MAPKEY_STRING,
	MAPKEY_MEMORY,  /* other sizes compared as memory: int32, [2]int, ... */
	MAPKEY_GENERIC, /* rt_hash / rt_equal: floats, interfaces, ... */
} MapKeyKind;

MapKeyKind map_key_kind(const RType *key);

/* A per-VM random source: splitmix-style state advanced by map_rand.
 * map_entropy gives a seed that differs between runs. */
uint64_t map_rand(uint64_t *state);
uint64_t map_entropy(void);

/* make(map[K]V, hint): a new empty map of map type mt (mt->key,
 * mt->elem), with room for hint entries without growing (hint < 0 or
 * absurdly large: 0, as Go does).  Its hash seed is drawn from *rng.
 * NULL with st->err = MAP_ERR_NOMEM when the heap is exhausted. */
GoMap *map_new(Heap *h, const RType *mt, int64_t hint, uint64_t *rng,
	       MapStatus *st);

/* The value stored under *key, or NULL when there is none (always NULL
 * for a nil map).  NULL with MAP_ERR_UNHASHABLE for an unhashable key. */
void *map_access(const RType *mt, GoMap *m, const void *key, MapStatus *st);
/* The value slot for *key, inserting a zeroed one (and storing the key)
 * when absent; write the value through it.  NULL on error: MAP_ERR_NIL,
 * MAP_ERR_UNHASHABLE, MAP_ERR_NOMEM (the map is then unchanged). */
void *map_assign(const RType *mt, GoMap *m, const void *key, MapStatus *st);
/* delete(m, *key): true when an entry was removed. */
bool map_delete(const RType *mt, GoMap *m, const void *key, MapStatus *st);

/* Fast entry points for MAPKEY_WORD and MAPKEY_STRING maps (m may be nil;
 * these keys can never be unhashable). */
void *map_access_word(GoMap *m, uint64_t key);
void *map_assign_word(GoMap *m, uint64_t key, MapStatus *st);
bool map_delete_word(GoMap *m, uint64_t key);
void *map_access_str(GoMap *m, const char *p, int64_t n);
void *map_assign_str(GoMap *m, const char *p, int64_t n, MapStatus *st);
bool map_delete_str(GoMap *m, const char *p, int64_t n);

/* len(m); 0 for a nil map. */
int64_t map_len(const GoMap *m);
/* clear(m): remove every entry, keeping the storage.  Nil: nothing. */
void map_clear(GoMap *m);

/* An iteration in progress (for range).  Its first MAPITER_PTR_WORDS
 * words are heap pointers (the map and the table the iteration walks), so
 * a compiler keeping one in frame slots marks those words as pointer
 * slots; the rest are scalars.  A MapIter needs no cleanup. */
typedef struct MapIter {
	GoMap *m;
	uint64_t *ctrl;     /* the table the iteration started on */
	uint8_t *slots;
	uint64_t ngroups;
	uint64_t start;     /* random first group */
	uint64_t offset;    /* random rotation within each group */
	uint64_t i;         /* slots visited so far */
	uint64_t clear_seq; /* the map's clear count at the start */
} MapIter;
enum { MAPITER_WORDS = sizeof(MapIter) / 8, MAPITER_PTR_WORDS = 3 };

/* Start ranging over m (nil: an empty iteration), in an order drawn from
 * *rng. */
void map_iter_init(MapIter *it, GoMap *m, uint64_t *rng);
/* The next entry: true with *key and *val pointing at its key and value
 * (see the validity rule above), false at the end.  Go's rules hold while
 * the loop changes the map: every entry present at the start and not yet
 * deleted is produced exactly once; an entry deleted before it is reached
 * is not produced; an entry added during the loop may or may not be. */
bool map_iter_next(MapIter *it, void **key, void **val);

/* Call fn on every entry in table order (fmt prints maps with sorted keys
 * and sorts by itself) until it returns false.  fn must not change m. */
typedef bool (*MapVisitFn)(void *ctx, const void *key, const void *val);
void map_visit(const GoMap *m, MapVisitFn fn, void *ctx);

#endif
