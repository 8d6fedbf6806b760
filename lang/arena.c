/* arena.c: a bump allocator.
 *
 * The compiler allocates many small objects (nodes, types, scopes) that all
 * die together when the compilation ends.  An arena hands them out from large
 * chunks with a pointer bump and frees the chunks in one pass, so no stage
 * has to track ownership of what it creates.  Chunks come from the
 * arena's Mem.
 */
#include "arena.h"

#include <stdint.h>
#include <string.h>

enum { CHUNK_SIZE = 64 * 1024, ALIGN = 16 };

struct ArenaChunk {
	ArenaChunk *prev;
	/* payload follows, aligned */
};

static size_t chunk_header(void)
{
	return (sizeof(ArenaChunk) + ALIGN - 1) & ~(size_t)(ALIGN - 1);
}

void arena_init(Arena *a, Mem *mem)
{
	a->mem = mem;
	a->chunks = NULL;
	a->next = a->limit = NULL;
}

void arena_free(Arena *a)
{
	ArenaChunk *c = a->chunks;
	while (c) {
		ArenaChunk *prev = c->prev;
		mem_free(a->mem, c);
		c = prev;
	}
	arena_init(a, a->mem);
}

static bool new_chunk(Arena *a, size_t need)
{
	size_t payload = need > CHUNK_SIZE ? need : CHUNK_SIZE;
	ArenaChunk *c = payload <= SIZE_MAX - chunk_header()
			? mem_realloc(a->mem, NULL, chunk_header() + payload) : NULL;
	if (!c)
		return false;
	c->prev = a->chunks;
	a->chunks = c;
	a->next = (char *)c + chunk_header();
	a->limit = a->next + payload;
	return true;
}

void *arena_alloc(Arena *a, size_t size)
{
	if (size > SIZE_MAX - ALIGN)
		return NULL;
	size = (size + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	if (size == 0)
		size = ALIGN;
	if ((!a->next || (size_t)(a->limit - a->next) < size) &&
	    !new_chunk(a, size))
		return NULL;
	void *p = a->next;
	a->next += size;
	memset(p, 0, size);
	return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len)
{
	char *p = arena_alloc(a, len + 1);
	if (!p)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

void ptrvec_push(Arena *a, PtrVec *v, void *item)
{
	if (v->len == v->cap) {
		int cap = v->cap ? v->cap * 2 : 4;
		void **items = arena_alloc(a, (size_t)cap * sizeof *items);
		if (!items)
			return;
		if (v->len)
			memcpy(items, v->items, (size_t)v->len * sizeof *items);
		v->items = items;
		v->cap = cap;
	}
	v->items[v->len++] = item;
}
