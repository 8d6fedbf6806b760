/* mem.h: the one allocation funnel of a VM.
 *
 * Every allocation that lang/, vm/, gc/ and stdlib/ make for a VM goes
 * through that VM's Mem: one realloc-like function chosen by the host
 * (Lua's lua_Alloc, QuickJS's JSMallocFunctions), malloc/realloc/free by
 * default.  The function is called as fn(ud, ptr, size): size 0 frees ptr
 * (and returns NULL); otherwise it returns a block of `size` bytes holding
 * ptr's old contents (ptr NULL: a new block), or NULL when out of memory.
 *
 * A failed allocation never aborts: the mem_ functions return NULL, set
 * `failed`, and the caller reports Go's `fatal error: runtime: out of
 * memory` through the VM (exit status 2 in the command, an error status
 * for a host).
 *
 * A NULL Mem means the C library's allocator; only code outside a VM
 * (tests, tools) may use it, through a zeroed StrBuf for instance.
 */
#ifndef GVM_MEM_H
#define GVM_MEM_H

#include <stdbool.h>
#include <stddef.h>

typedef void *(*MemFn)(void *ud, void *ptr, size_t size);

typedef struct Mem {
	MemFn fn;
	void *ud;
	bool failed;     /* an allocation has failed */
	size_t allocs;   /* successful allocations so far */
} Mem;

/* A Mem over the C library's realloc and free. */
void mem_init_default(Mem *m);
/* A Mem over fn (NULL: the default) with its user data. */
void mem_init(Mem *m, MemFn fn, void *ud);
/* size zeroed bytes, or NULL (m->failed is then set). */
void *mem_alloc(Mem *m, size_t size);
/* Resize p (NULL: allocate); NULL on failure with p left untouched. */
void *mem_realloc(Mem *m, void *p, size_t size);
/* n * size zeroed bytes (NULL on overflow too). */
void *mem_calloc(Mem *m, size_t n, size_t size);
void mem_free(Mem *m, void *p);

#endif
