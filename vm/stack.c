/* stack.c: goroutines and their stacks, which grow by copying.
 *
 * A stack starts at VM_INITIAL_STACK bytes and doubles whenever a call
 * needs more room than is left, as Go's copystack does.  Each frame record
 * holds its caller's base as a pointer (so a return is one load), and
 * after a move adjust_frames walks the chain of records from the current
 * frame out, moving each saved base by the distance the block moved; the
 * interpreter re-derives its cached base from g->base, an offset.  The one
 * pointer into a stack that a slot may hold (SLOT_STACKREF, a native's
 * operand) lives only between an IFACEREF and the NCALL after it, where
 * the stack cannot move.
 *
 * In the stack-move stress mode (GVM_STRESS=stack in the environment, the
 * `meson test --setup stress_stack` run) every call moves the stack to a
 * new block and fills the old one with a poison pattern before freeing
 * it, so a stale pointer into a stack shows at once (stacks up to
 * STRESS_MAX bytes; deeper ones move only when they grow).  It costs nothing
 * when off: the call's overflow check compares against g->limit, which
 * the stress mode sets to the stack's start so that every call fails it.
 *
 * A stack that would pass VM_MAX_STACK bytes ends the program with Go's
 * stack overflow report instead; a stack the VM's Mem cannot provide ends
 * it with Go's out-of-memory fatal error.
 */
#include <string.h>

#include "vmint.h"

/* The stress mode moves stacks up to this size at every call; deeper ones
 * only when they grow, or deep recursion would copy quadratically. */
enum { STRESS_MAX = 1 << 20 };

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
	g->stack_end = g->limit = g->stack + VM_INITIAL_STACK / 8;
	g->id = id;
	return g;
}

void vm_g_free(VM *vm, G *g)
{
	if (!g)
		return;
	vm_defer_free(vm, g);
	mem_free(&vm->mem, g->stack);
	mem_free(&vm->mem, g);
}

bool vm_g_start(VM *vm, G *g, const Func *fn)
{
	uint64_t *base = g->stack + FRAME_WORDS;
	vm_defer_reset(vm, g);
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

/* The stack moved from old to g->stack: fix the saved caller bases. */
static void adjust_frames(G *g, uintptr_t old)
{
	if (!g->fn)
		return;
	uintptr_t delta = (uintptr_t)g->stack - old;
	uint64_t *base = g->stack + g->base;
	while (base[-1]) { /* the record's caller Func: NULL at the outermost */
		base[-2] += delta;
		base = (uint64_t *)base[-2];
	}
}

/* Move g's stack to a block of cap words.  Normally realloc, which may
 * extend in place or remap without copying; the stress mode always copies
 * to a fresh block and poisons the old one. */
static bool move_to(VM *vm, G *g, size_t cap)
{
	size_t old = (size_t)(g->stack_end - g->stack);
	bool stress = vm->stress_stack && cap * 8 <= STRESS_MAX;
	uintptr_t was = (uintptr_t)g->stack;
	uint64_t *ns = cap > (size_t)-1 / 8 ? NULL
		     : stress ? mem_realloc(&vm->mem, NULL, cap * 8)
			      : mem_realloc(&vm->mem, g->stack, cap * 8);
	if (!ns) {
		vm_fatal(vm, g, VM_OOM_MSG);
		return false;
	}
	if (stress) {
		memcpy(ns, g->stack, (old < cap ? old : cap) * 8);
		memset(g->stack, 0xA5, old * 8);
		mem_free(&vm->mem, g->stack);
	}
	g->stack = ns;
	g->stack_end = ns + cap;
	g->limit = stress ? ns : g->stack_end;
	adjust_frames(g, was);
	return true;
}

bool vm_grow_stack(VM *vm, G *g, uint64_t *top, size_t need)
{
	size_t used = (size_t)(top - g->stack) + need;
	size_t cap = (size_t)(g->stack_end - g->stack);
	if (used <= cap && !(vm->stress_stack && cap * 8 <= STRESS_MAX))
		return true;
	while (cap < used)
		cap *= 2;
	if (cap * 8 > VM_MAX_STACK) {
		overflow(vm, g);
		return false;
	}
	return move_to(vm, g, cap);
}
