/* heap.c: placeholder allocator.
 *
 * Each object is one block of the VM's Mem with a small header in front that links
 * it into the heap's list; gc_heap_free walks the list.  Nothing is ever
 * reclaimed before then: the collector replaces this file later, keeping
 * gc_alloc's signature.  The header is 16 bytes so objects stay 16-byte
 * aligned like malloc's own blocks.  Out of memory, gc_alloc returns NULL
 * and the caller reports Go's fatal error.
 */
#include "heap.h"

struct HeapObj {
	HeapObj *next;
	const RType *type;
};

void gc_heap_init(Heap *h, Mem *mem)
{
	h->mem = mem;
	h->objects = NULL;
	h->nalloc = 0;
	h->bytes = 0;
}

void gc_heap_free(Heap *h)
{
	HeapObj *o = h->objects;
	while (o) {
		HeapObj *next = o->next;
		mem_free(h->mem, o);
		o = next;
	}
	h->objects = NULL;
}

void *gc_alloc(Heap *h, size_t size, const RType *t)
{
	if (size > ((size_t)-1 >> 1)) {
		h->mem->failed = true;
		return NULL;
	}
	HeapObj *o = mem_alloc(h->mem, sizeof(HeapObj) + (size ? size : 1));
	if (!o)
		return NULL;
	o->type = t;
	o->next = h->objects;
	h->objects = o;
	h->nalloc++;
	h->bytes += size;
	return o + 1;
}
