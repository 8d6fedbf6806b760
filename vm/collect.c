/* collect.c: when the VM collects, and what its roots are.
 *
 * A collection runs only between instructions, at a safepoint, so every
 * frame is described exactly by its stack map and no C code holds a heap
 * pointer the collector cannot see: the allocator never collects by
 * itself.  When an allocation reaches the heap goal (Heap.want_gc), the
 * instruction that allocated zeroes the interpreter's budget, so the next
 * call or backward jump reaches vm_safepoint, which runs the cycle.  The
 * memory a program allocates between two safepoints is bounded by what
 * the instructions of one straight run can allocate.
 *
 * The roots:
 *  - package variables, by their pointer bitmaps (GlobalBlock);
 *  - every frame of every goroutine, by the stack map of the pc it will
 *    resume at (stackmap.c), up to the frame record of the frame above;
 *  - the defer records (a func value's closure, and the argument words,
 *    scanned conservatively: a word that is no heap pointer is ignored)
 *    and the panics in progress (the value, the text its Error method
 *    returned).
 *
 * The stress mode (GVM_STRESS=gc, `meson test --setup stress_gc`) runs a
 * full collection at every safepoint where something was allocated since
 * the last one, with the heap's verifier on: a precise root or a scanned
 * object pointing at a free slot is Go's "found pointer to free object"
 * fatal error, and freed slots are poisoned.
 */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

#include "vmint.h"

static void scan_frame(VM *vm, Heap *h, const Func *fn, const Instr *pc,
		       const uint64_t *base, size_t limit)
{
	size_t n = (size_t)fn->nslots < limit ? (size_t)fn->nslots : limit;
	uint32_t words;
	const uint64_t *map = vm_stackmap(vm, fn, pc, &words);
	if (!map) {
		if (words == UINT32_MAX)
			gc_root_range(h, base, n); /* no map: every word */
		return;
	}
	for (uint32_t w = 0; w < words; w++)
		for (uint64_t bits = map[w]; bits; bits &= bits - 1) {
			size_t s = (size_t)w * 64 + (size_t)__builtin_ctzll(bits);
			if (s < n)
				gc_root_ptr(h, (const void *)base[s]);
		}
}

static void scan_g(VM *vm, Heap *h, const G *g)
{
	if (!g || !g->stack)
		return;
	const Func *fn = g->fn;
	const Instr *pc = g->pc;
	const uint64_t *base = g->stack + g->base;
	size_t limit = fn ? (size_t)fn->nslots : 0;
	while (fn) {
		scan_frame(vm, h, fn, pc, base, limit);
		const uint64_t *rec = base - FRAME_WORDS;
		pc = (const Instr *)rec[0];
		fn = (const Func *)rec[2];
		const uint64_t *cbase = (const uint64_t *)rec[1];
		limit = (size_t)(rec - cbase);
		base = cbase;
	}
	for (size_t i = 0; i < g->ndefers; i++)
		gc_root_ptr(h, g->defers[i].clo);
	gc_root_range(h, g->dwords, g->ndwords);
	for (const Panic *p = g->panic; p; p = p->link) {
		gc_root_ptr(h, (const void *)p->data);
		gc_root_ptr(h, p->text);
	}
}

static void roots(Heap *h, void *ud)
{
	VM *vm = ud;
	for (const GlobalBlock *b = vm->globals; b; b = b->next)
		gc_root_words(h, b->data, b->words, b->ptrmask);
	scan_g(vm, h, vm->main_g);
}

static void trace(VM *vm)
{
	char line[256];
	int n = gc_trace_line(&vm->heap, line, sizeof line);
	if (n > 0)
		vm->write(vm->write_ud, 2, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
}

/* After a cycle: the verifier's verdict. */
static bool verified(VM *vm)
{
	if (!vm->heap.bad_pointers)
		return true;
	vm_fatal(vm, vm->g, "found pointer to free object");
	return false;
}

bool vm_gc(VM *vm, bool forced)
{
	if (forced)
		gc_collect(&vm->heap, roots, vm);
	else
		gc_cycle(&vm->heap, roots, vm);
	vm->gc_mallocs = vm->heap.stats.mallocs;
	if (vm->gctrace)
		trace(vm);
	return verified(vm);
}

VMStatus vm_safepoint(VM *vm)
{
	vm->budget = VM_BUDGET;
	if (vm->stress_gc) {
		vm->budget = 0; /* every call and backward jump */
		GcStats st = gc_read_stats(&vm->heap);
		if (st.mallocs != vm->gc_mallocs && !vm_gc(vm, true))
			return VM_PANIC;
	} else if (vm->heap.want_gc && !vm_gc(vm, false)) {
		return VM_PANIC;
	}
	if (vm->interrupt) {
		vm->interrupt = false;
		return VM_STOP;
	}
	return VM_OK;
}

/* GOGC and GODEBUG=gctrace=1, as Go reads them at start-up. */
void vm_gc_config(VM *vm)
{
	const char *gogc = getenv("GOGC");
	if (gogc && strcmp(gogc, "off") == 0)
		gc_set_percent(&vm->heap, -1);
	else if (gogc && *gogc)
		gc_set_percent(&vm->heap, atoi(gogc));
	const char *dbg = getenv("GODEBUG");
	vm->gctrace = dbg && strstr(dbg, "gctrace=1");
	const char *stress = getenv("GVM_STRESS");
	vm->stress_gc = stress && strstr(stress, "gc");
	vm->heap.verify = vm->stress_gc;
	if (vm->stress_gc)
		vm->budget = 0;
}
