/* stack.c: goroutines and their stacks, which grow by copying.
 *
 * A stack starts at VM_INITIAL_STACK bytes and doubles whenever a call
 * needs more room than is left, as Go's copystack does.  Frames refer to
 * each other by word offsets (the frame record's caller base), never by
 * pointer, so moving the block needs no fix-up walk: the interpreter only
 * re-derives its cached base.  The one pointer into a stack that a slot
 * may hold (SLOT_STACKREF, a native's operand) lives only between an
 * IFACEREF and the NCALL after it, where the stack cannot move.
 *
 * In the stack-move stress build (-Dstress_stack=true) every call moves
 * the stack to a new block and fills the old one with a poison pattern
 * before freeing it, so a stale pointer into a stack shows at once.
 *
 * A stack that would pass VM_MAX_STACK bytes ends the program with Go's
 * stack overflow report instead; a stack the VM's Mem cannot provide ends
 * it with Go's out-of-memory fatal error.
 */
#include <string.h>

#include "vmint.h"

G *vm_g_new(VM *vm, int id)
{
	G *g = mem_alloc(&vm->mem, sizeof *g);
	if (!g)
		return NULL;
	g->stack = mem_alloc(&vm->mem, VM_INITIAL_STACK);
	if (!g->stack) {
		mem_free(&vm->mem, g);
		return NULL;
	}
	g->stack_end = g->stack + VM_INITIAL_STACK / 8;
	g->id = id;
	return g;
}

void vm_g_free(VM *vm, G *g)
{
	if (!g)
		return;
	mem_free(&vm->mem, g->stack);
	mem_free(&vm->mem, g);
}

bool vm_g_start(VM *vm, G *g, const Func *fn)
{
	uint64_t *base = g->stack + FRAME_WORDS;
	g->fn = NULL;
	g->base = FRAME_WORDS;
	if (!vm_grow_stack(vm, g, base, (size_t)fn->nslots))
		return false;
	base = g->stack + FRAME_WORDS;
	base[-3] = base[-2] = base[-1] = 0;
	memset(base, 0, (size_t)fn->nslots * 8);
	g->fn = fn;
	g->pc = fn->code;
	return true;
}

static void overflow(VM *vm, G *g)
{
	static const char head[] =
		"runtime: goroutine stack exceeds 1000000000-byte limit\n"
		"fatal error: stack overflow\n\n";
	vm_write(vm, 2, head, sizeof head - 1);
	StrBuf out = SB_INIT(&vm->mem);
	sb_printf(&out, "goroutine %d [running]:\n", g->id);
	if (g->fn)
		vm_traceback(vm, g, &out);
	if (!out.failed) /* else out of memory: no traceback */
		vm_write(vm, 2, out.data, out.len);
	sb_free(&out);
}

/* Copy g's stack to a new block of cap words. */
static bool move_to(VM *vm, G *g, size_t cap)
{
	size_t old = (size_t)(g->stack_end - g->stack);
	uint64_t *ns = cap <= (size_t)-1 / 8 ? mem_realloc(&vm->mem, NULL, cap * 8) : NULL;
	if (!ns) {
		vm_fatal(vm, g, VM_OOM_MSG);
		return false;
	}
	memcpy(ns, g->stack, (old < cap ? old : cap) * 8);
	if (cap > old)
		memset(ns + old, 0, (cap - old) * 8);
#if GVM_STRESS_STACK
	memset(g->stack, 0xA5, old * 8);
#endif
	mem_free(&vm->mem, g->stack);
	g->stack = ns;
	g->stack_end = ns + cap;
	return true;
}

bool vm_grow_stack(VM *vm, G *g, uint64_t *top, size_t need)
{
	size_t used = (size_t)(top - g->stack) + need;
	size_t cap = (size_t)(g->stack_end - g->stack);
	if (used <= cap && !GVM_STRESS_STACK)
		return true;
	while (cap < used)
		cap *= 2;
	if (cap * 8 > VM_MAX_STACK) {
		overflow(vm, g);
		return false;
	}
	return move_to(vm, g, cap);
}

bool vm_move_stack(VM *vm, G *g)
{
	return move_to(vm, g, (size_t)(g->stack_end - g->stack));
}
