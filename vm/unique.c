/* unique.c: unique.Make's canonical values.
 *
 * The VM keeps one table of canonical copies for every comparable type,
 * keyed by (type, hash of the value).  An entry holds the weak handle of
 * its copy (gc/special.c), never the copy itself, so the copy lives
 * exactly as long as some unique.Handle points at it: when the collector
 * finds it unreachable the handle reads nil, and the entry is dropped
 * after the cycle (vm_unique_sweep).  The handles themselves are roots
 * (the table is their only reference).  A copy clones the strings of the
 * value (strings in structs and arrays too, as Go's unique does), so
 * interning a substring does not keep its parent string alive.
 */
#include <string.h>

#include "equal.h"
#include "vmint.h"

struct UniqueEntry {
	const RType *t;
	uint64_t hash;
	uint64_t *handle;   /* NULL: empty slot */
};

static size_t slot_of(uint64_t hash, size_t cap)
{
	return (size_t)(hash >> 7) & (cap - 1);
}

static void put(UniqueEntry *tab, size_t cap, UniqueEntry e)
{
	size_t j = slot_of(e.hash, cap);
	while (tab[j].handle)
		j = (j + 1) & (cap - 1);
	tab[j] = e;
}

/* A table of cap slots with the live entries of the current one. */
static bool rebuild(VM *vm, size_t cap)
{
	UniqueEntry *t = mem_alloc(&vm->mem, cap * sizeof *t);
	if (!t)
		return false;
	size_t n = 0;
	for (size_t i = 0; i < vm->uniquecap; i++) {
		UniqueEntry e = vm->unique[i];
		if (e.handle && *e.handle) {
			put(t, cap, e);
			n++;
		}
	}
	mem_free(&vm->mem, vm->unique);
	vm->unique = t;
	vm->uniquecap = cap;
	vm->nunique = n;
	return true;
}

/* Clone the strings of the value of type t at p (in a fresh copy). */
static bool clone_strings(VM *vm, const RType *t, char *p)
{
	switch (t->kind) {
	case RK_STRING: {
		uint64_t *s = (uint64_t *)(void *)p;
		if (!s[1])
			return true;
		char *b = gc_alloc(&vm->heap, (size_t)s[1], NULL);
		if (!b)
			return false;
		memcpy(b, (const void *)s[0], (size_t)s[1]);
		s[0] = (uint64_t)b;
		return true;
	}
	case RK_STRUCT:
		for (uint32_t i = 0; i < t->nfields; i++)
			if (!clone_strings(vm, t->fields[i].type, p + t->fields[i].offset))
				return false;
		return true;
	case RK_ARRAY:
		for (uint32_t i = 0; i < t->len && t->elem->ptrmask; i++)
			if (!clone_strings(vm, t->elem, p + (size_t)i * t->elem->size))
				return false;
		return true;
	default:
		return true;
	}
}

bool vm_unique_intern(VM *vm, const RType *t, const void *value, void **canon)
{
	uint64_t h;
	if (!rt_hash(t, value, vm->unique_seed, &h))
		h = 0;
	for (size_t i = vm->uniquecap ? slot_of(h, vm->uniquecap) : 0;
	     vm->uniquecap && vm->unique[i].handle; i = (i + 1) & (vm->uniquecap - 1)) {
		UniqueEntry *e = &vm->unique[i];
		void *target = (void *)*e->handle;
		if (e->t == t && e->hash == h && target && rt_equal(t, target, value) == RT_EQ) {
			*canon = target;
			return true;
		}
	}
	if ((vm->nunique + 1) * 2 > vm->uniquecap &&
	    !rebuild(vm, vm->uniquecap ? vm->uniquecap * 2 : 64))
		return false;
	char *copy = gc_alloc(&vm->heap, t->size ? t->size : 1, t->ptrmask ? t : NULL);
	if (!copy)
		return false;
	memcpy(copy, value, t->size);
	bool oom;
	uint64_t *handle = clone_strings(vm, t, copy) ? gc_weak_handle(&vm->heap, copy, &oom) : NULL;
	if (!handle)
		return false;
	put(vm->unique, vm->uniquecap, (UniqueEntry){t, h, handle});
	vm->nunique++;
	*canon = copy;
	return true;
}

void vm_unique_roots(VM *vm, Heap *h)
{
	for (size_t i = 0; i < vm->uniquecap; i++)
		gc_root_ptr(h, vm->unique[i].handle);
}

void vm_unique_sweep(VM *vm)
{
	size_t dead = 0;
	for (size_t i = 0; i < vm->uniquecap; i++)
		dead += vm->unique[i].handle && !*vm->unique[i].handle;
	if (dead)
		rebuild(vm, vm->uniquecap); /* out of memory: they go next time */
}

void vm_unique_free(VM *vm)
{
	mem_free(&vm->mem, vm->unique);
	vm->unique = NULL;
	vm->nunique = vm->uniquecap = 0;
}
