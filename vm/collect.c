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
 *    returned);
 *  - the weak handles of unique's table (unique.c).
 *
 * After a cycle that queued cleanups or finalizers (gc/special.c), the
 * next safepoint runs them, one after the other, on the cleanup
 * goroutine.
 *
 * The environment, read once when the VM is made, as Go reads it at
 * start-up: GOGC (a percent or "off"; anything else is 100), GOMEMLIMIT
 * (bytes, with an optional B, KiB, MiB, GiB or TiB suffix, or "off"; a
 * malformed value is Go's fatal error when the program starts) and
 * GODEBUG=gctrace=1.
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

/* The bytes of g's stack that frames use. */
static uint64_t stack_in_use(const G *g)
{
	return g && g->stack && g->fn ? (uint64_t)(g->base + (size_t)g->fn->nslots) * 8 : 0;
}

static void roots(Heap *h, void *ud)
{
	VM *vm = ud;
	uint64_t globals = 0;
	for (const GlobalBlock *b = vm->globals; b; b = b->next) {
		gc_root_words(h, b->data, b->words, b->ptrmask);
		globals += (uint64_t)b->words * 8;
	}
	scan_g(vm, h, vm->main_g);
	scan_g(vm, h, vm->cleanup_g);
	vm_unique_roots(vm, h);
	gc_trace_roots(h, stack_in_use(vm->main_g), globals);
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
	vm_unique_sweep(vm);
	if (vm->gctrace)
		trace(vm);
	return verified(vm);
}

/* The argument words of a queued call: the interface itself for an
 * interface parameter, else the value inside it. */
static size_t call_words(const GcSpecial *s, uint64_t *w, size_t max)
{
	const RType *t = s->argtype;
	if (s->iface) {
		w[0] = (uint64_t)t;
		w[1] = s->argdata;
		return 2;
	}
	if (!t)
		return 0;
	if (rtype_is_pointer_shaped(t)) {
		w[0] = s->argdata;
		return 1;
	}
	size_t n = (t->size + 7) / 8;
	if (n > max)
		return 0;
	const void *box = (const void *)s->argdata;
	if (t->kind == RK_FLOAT32) {
		float f;
		memcpy(&f, box, 4);
		double d = f;
		memcpy(w, &d, 8);
	} else {
		memcpy(w, box, n * 8);
	}
	return n;
}

/* One queued cleanup or finalizer, called on the cleanup goroutine (its
 * own stack) to completion.  Go runs them on a goroutine of their own;
 * until goroutines exist the call runs here, at the safepoint, as a
 * nested run of the interpreter while the goroutine it interrupted waits
 * with its registers saved. */
static VMStatus run_call(VM *vm, const GcSpecial *s)
{
	const uint64_t *clo = s->fn;
	const Func *fn = clo ? (const Func *)clo[0] : NULL;
	if (!fn)
		return VM_OK;
	uint64_t w[64];
	size_t n = call_words(s, w, 64);
	if (!vm->cleanup_g && !(vm->cleanup_g = vm_g_new(vm, 2))) {
		vm_fatal(vm, vm->g, VM_OOM_MSG);
		return VM_PANIC;
	}
	G *g = vm->cleanup_g;
	if (!vm_g_start(vm, g, fn))
		return VM_PANIC;
	uint64_t *base = g->stack + g->base;
	memcpy(base, w, n * 8);
	if ((size_t)fn->nslots > n)
		base[n] = (uint64_t)clo; /* where CALLV puts a func value's closure */
	G *saved = vm->g;
	vm->g = g;
	VMStatus st;
	while ((st = vm_execute(vm)) == VM_STOP)
		;
	vm->g = saved;
	g->fn = NULL; /* finished: no frame to scan */
	return st;
}

static VMStatus run_ready(VM *vm)
{
	if (vm->in_cleanup)
		return VM_OK;
	vm->in_cleanup = true;
	GcSpecial s;
	VMStatus st = VM_OK;
	while (st == VM_OK && gc_next_ready(&vm->heap, &s))
		st = run_call(vm, &s);
	vm->in_cleanup = false;
	return st;
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
	if (vm->heap.want_run) {
		VMStatus st = run_ready(vm);
		if (st != VM_OK)
			return st;
	}
	if (vm->interrupt) {
		vm->interrupt = false;
		return VM_STOP;
	}
	return VM_OK;
}

/* A decimal integer with an optional '-' (Go's runtime atoi64). */
static bool parse_int64(const char *s, size_t n, int64_t *out)
{
	bool neg = n > 0 && s[0] == '-';
	size_t i = neg;
	if (i == n)
		return false;
	uint64_t un = 0;
	for (; i < n; i++) {
		if (s[i] < '0' || s[i] > '9' || un > (UINT64_MAX - 9) / 10)
			return false;
		un = un * 10 + (uint64_t)(s[i] - '0');
	}
	if (un > (uint64_t)INT64_MAX + neg)
		return false;
	*out = neg ? (int64_t)(0 - un) : (int64_t)un;
	return true;
}

/* GOGC: "off" is -1, a number that fits an int32 is itself, anything
 * else 100 (Go's readGOGC). */
static int read_gogc(const char *s)
{
	int64_t n;
	if (s && strcmp(s, "off") == 0)
		return -1;
	if (s && parse_int64(s, strlen(s), &n) && n >= INT32_MIN && n <= INT32_MAX)
		return (int)n;
	return 100;
}

/* A byte count: digits, then nothing, "B", or "KiB" … "TiB" (Go's
 * parseByteCount). */
static bool parse_byte_count(const char *s, int64_t *out)
{
	size_t n = strlen(s);
	int64_t v;
	if (n == 0)
		return false;
	if (s[n - 1] >= '0' && s[n - 1] <= '9')
		return parse_int64(s, n, out) && *out >= 0;
	if (s[n - 1] != 'B' || n < 2)
		return false;
	if (s[n - 2] >= '0' && s[n - 2] <= '9')
		return parse_int64(s, n - 1, out) && *out >= 0;
	if (s[n - 2] != 'i' || n < 4)
		return false;
	const char *units = "KMGT";
	const char *u = strchr(units, s[n - 3]);
	if (!u || !*u || !parse_int64(s, n - 3, &v) || v < 0)
		return false;
	int shift = 10 * (int)(u - units + 1);
	if ((uint64_t)v > (uint64_t)INT64_MAX >> shift)
		return false;
	*out = (int64_t)((uint64_t)v << shift);
	return true;
}

void vm_gc_config(VM *vm)
{
	gc_set_percent(&vm->heap, read_gogc(getenv("GOGC")));
	const char *limit = getenv("GOMEMLIMIT");
	int64_t bytes;
	if (limit && *limit && strcmp(limit, "off") != 0) {
		if (parse_byte_count(limit, &bytes))
			gc_set_memory_limit(&vm->heap, bytes);
		else
			vm->bad_gomemlimit = true;
	}
	const char *dbg = getenv("GODEBUG");
	vm->gctrace = dbg && strstr(dbg, "gctrace=1");
	const char *stress = getenv("GVM_STRESS");
	vm->stress_gc = stress && strstr(stress, "gc");
	vm->heap.verify = vm->stress_gc;
	if (vm->stress_gc)
		vm->budget = 0;
}

bool vm_gc_config_error(VM *vm)
{
	if (!vm->bad_gomemlimit)
		return false;
	const char *limit = getenv("GOMEMLIMIT");
	vm_write(vm, 2, "GOMEMLIMIT=", 11);
	vm_write(vm, 2, limit ? limit : "", limit ? strlen(limit) : 0);
	vm_write(vm, 2, "\n", 1);
	vm_fatal(vm, NULL, "malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`");
	return true;
}
