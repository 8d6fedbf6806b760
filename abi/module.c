/* module.c: memory owned by a compiled module.
 *
 * Everything codegen produces for a module (code, line tables, constants,
 * names, runtime type descriptors) is allocated here, on one list, and
 * released at once by module_free when the VM that loaded it is freed.
 * The blocks come from the module's Mem (the VM's; NULL: the C library).
 */
#include <string.h>

#include "bytecode.h"

struct ModuleBlock {
	struct ModuleBlock *next;
	uint64_t data[];
};

Module *module_new(Mem *mem)
{
	Module *m = mem_alloc(mem, sizeof *m);
	if (m)
		m->mem = mem;
	return m;
}

void *module_alloc(Module *m, size_t size)
{
	ModuleBlock *b = mem_alloc(m->mem, sizeof *b + size);
	if (!b)
		return NULL;
	b->next = m->blocks;
	m->blocks = b;
	return b->data;
}

char *module_strdup(Module *m, const char *s, size_t n)
{
	char *d = module_alloc(m, n + 1);
	if (d)
		memcpy(d, s, n);
	return d;
}

void module_free(Module *m)
{
	ModuleBlock *b = m->blocks;
	while (b) {
		ModuleBlock *next = b->next;
		mem_free(m->mem, b);
		b = next;
	}
	mem_free(m->mem, m);
}
