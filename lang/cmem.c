/* cmem.c: tracked, jumping allocation for one compilation (see cmem.h).
 *
 * Each tracked block has a two-pointer header linking it into the
 * compilation's list (16 bytes, so blocks keep malloc's alignment):
 *
 *     live ─▶ [prev|next|payload...] ◀─▶ [prev|next|payload...] ─▶ NULL
 *
 * A resize unlinks the block, resizes header and payload together, and
 * links the result; a failed resize relinks the old block before jumping,
 * so the list always names exactly the blocks the compiler owns.
 */
#include "cmem.h"

#include <stdint.h>

struct CMemBlock {
	CMemBlock *prev, *next;
};

_Static_assert(sizeof(CMemBlock) % 16 == 0, "blocks stay 16-byte aligned");

static void link_block(CompileMem *cm, CMemBlock *b)
{
	b->prev = NULL;
	b->next = cm->live;
	if (cm->live)
		cm->live->prev = b;
	cm->live = b;
}

static void unlink_block(CompileMem *cm, CMemBlock *b)
{
	if (b->prev)
		b->prev->next = b->next;
	else
		cm->live = b->next;
	if (b->next)
		b->next->prev = b->prev;
}

static void *tracked(void *ud, void *ptr, size_t size)
{
	CompileMem *cm = ud;
	CMemBlock *b = ptr ? (CMemBlock *)ptr - 1 : NULL;
	if (b)
		unlink_block(cm, b);
	if (size == 0) {
		mem_free(cm->base, b);
		return NULL;
	}
	CMemBlock *nb = size <= SIZE_MAX - sizeof *nb
			? mem_realloc(cm->base, b, sizeof *nb + size) : NULL;
	if (!nb) {
		if (b)
			link_block(cm, b);
		longjmp(*cm->jump, 1);
	}
	link_block(cm, nb);
	return nb + 1;
}

static void *keep(void *ud, void *ptr, size_t size)
{
	CompileMem *cm = ud;
	if (size == 0) {
		mem_free(cm->base, ptr);
		return NULL;
	}
	void *q = mem_realloc(cm->base, ptr, size);
	if (!q)
		longjmp(*cm->jump, 1);
	return q;
}

void cmem_init(CompileMem *cm, Mem *base, jmp_buf *jump)
{
	mem_init(&cm->mem, tracked, cm);
	mem_init(&cm->keep, keep, cm);
	cm->base = base;
	cm->live = NULL;
	cm->jump = jump;
}

void cmem_release(CompileMem *cm)
{
	while (cm->live) {
		CMemBlock *b = cm->live;
		cm->live = b->next;
		mem_free(cm->base, b);
	}
}

void cmem_fail(Mem *m)
{
	if (m && (m->fn == tracked || m->fn == keep))
		longjmp(*((CompileMem *)m->ud)->jump, 1);
}
