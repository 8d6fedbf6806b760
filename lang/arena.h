/* arena.h: bump allocation for compiler data that lives as long as a
 * compilation (AST nodes, types, objects, interned names).  Freed all at once.
 */
#ifndef GVM_ARENA_H
#define GVM_ARENA_H

#include <stddef.h>

#include "mem.h"

typedef struct ArenaChunk ArenaChunk;

typedef struct Arena {
	Mem *mem;    /* where chunks come from: the compilation's (cmem.h) */
	ArenaChunk *chunks;
	char *next;  /* free space in the current chunk */
	char *limit;
} Arena;

void arena_init(Arena *a, Mem *mem);
void arena_free(Arena *a);
/* Zeroed memory aligned to 16 bytes.  Never NULL with a compilation's
 * Mem, which jumps out of the compilation when memory runs out; NULL
 * then with any other Mem (tools and tests). */
void *arena_alloc(Arena *a, size_t size);
/* A NUL-terminated copy of s[0:len]. */
char *arena_strndup(Arena *a, const char *s, size_t len);

/* A growable array of pointers living in an arena (AST lists, scopes). */
typedef struct PtrVec {
	void **items;
	int len, cap;
} PtrVec;

void ptrvec_push(Arena *a, PtrVec *v, void *item);

#endif
