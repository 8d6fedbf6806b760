/* module.c: memory owned by a compiled module.
 *
 * Everything codegen produces for a module (code, line tables, constants,
 * names, runtime type descriptors) is allocated here, on one list, and
 * released at once by module_free when the VM that loaded it is freed.
 */
#include <stdlib.h>
#include <string.h>

#include "bytecode.h"

struct ModuleBlock {
	struct ModuleBlock *next;
	uint64_t data[];
};

void *module_alloc(Module *m, size_t size)
{
	ModuleBlock *b = calloc(1, sizeof *b + size);
	if (!b)
		abort();
	b->next = m->blocks;
	m->blocks = b;
	return b->data;
}

char *module_strdup(Module *m, const char *s, size_t n)
{
	char *d = module_alloc(m, n + 1);
	memcpy(d, s, n);
	return d;
}

void module_free(Module *m)
{
	ModuleBlock *b = m->blocks;
	while (b) {
		ModuleBlock *next = b->next;
		free(b);
		b = next;
	}
	free(m);
}
