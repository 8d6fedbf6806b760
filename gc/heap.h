/* heap.h: the garbage-collected heap's allocation interface.
 *
 * For now a placeholder: every object is allocated from the VM's Mem and linked on a list the
 * heap owns, and everything is freed at once by gc_heap_free (vm_free).
 * The API has the shape the real collector will keep: callers pass the
 * object's runtime type (its pointer bitmap will drive marking; NULL means
 * the object holds no pointers, e.g. string bytes), and never free.
 */
#ifndef GVM_HEAP_H
#define GVM_HEAP_H

#include <stddef.h>
#include <stdint.h>

#include "mem.h"
#include "rtype.h"

typedef struct HeapObj HeapObj;

typedef struct Heap {
	Mem *mem;            /* the VM's allocator */
	HeapObj *objects;    /* every live allocation */
	uint64_t nalloc;     /* objects allocated so far (MemStats.Mallocs) */
	uint64_t bytes;      /* bytes allocated so far (TotalAlloc) */
} Heap;

void gc_heap_init(Heap *h, Mem *mem);
void gc_heap_free(Heap *h);
/* Zeroed memory for one object of `size` bytes, 8-byte aligned; NULL when
 * out of memory (the caller reports Go's "fatal error: runtime: out of
 * memory" and stops the program). */
void *gc_alloc(Heap *h, size_t size, const RType *t);

#endif
