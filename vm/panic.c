/* panic.c: unrecovered panics and tracebacks, in Go's words.
 *
 * A panic nobody recovers (defer.c runs the deferred calls first) ends
 * the run: the interpreter, its registers saved in the G, calls
 * vm_panic_report and returns VM_PANIC.  The report (the chain of panics,
 * then the traceback) is built in one buffer and written to stderr at
 * once:
 *
 *   panic: runtime error: index out of range [5] with length 3
 *
 *   goroutine 1 [running]:
 *   main.f(...)
 *   	/abs/path/file.go:7
 *   main.main()
 *   	/abs/path/file.go:12
 *
 * The traceback walks the frame records (see vmint.h) from the innermost
 * frame out; the line of a frame is the line of the instruction before its
 * saved pc (the faulting instruction, or the CALL it is returning to).
 * Like Go 1.19, at most 100 frames are printed.
 *
 * When memory runs out while a report is built, the report becomes Go's
 * `fatal error: runtime: out of memory`, written without allocating.
 */
#include <stdio.h>
#include <string.h>

#include "vmint.h"

enum { MAX_FRAMES = 100 };

static int line_of(const Func *fn, const Instr *pc)
{
	ptrdiff_t at = pc - fn->code - 1;
	if (at < 0)
		at = 0;
	if (at >= fn->ncode)
		at = fn->ncode - 1;
	return fn->ncode > 0 ? fn->lines[at] : 0;
}

/* Whether the frame at base is a deferred call, which Go never inlines
 * (printed f() when it has no parameters): its caller is the panic
 * trampoline, or a RET that runs it just above the caller's frame, where
 * no ordinary call puts a frame. */
static bool deferred_call(const uint64_t *base)
{
	const Func *caller = (const Func *)base[-1];
	if (!caller)
		return false;
	if (caller == &vm_panic_tramp)
		return true;
	const uint64_t *cbase = (const uint64_t *)base[-2];
	unsigned op = INS_OP(*(const Instr *)base[-3]);
	return (op == OP_RETD || op == OP_RUNDEFERS) &&
	       base == cbase + caller->nslots + FRAME_WORDS;
}

void vm_traceback(VM *vm, G *g, StrBuf *out)
{
	const Func *fn = g->fn;
	const Instr *pc = g->pc;
	const uint64_t *base = g->stack + g->base;
	int n = 0;
	while (fn) {
		if (n++ == MAX_FRAMES) {
			sb_puts(out, "...additional frames elided...\n");
			break;
		}
		const uint64_t *rec = base - FRAME_WORDS;
		sb_puts(out, fn->name);
		sb_puts(out, fn->has_params && !(deferred_call(base) &&
						 fn->nparams == (fn->closure ? 1 : 0))
				     ? "(...)\n\t" : "()\n\t");
		sb_puts(out, fn->file ? fn->file : "?");
		sb_printf(out, ":%d\n", line_of(fn, pc));
		pc = (const Instr *)rec[0];
		if (deferred_call(base) && (const Func *)rec[2] != &vm_panic_tramp)
			pc++; /* the RET running it is the caller's line */
		base = (const uint64_t *)rec[1];
		fn = (const Func *)rec[2];
	}
}

static void report(VM *vm, G *g, StrBuf *out)
{
	sb_printf(out, "\ngoroutine %d [running]:\n", g->id);
	vm_traceback(vm, g, out);
	if (out->failed)
		vm_fatal(vm, NULL, VM_OOM_MSG);
	else
		vm_write(vm, 2, out->data, out->len);
	sb_free(out);
}

/* A nil dereference: Go's text, and its report adds the signal line. */
bool vm_panic_nil(VM *vm, G *g)
{
	if (!vm_panic_msg(vm, g, "runtime error: invalid memory address or nil pointer dereference"))
		return false;
	g->panic->signal = true;
	return true;
}


/* A fatal error (runtime.throw): no panic, no recover.  The message is
 * written first and without allocating, the traceback only if it could
 * be built. */
void vm_fatal(VM *vm, G *g, const char *msg)
{
	char line[256];
	int n = snprintf(line, sizeof line, "fatal error: %s\n", msg);
	vm_write(vm, 2, line, n < (int)sizeof line ? (size_t)n : sizeof line - 1);
	if (!g || !g->fn)
		return;
	StrBuf out = SB_INIT(&vm->mem);
	sb_printf(&out, "\ngoroutine %d [running]:\n", g->id);
	vm_traceback(vm, g, &out);
	if (!out.failed)
		vm_write(vm, 2, out.data, out.len);
	sb_free(&out);
}

static const char *const basic_names[RK__COUNT] = {
	[RK_BOOL] = "bool", [RK_INT] = "int", [RK_INT8] = "int8",
	[RK_INT16] = "int16", [RK_INT32] = "int32", [RK_INT64] = "int64",
	[RK_UINT] = "uint", [RK_UINT8] = "uint8", [RK_UINT16] = "uint16",
	[RK_UINT32] = "uint32", [RK_UINT64] = "uint64",
	[RK_UINTPTR] = "uintptr", [RK_FLOAT32] = "float32",
	[RK_FLOAT64] = "float64", [RK_STRING] = "string",
};

/* runtime.printpanicval: basic values as print prints them; a value of a
 * named basic type as `main.T(5)` or `main.S("x")`. */
static void panic_val(StrBuf *out, const RType *t, uint64_t data)
{
	if (!t) {
		sb_puts(out, "nil");
		return;
	}
	const void *p = rtype_is_pointer_shaped(t) ? (const void *)&data
						   : (const void *)data;
	const char *basic = t->kind < RK__COUNT ? basic_names[t->kind] : NULL;
	if (vm_is_runtime_error(t)) { /* Go prints its Error() */
		vm_print_value(out, t, p);
		return;
	}
	if (!basic) { /* the type and the data word's address */
		sb_printf(out, "(%s) 0x%llx", t->name, (unsigned long long)data);
		return;
	}
	bool named = strcmp(basic, t->name) != 0 && !(t->kind == RK_UINT8 &&
			 strcmp(t->name, "byte") == 0) && !(t->kind == RK_INT32 &&
			 strcmp(t->name, "rune") == 0);
	if (!named) {
		vm_print_value(out, t, p);
		return;
	}
	sb_puts(out, t->name);
	sb_puts(out, t->kind == RK_STRING ? "(\"" : "(");
	vm_print_value(out, t, p);
	sb_puts(out, t->kind == RK_STRING ? "\")" : ")");
}

static Panic *reverse(Panic *p)
{
	Panic *rev = NULL, *next;
	for (; p; p = next) {
		next = p->link;
		p->link = rev;
		rev = p;
	}
	return rev;
}

/* Go's printpanics: the chain oldest first, each later one on a line of
 * its own after a tab, then the traceback. */
void vm_panic_report(VM *vm, G *g)
{
	StrBuf out = SB_INIT(&vm->mem);
	Panic *oldest = reverse(g->panic);
	for (Panic *p = oldest; p; p = p->link) {
		sb_puts(&out, p == oldest ? "panic: " : "\tpanic: ");
		if (p->text)
			sb_write(&out, p->text, p->textlen);
		else
			panic_val(&out, p->type, p->data);
		sb_puts(&out, p->recovered ? " [recovered]\n" : "\n");
	}
	g->panic = reverse(oldest);
	if (g->panic && g->panic->signal)
		sb_puts(&out, "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
	report(vm, g, &out);
}

/* runtime/error.go's boundsError formats; a negative signed index gets
 * the short forms without the length. */
void vm_bounds_msg(char *dst, size_t n, int kind, int64_t x, bool xsigned,
		   int64_t y)
{
	char xs[32];
	bool neg = xsigned && x < 0;
	if (xsigned)
		snprintf(xs, sizeof xs, "%lld", (long long)x);
	else
		snprintf(xs, sizeof xs, "%llu", (unsigned long long)x);
	/* runtime/error.go's boundsErrorFmt and boundsNegErrorFmt */
	static const char *const fmts[][2] = {
		[BOUNDS_INDEX] = {"index out of range [%s] with length %lld", "index out of range [%s]"},
		[BOUNDS_SLICE_ALEN] = {"slice bounds out of range [:%s] with length %lld", "slice bounds out of range [:%s]"},
		[BOUNDS_SLICE_ACAP] = {"slice bounds out of range [:%s] with capacity %lld", "slice bounds out of range [:%s]"},
		[BOUNDS_SLICE_B] = {"slice bounds out of range [%s:%lld]", "slice bounds out of range [%s:]"},
		[BOUNDS_SLICE3_ALEN] = {"slice bounds out of range [::%s] with length %lld", "slice bounds out of range [::%s]"},
		[BOUNDS_SLICE3_ACAP] = {"slice bounds out of range [::%s] with capacity %lld", "slice bounds out of range [::%s]"},
		[BOUNDS_SLICE3_B] = {"slice bounds out of range [:%s:%lld]", "slice bounds out of range [:%s:]"},
		[BOUNDS_SLICE3_C] = {"slice bounds out of range [%s:%lld:]", "slice bounds out of range [%s::]"},
	};
	char f[96];
	snprintf(f, sizeof f, "runtime error: %s", fmts[kind][neg]);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	snprintf(dst, n, f, xs, (long long)y);
#pragma GCC diagnostic pop
}
