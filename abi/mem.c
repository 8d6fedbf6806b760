/* mem.c: the allocation funnel (see mem.h). */
#include "mem.h"

#include <stdlib.h>
#include <string.h>

static void *libc_realloc(void *ud, void *ptr, size_t size)
{
	(void)ud;
	if (size == 0) {
		free(ptr);
		return NULL;
	}
	return realloc(ptr, size);
}

void mem_init_default(Mem *m)
{
	memset(m, 0, sizeof *m);
	m->fn = libc_realloc;
}

void *mem_realloc(Mem *m, void *p, size_t size)
{
	if (size == 0)
		size = 1;
	void *q = m->fn(m->ud, p, size);
	if (!q) {
		m->failed = true;
		return NULL;
	}
	if (!p)
		m->allocs++;
	return q;
}

void *mem_alloc(Mem *m, size_t size)
{
	void *p = mem_realloc(m, NULL, size);
	if (p)
		memset(p, 0, size ? size : 1);
	return p;
}

void mem_free(Mem *m, void *p)
{
	if (p)
		m->fn(m->ud, p, 0);
}
