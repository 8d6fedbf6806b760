/* heap.c: placeholder allocator.
 *
 * Each object is one malloc block with a small header in front that links
 * it into the heap's list; gc_heap_free walks the list.  Nothing is ever
 * reclaimed before then: the collector replaces this file later, keeping
 * gc_alloc's signature.  The header is 16 bytes so objects stay 16-byte
 * aligned like malloc's own blocks.
 */
#include "heap.h"

#include <stdio.h>
#include <stdlib.h>

struct HeapObj {
	HeapObj *next;
	const RType *type;
};

void gc_heap_init(Heap *h)
{
	h->objects = NULL;
	h->nalloc = 0;
	h->bytes = 0;
}

void gc_heap_free(Heap *h)
{
	HeapObj *o = h->objects;
	while (o) {
		HeapObj *next = o->next;
		free(o);
		o = next;
	}
	h->objects = NULL;
}

void *gc_alloc(Heap *h, size_t size, const RType *t)
{
	HeapObj *o = calloc(1, sizeof(HeapObj) + (size ? size : 1));
	if (!o) {
		fputs("fatal error: runtime: out of memory\n", stderr);
		abort();
	}
	o->type = t;
	o->next = h->objects;
	h->objects = o;
	h->nalloc++;
	h->bytes += size;
	return o + 1;
}
