/* names.c: an open-addressing hash set of strings (FNV-1a, linear probing).
 * The strings live in the compilation's arena; the table itself comes
 * from the arena's Mem because it is resized as it fills. */
#include "names.h"

#include <string.h>

static uint32_t hash(const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < len; i++) {
		h ^= (uint8_t)s[i];
		h *= 16777619u;
	}
	return h;
}

void names_init(Names *n, Arena *arena)
{
	n->arena = arena;
	n->cap = 256;
	n->len = 0;
	n->slots = mem_calloc(arena->mem, n->cap, sizeof *n->slots);
	n->hashes = mem_calloc(arena->mem, n->cap, sizeof *n->hashes);
}

void names_free(Names *n)
{
	mem_free(n->arena->mem, n->slots);
	mem_free(n->arena->mem, n->hashes);
	n->slots = NULL;
	n->hashes = NULL;
	n->cap = n->len = 0;
}

static void grow(Names *n)
{
	size_t oldcap = n->cap;
	const char **oldslots = n->slots;
	uint32_t *oldhashes = n->hashes;
	n->cap *= 2;
	n->slots = mem_calloc(n->arena->mem, n->cap, sizeof *n->slots);
	n->hashes = mem_calloc(n->arena->mem, n->cap, sizeof *n->hashes);
	for (size_t i = 0; i < oldcap; i++) {
		if (!oldslots[i])
			continue;
		size_t j = oldhashes[i] & (n->cap - 1);
		while (n->slots[j])
			j = (j + 1) & (n->cap - 1);
		n->slots[j] = oldslots[i];
		n->hashes[j] = oldhashes[i];
	}
	mem_free(n->arena->mem, oldslots);
	mem_free(n->arena->mem, oldhashes);
}

const char *names_intern(Names *n, const char *s, size_t len)
{
	uint32_t h = hash(s, len);
	size_t j = h & (n->cap - 1);
	while (n->slots[j]) {
		if (n->hashes[j] == h && strncmp(n->slots[j], s, len) == 0 &&
		    n->slots[j][len] == '\0')
			return n->slots[j];
		j = (j + 1) & (n->cap - 1);
	}
	const char *copy = arena_strndup(n->arena, s, len);
	n->slots[j] = copy;
	n->hashes[j] = h;
	if (++n->len * 2 > n->cap)
		grow(n);
	return copy;
}

const char *names_get(Names *n, const char *s)
{
	return names_intern(n, s, strlen(s));
}
