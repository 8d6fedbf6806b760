/* mem.c: the allocation funnel (see mem.h).
 *
 * The one place of lang/, vm/, gc/, stdlib/ and abi/ that calls the C
 * library's allocator: the default MemFn below, which a NULL Mem also
 * means (buffers of code outside any VM, such as the unit tests).
 */
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

void mem_init(Mem *m, MemFn fn, void *ud)
{
	mem_init_default(m);
	if (fn) {
		m->fn = fn;
		m->ud = ud;
	}
}

void *mem_realloc(Mem *m, void *p, size_t size)
{
	if (size == 0)
		size = 1;
	if (!m)
		return libc_realloc(NULL, p, size);
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

void *mem_calloc(Mem *m, size_t n, size_t size)
{
	if (size && n > (size_t)-1 / size) {
		if (m)
			m->failed = true;
		return NULL;
	}
	return mem_alloc(m, n * size);
}

void mem_free(Mem *m, void *p)
{
	if (!p)
		return;
	if (!m)
		libc_realloc(NULL, p, 0);
	else
		m->fn(m->ud, p, 0);
}
