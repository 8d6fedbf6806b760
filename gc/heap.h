/* heap.h: the garbage-collected heap's allocation interface.
 *
 * For now a placeholder: every object is malloc'd and linked on a list the
 * heap owns, and everything is freed at once by gc_heap_free (vm_free).
 * The API has the shape the real collector will keep: callers pass the
 * object's runtime type (its pointer bitmap will drive marking; NULL means
 * the object holds no pointers, e.g. string bytes), and never free.
 */
#ifndef GVM_HEAP_H
#define GVM_HEAP_H

#include <stddef.h>
#include <stdint.h>

#include "rtype.h"

typedef struct HeapObj HeapObj;

typedef struct Heap {
	HeapObj *objects;    /* every live allocation */
	uint64_t nalloc;     /* objects allocated so far (MemStats.Mallocs) */
	uint64_t bytes;      /* bytes allocated so far (TotalAlloc) */
} Heap;

void gc_heap_init(Heap *h);
void gc_heap_free(Heap *h);
/* Zeroed memory for one object of `size` bytes, 8-byte aligned.  Aborts
 * with Go's "fatal error: runtime: out of memory" when malloc fails. */
void *gc_alloc(Heap *h, size_t size, const RType *t);

#endif
