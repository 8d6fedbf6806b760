/* equal.h: hashing and equality of Go values, derived from their RType.
 *
 * These are the semantics of Go's `==` on comparable types and of map key
 * identity: floats compare as IEEE numbers (+0 == -0, NaN != NaN), strings
 * by content, arrays element by element, structs field by field (blank `_`
 * fields skipped, padding never read), interfaces by dynamic type and then
 * value.  An interface whose dynamic type is not comparable (a slice, map,
 * func, or a struct or array holding one) cannot be hashed or compared:
 * the caller panics with Go's message, naming that dynamic type.
 *
 * Values are in Go's memory layout (DESIGN.md, "Values are laid out as Go
 * lays them out").  The hash of equal values is equal for a given seed.
 */
#ifndef GVM_EQUAL_H
#define GVM_EQUAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "rtype.h"

/* rt_equal's results. */
enum { RT_NE = 0, RT_EQ = 1, RT_UNCOMPARABLE = -1 };

/* The dynamic type named by an interface value's first word.  Today that
 * word is the RType pointer; when non-empty interfaces get itabs, this is
 * the one place that maps an itab to its type.  NULL for a nil interface. */
static inline const RType *rt_iface_type(const RType *iface, const void *p)
{
	(void)iface;
	return *(const RType *const *)p;
}

/* The address of an interface value's dynamic value: the data word itself
 * when the dynamic type is pointer-shaped, else the box it points to. */
static inline const void *rt_iface_data(const RType *dyn, const void *p)
{
	const void *const *w = (const void *const *)p;
	return rtype_is_pointer_shaped(dyn) ? (const void *)(w + 1) : w[1];
}

/* Whether values of type t may be compared with == at run time (and so
 * hashed): false for slices, maps, funcs and aggregates holding one. */
bool rt_comparable(const RType *t);
/* Whether equality of t is equality of its bytes (ints, bools, pointers,
 * and arrays/structs of them without padding or blank fields). */
bool rt_is_memory(const RType *t);

/* Hash the value of type t at p into *h.  False when an interface in it
 * holds an unhashable dynamic type (Go: `runtime error: hash of unhashable
 * type []int`); rt_hash_ex also stores that type in *bad. */
bool rt_hash(const RType *t, const void *p, uint64_t seed, uint64_t *h);
bool rt_hash_ex(const RType *t, const void *p, uint64_t seed, uint64_t *h,
		const RType **bad);

/* a == b for values of type t: RT_EQ, RT_NE, or RT_UNCOMPARABLE when the
 * comparison reaches two interfaces holding the same uncomparable dynamic
 * type (Go: `runtime error: comparing uncomparable type []int`);
 * rt_equal_ex also stores that type in *bad.  As Go's compiled equality
 * does, the cheap parts (scalars, string lengths, interface types) are
 * compared first everywhere in the value, then string bytes and interface
 * values in field order, so [2]any{1, []int{}} == [2]any{2, []int{}} is
 * false, not a panic. */
int rt_equal(const RType *t, const void *a, const void *b);
int rt_equal_ex(const RType *t, const void *a, const void *b, const RType **bad);

/* The hash primitives (after wyhash's multiply-and-fold mixing): an
 * 8-byte word, and n bytes of memory.  map.c's fast paths use them. */
uint64_t rt_hash64(uint64_t x, uint64_t seed);
uint64_t rt_hash_bytes(const void *p, size_t n, uint64_t seed);

#endif
