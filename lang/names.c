/* names.c: an open-addressing hash set of strings (FNV-1a, linear probing).
 * The strings live in the compilation's arena; the table itself is malloc'd
 * because it is resized as it fills. */
#include "names.h"

#include <stdlib.h>
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
	n->slots = calloc(n->cap, sizeof *n->slots);
	n->hashes = calloc(n->cap, sizeof *n->hashes);
	if (!n->slots || !n->hashes)
		abort();
}

void names_free(Names *n)
{
	free(n->slots);
	free(n->hashes);
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
	n->slots = calloc(n->cap, sizeof *n->slots);
	n->hashes = calloc(n->cap, sizeof *n->hashes);
	if (!n->slots || !n->hashes)
		abort();
	for (size_t i = 0; i < oldcap; i++) {
		if (!oldslots[i])
			continue;
		size_t j = oldhashes[i] & (n->cap - 1);
		while (n->slots[j])
			j = (j + 1) & (n->cap - 1);
		n->slots[j] = oldslots[i];
		n->hashes[j] = oldhashes[i];
	}
	free(oldslots);
	free(oldhashes);
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
