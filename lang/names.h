/* names.h: interning of identifiers.
 *
 * Every identifier of a compilation is stored once, so later stages compare
 * names by pointer.  The parser interns the names it reads; the checker
 * interns the universe's names in the same table.
 */
#ifndef GVM_NAMES_H
#define GVM_NAMES_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef struct Names {
	Arena *arena;
	const char **slots; /* open addressing, NULL = empty */
	uint32_t *hashes;
	size_t cap, len;
} Names;

void names_init(Names *n, Arena *arena);
void names_free(Names *n);
/* The interned copy of s[0:len]. */
const char *names_intern(Names *n, const char *s, size_t len);
/* The interned copy of a NUL-terminated string. */
const char *names_get(Names *n, const char *s);

#endif
