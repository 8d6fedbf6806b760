/* defer.c: deferred calls, panics and recover.
 *
 * A `defer f(args)` evaluates its arguments and pushes a record on its
 * goroutine's defer stack (G.defers, allocated through the VM's Mem; the
 * argument words go to G.dwords).  A record names its frame by word
 * offset, never by pointer, so a stack move needs no fix-up here.  The
 * records of all frames form one stack, innermost last: frames are LIFO,
 * so the innermost record belongs to the current frame or to a caller.
 *
 * A record calls a Func (DEFER), a native (DEFERN) or a func value
 * (DEFERV: the closure is kept, its Func read when the call runs, and a
 * nil one panics then, as in Go).  Running a deferred call never recurses
 * on the C stack; the interpreter makes it an ordinary bytecode call (a
 * native one is a leaf, called in place):
 *
 *  - on return: a RET whose frame has records pops the innermost one and
 *    calls it just above its frame, with the RET itself as the return
 *    address.  When the deferred call returns, the RET runs again, and
 *    returns for real once no record of its frame is left.  A function
 *    that defers keeps its results in its result slots (named or hidden)
 *    until then, so deferred calls see them.
 *
 *  - on panic: a panic (Go's _panic, newest first in G.panic) pushes a
 *    trampoline frame on top of the stack, whose Func (vm_panic_tramp)
 *    is one PANICCONT instruction, and calls each record from it, so each
 *    deferred call returns to PANICCONT:
 *
 *      | ... panicking frame | rec | tramp (0 slots) | rec | deferred call |
 *                                  ^ Panic.tramp (an offset)
 *
 *    The frames of the panic stay below, as in Go, so a traceback shows
 *    them; a panic inside a deferred call pushes its own trampoline above.
 *    PANICCONT goes on with the next record, or, when the deferred call
 *    recovered, unwinds to the frame that deferred it (Panic.frame) and
 *    resumes that function at its recover_pc: the final RET of its result
 *    slots, which runs its remaining deferred calls and returns its
 *    current results to its caller.  With no record left the panic is
 *    fatal: Go's report of the chain of panics and the traceback.
 *
 * recover() returns the value of the innermost panic when it is called by
 * the deferred call that panic runs, that is, when the caller's frame
 * record points at that panic's trampoline, or at a wrapper (Func.wrapper,
 * which codegen makes for `defer i.M(x)`, `defer panic(v)` …) whose own
 * record does; nil otherwise.  A panic that
 * runs a record below the trampoline of an older panic unwinds the older
 * panic's deferred call: the older one is aborted and is dropped, with
 * the newer one, when the newer one is recovered (Go 1.19's rules, and
 * its report: `panic: first [recovered]` / `\tpanic: second`).
 *
 * Runtime errors are panics too.  A runtime error's value is a boxed
 * string whose RType is one of the string-kinded types below, named as Go
 * names the dynamic types (runtime.boundsError, runtime.errorString,
 * runtime.plainError), with an Error method that returns the message: a
 * recovered one is an `error`, fmt prints the message for %v and the name
 * for %T, and a panic report prints the message.  (Go's boundsError keeps
 * the indexes rather than the text; what a program can observe is the
 * same.)
 *
 * The collector (not there yet) will scan a record's argument words as a
 * root; a deferred native's `...any` operands are heap boxes, never
 * pointers into the stack.
 */
#include <string.h>

#include "vmint.h"

static const Instr tramp_code[1] = {OP_PANICCONT};
static const int32_t tramp_lines[1] = {0};

const Func vm_panic_tramp = {
	.name = "panic",
	.file = "runtime/panic.go",
	.code = (Instr *)tramp_code,
	.lines = (int32_t *)tramp_lines,
	.ncode = 1,
	.has_params = true,
};

/* Go's preprintpanics: before a fatal panic is reported, each value in
 * the chain that is an error or a Stringer is printed by its Error or
 * String method.  The method runs as an ordinary bytecode call from a
 * trampoline pushed on top of the stack, whose one slot names the Panic
 * and whose one PANICPRINT keeps the text and pops the trampoline again,
 * so the traceback is the panic's. */
static const Instr print_tramp_code[1] = {OP_PANICPRINT};

static const Func print_tramp = {
	.name = "runtime.printpanicval",
	.file = "runtime/panic.go",
	.code = (Instr *)print_tramp_code,
	.lines = (int32_t *)tramp_lines,
	.ncode = 1,
	.nslots = 1,
};

/* The runtime errors' methods: Error returns the receiver, the message
 * (`RET 0 2`); RuntimeError, which marks a runtime.Error, does nothing. */
static const Instr error_method_code[1] = {
	(Instr)OP_RET | (Instr)2 << 32,
};
static const Instr runtime_error_method_code[1] = {OP_RET0};

static const uint8_t string_ptrmask[1] = {1};
/* Error's receiver, the message, is a root while a call of it starts. */
static const SlotRange error_method_ranges[1] = {{0, SLOT_PTR, 0, 1}};
#define RUNTIME_ERROR(cname, goname)                                       \
	static const RType cname;                                          \
	static const Func cname##_method = {                               \
		.name = goname ".Error",                                   \
		.file = "runtime/error.go",                                \
		.code = (Instr *)error_method_code,                        \
		.lines = (int32_t *)tramp_lines,                           \
		.ncode = 1, .nslots = 2, .nparams = 2, .nresults = 2,      \
		.ranges = (SlotRange *)error_method_ranges, .nranges = 1,  \
	};                                                                 \
	static const Func cname##_rtmethod = {                             \
		.name = goname ".RuntimeError",                            \
		.file = "runtime/error.go",                                \
		.code = (Instr *)runtime_error_method_code,                \
		.lines = (int32_t *)tramp_lines,                           \
		.ncode = 1, .nslots = 2, .nparams = 2,                     \
	};                                                                 \
	static const RMethod cname##_methods[2] = {                        \
		{"Error", &cname##_method, &cname},                        \
		{"RuntimeError", &cname##_rtmethod, &cname},               \
	};                                                                 \
	static const RType cname = {                                       \
		.kind = RK_STRING, .size = 16, .align = 8, .name = goname, \
		.ptrmask = string_ptrmask, .nmethods = 2,                  \
		.methods = cname##_methods,                                \
	}
RUNTIME_ERROR(rt_bounds_error, "runtime.boundsError");
RUNTIME_ERROR(rt_error_string, "runtime.errorString");
RUNTIME_ERROR(rt_plain_error, "runtime.plainError");
RUNTIME_ERROR(rt_type_assertion_error, "*runtime.TypeAssertionError");

bool vm_is_runtime_error(const RType *t)
{
	return t == &rt_bounds_error || t == &rt_error_string || t == &rt_plain_error ||
	       t == &rt_type_assertion_error;
}

static bool grow(VM *vm, void **p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return true;
	size_t n = *cap ? *cap : 8;
	while (n < need)
		n *= 2;
	void *q = mem_realloc(&vm->mem, *p, n * size);
	if (!q)
		return false;
	*p = q;
	*cap = n;
	return true;
}

bool vm_defer_push(VM *vm, G *g, const Func *fn, NativeFn nfn, int nvar,
		   const uint64_t *args, uint32_t nwords)
{
	if (!grow(vm, (void **)&g->defers, &g->dcap, g->ndefers + 1, sizeof *g->defers) ||
	    !grow(vm, (void **)&g->dwords, &g->dwcap, g->ndwords + nwords, 8)) {
		vm_fatal(vm, g, VM_OOM_MSG);
		return false;
	}
	Defer *d = &g->defers[g->ndefers++];
	d->frame = g->base;
	d->fn = fn;
	d->nfn = nfn;
	d->clo = NULL;
	d->value = false;
	d->nvar = nvar;
	d->nwords = nwords;
	d->args = g->ndwords;
	if (nwords)
		memcpy(g->dwords + g->ndwords, args, (size_t)nwords * 8);
	g->ndwords += nwords;
	return true;
}

bool vm_defer_push_value(VM *vm, G *g, const uint64_t *clo, const uint64_t *args,
			 uint32_t nwords)
{
	if (!vm_defer_push(vm, g, NULL, NULL, 0, args, nwords))
		return false;
	g->defers[g->ndefers - 1].clo = clo;
	g->defers[g->ndefers - 1].value = true;
	return true;
}

void vm_defer_pop(G *g, Defer *d, uint64_t *dst)
{
	*d = g->defers[--g->ndefers];
	if (d->nwords)
		memcpy(dst, g->dwords + d->args, (size_t)d->nwords * 8);
	g->ndwords = d->args;
}

bool vm_panic_start(VM *vm, G *g, const RType *t, uint64_t data)
{
	Panic *p = mem_alloc(&vm->mem, sizeof *p);
	if (!p) {
		vm_fatal(vm, g, VM_OOM_MSG);
		return false;
	}
	p->type = t;
	p->data = data;
	p->tramp = (size_t)-1; /* pushed when it runs its first record */
	p->link = g->panic;
	g->panic = p;
	return true;
}

/* A panic whose value is msg as a value of t, a string kind. */
static bool panic_string(VM *vm, G *g, const RType *t, const char *msg)
{
	size_t n = strlen(msg);
	char *s = gc_alloc(&vm->heap, n ? n : 1, NULL);
	uint64_t *box = s ? gc_alloc(&vm->heap, 16, t) : NULL;
	if (!box) {
		vm_fatal(vm, g, VM_OOM_MSG);
		return false;
	}
	memcpy(s, msg, n);
	box[0] = (uint64_t)s;
	box[1] = n;
	return vm_panic_start(vm, g, t, (uint64_t)box);
}

/* A runtime error: its message as a value of a runtime error RType. */
bool vm_panic_msg(VM *vm, G *g, const char *msg)
{
	const RType *t = &rt_plain_error;
	if (strncmp(msg, "runtime error: index", 20) == 0 ||
	    strncmp(msg, "runtime error: slice bounds", 27) == 0)
		t = &rt_bounds_error;
	else if (strncmp(msg, "runtime error: ", 15) == 0)
		t = &rt_error_string;
	else if (strncmp(msg, "interface conversion: ", 22) == 0)
		t = &rt_type_assertion_error;
	return panic_string(vm, g, t, msg);
}

/* The predeclared string type, canonical in the VM (a program that never
 * names string gets this one). */
static const uint8_t string_mask[1] = {1};
static const RType string_rtype = {
	.kind = RK_STRING, .size = 16, .align = 8, .name = "string", .ptrmask = string_mask,
};

VMStatus vm_native_panic(VM *vm, const char *msg)
{
	G *g = vm->g;
	const RType *t = vm_intern_rtype(vm, &string_rtype, "string");
	if (!panic_string(vm, g, t, msg))
		return VM_PANIC;
	VMStatus st = vm_panicking(vm, g);
	return st == VM_OK ? VM_SWITCH : st;
}

VMStatus vm_native_runtime_error(VM *vm, const char *msg)
{
	G *g = vm->g;
	if (!vm_panic_msg(vm, g, msg))
		return VM_PANIC;
	VMStatus st = vm_panicking(vm, g);
	return st == VM_OK ? VM_SWITCH : st;
}

void vm_panic_abort_above(G *g, size_t frame)
{
	for (Panic *q = g->panic ? g->panic->link : NULL; q; q = q->link)
		if (q->tramp != (size_t)-1 && q->tramp > frame)
			q->aborted = true;
}

void vm_recover(G *g, const uint64_t *base, uint64_t out[2])
{
	Panic *p = g->panic;
	out[0] = out[1] = 0;
	if (!p || p->recovered || p->tramp == (size_t)-1)
		return;
	const Func *caller = (const Func *)base[-1];
	if (caller && caller->wrapper) /* the deferred call is the wrapper's callee */
		base = (const uint64_t *)base[-2];
	if (base[-1] != (uint64_t)&vm_panic_tramp ||
	    base[-2] != (uint64_t)(g->stack + p->tramp))
		return;
	p->recovered = true;
	out[0] = (uint64_t)p->type;
	out[1] = p->data;
}

static void drop(VM *vm, G *g)
{
	Panic *p = g->panic;
	g->panic = p->link;
	mem_free(&vm->mem, p);
}

void vm_recovered(VM *vm, G *g)
{
	Panic *p = g->panic;
	const uint64_t *frame = g->stack + p->frame;
	/* the trampoline's record names the frame the panic started in; the
	 * deferring frame is it or one of its callers */
	const uint64_t *base = g->stack + p->tramp;
	const Func *fn;
	do {
		fn = (const Func *)base[-1];
		base = (const uint64_t *)base[-2];
	} while (base != frame);
	drop(vm, g);
	while (g->panic && g->panic->aborted)
		drop(vm, g);
	g->base = (size_t)(frame - g->stack);
	g->fn = fn;
	g->pc = fn->code + fn->recover_pc;
}

void vm_defer_reset(VM *vm, G *g)
{
	g->ndefers = 0;
	g->ndwords = 0;
	while (g->panic)
		drop(vm, g);
}

void vm_defer_free(VM *vm, G *g)
{
	vm_defer_reset(vm, g);
	mem_free(&vm->mem, g->defers);
	mem_free(&vm->mem, g->dwords);
}

/* Push a frame for callee at nb, above g's current frame, whose saved
 * registers become its frame record; g's registers then point at the
 * callee's entry. */
static void push_frame(G *g, uint64_t *nb, const Func *callee)
{
	nb[-3] = (uint64_t)g->pc;
	nb[-2] = (uint64_t)(g->stack + g->base);
	nb[-1] = (uint64_t)g->fn;
	g->fn = callee;
	g->pc = callee->code;
	g->base = (size_t)(nb - g->stack);
}

/* The bytecode Func record d calls: its callee, or its func value's
 * (NULL for a native, or a nil func value). */
static const Func *callee(const Defer *d)
{
	return d->value ? d->clo ? (const Func *)d->clo[0] : NULL : d->fn;
}

/* Stack words above the running frame that calling d needs. */
static size_t call_words(const Defer *d)
{
	const Func *fn = callee(d);
	if (fn)
		return FRAME_WORDS + (size_t)fn->nslots + (d->value ? 1 : 0);
	return d->value ? 0 : d->nwords + DEFER_NATIVE_SLACK;
}

/* Call the innermost record above the running frame, its arguments
 * copied to the callee's frame at nb: a bytecode call leaves g's
 * registers at the callee's entry (a func value's closure goes just past
 * its parameter words, as CALLV puts it); a native runs now (*ran set).
 * A nil func value starts Go's nil dereference panic (*ran set, the
 * panic in g->panic for the caller to run). */
static VMStatus call_record(VM *vm, G *g, uint64_t *nb, bool *ran)
{
	Defer dd;
	const Defer *d = &g->defers[g->ndefers - 1];
	*ran = true;
	if (!d->fn && !d->value) {
		vm_defer_pop(g, &dd, nb - FRAME_WORDS);
		return dd.nfn(vm, nb - FRAME_WORDS, dd.nvar);
	}
	vm_defer_pop(g, &dd, nb);
	const Func *fn = callee(&dd);
	if (!fn)
		return vm_panic_nil(vm, g) ? VM_OK : VM_PANIC;
	if (dd.value)
		nb[dd.nwords] = (uint64_t)dd.clo;
	push_frame(g, nb, fn);
	*ran = false;
	return VM_OK;
}

VMStatus vm_run_deferred(VM *vm, G *g)
{
	const Func *fn = g->fn;
	uint64_t *base = g->stack + g->base;
	const Defer *d = &g->defers[g->ndefers - 1];
	bool nilfn = d->value && !d->clo, ran;
	size_t need = call_words(d);
	uint64_t *top = base + fn->nslots;
	if (top + need > g->limit) {
		if (!vm_grow_stack(vm, g, top, need))
			return VM_PANIC;
		top = g->stack + g->base + fn->nslots;
	}
	VMStatus st = call_record(vm, g, top + FRAME_WORDS, &ran);
	if (st == VM_OK && nilfn) {
		g->pc++; /* the panic is the RET's, at its line */
		return vm_panicking(vm, g);
	}
	return st;
}

/* The method that prints a panic value of type t: Error, else String,
 * when it has the form `func() string` (one receiver word or value, two
 * result words). */
static const RMethod *print_method(const RType *t)
{
	static const char *const names[2] = {"Error", "String"};
	for (int i = 0; i < 2; i++) {
		const RMethod *m = vm_iface_find(t, names[i]);
		uint32_t recv = m && m->recv ? (m->recv->size + 7) / 8 : 1;
		if (m && m->fn && m->fn->nresults == 2 &&
		    (uint32_t)m->fn->nparams == recv)
			return m;
	}
	return NULL;
}

/* Start the method call that prints the next unprinted panic value of the
 * chain, newest first; false when none is left.  A panic raised while one
 * prints is printed as it is (Go would throw). */
static bool print_next(VM *vm, G *g, VMStatus *st)
{
	bool busy = g->fn == &print_tramp;
	for (const uint64_t *b = g->stack + g->base; !busy && b[-1];
	     b = (const uint64_t *)b[-2])
		busy = (const Func *)b[-1] == &print_tramp;
	for (Panic *p = g->panic; p; p = p->link) {
		if (p->printed)
			continue;
		p->printed = true;
		const RMethod *m = p->type && !busy ? print_method(p->type) : NULL;
		if (!m)
			continue;
		size_t need = 2 * FRAME_WORDS + 1 + (size_t)m->fn->nslots;
		uint64_t *top = g->stack + g->base + g->fn->nslots;
		if (top + need > g->limit) {
			if (!vm_grow_stack(vm, g, top, need)) {
				*st = VM_PANIC;
				return true;
			}
			top = g->stack + g->base + g->fn->nslots;
		}
		push_frame(g, top + FRAME_WORDS, &print_tramp);
		g->stack[g->base] = (uint64_t)p;
		uint64_t *nb = g->stack + g->base + 1 + FRAME_WORDS;
		vm_iface_receiver(nb, m, p->type, p->data, 1);
		push_frame(g, nb, m->fn);
		*st = VM_OK;
		return true;
	}
	return false;
}

void vm_panic_printed(G *g)
{
	uint64_t *base = g->stack + g->base;
	Panic *p = (Panic *)base[0];
	p->text = (const char *)base[1 + FRAME_WORDS];
	p->textlen = (size_t)base[2 + FRAME_WORDS];
	if (!p->text)
		p->text = "";
	g->pc = (const Instr *)base[-3];
	g->fn = (const Func *)base[-1];
	g->base = (size_t)((const uint64_t *)base[-2] - g->stack);
}

VMStatus vm_panicking(VM *vm, G *g)
{
	for (;;) {
		Panic *p = g->panic;
		if (!g->ndefers) {
			VMStatus st;
			if (print_next(vm, g, &st))
				return st;
			vm_panic_report(vm, g);
			return VM_PANIC;
		}
		const Func *fn = g->fn;
		const Defer *d = &g->defers[g->ndefers - 1];
		bool fresh = fn != &vm_panic_tramp || g->base != p->tramp, ran;
		size_t need = (fresh ? FRAME_WORDS : 0) + call_words(d);
		uint64_t *top = g->stack + g->base + fn->nslots;
		vm_panic_abort_above(g, d->frame);
		p->frame = d->frame;
		if (top + need > g->limit) {
			if (!vm_grow_stack(vm, g, top, need))
				return VM_PANIC;
			top = g->stack + g->base + fn->nslots;
		}
		if (fresh) {
			push_frame(g, top + FRAME_WORDS, &vm_panic_tramp);
			p->tramp = g->base;
		}
		g->pc = g->fn->code;
		VMStatus st = call_record(vm, g, g->stack + g->base + FRAME_WORDS, &ran);
		if (st != VM_OK || !ran)
			return st;
		/* a native returned, or a nil func value started a panic */
	}
}
