/* vmint.h: the VM's internal structures, shared by the files of vm/.
 *
 * The VM struct is the shared state (Go's m plus the global parts); a G is
 * one goroutine: its stack of slots and its saved registers.  Only the main
 * goroutine exists for now, but the interpreter already runs "whatever
 * goroutine vm->g is" and resumes it from its saved registers, so the
 * scheduler can add more without touching the loop's contract.
 *
 * A goroutine's stack is one block of 8-byte words.  A frame is the window
 * base[0 .. fn->nslots), preceded by a three-word frame record that saves
 * the caller's state (as Go keeps the return address just below a frame):
 *
 *      caller frame                         callee frame
 *   | locals ... temps | pc | base | fn | params locals temps |
 *                      ^ caller base + a - 3
 *                                       ^ callee base = caller base + a
 *
 * The record holds the return pc, the caller's base (a pointer, fixed up
 * when the stack moves: stack.c) and the caller's Func.
 *
 * The caller evaluates arguments into consecutive slots at the top of its
 * own frame, leaving FRAME_WORDS free slots below them; the arguments
 * become the callee's first slots, and results come back in the same
 * place.  The record of a goroutine's outermost frame has fn == NULL.
 */
#ifndef GVM_VMINT_H
#define GVM_VMINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "vm.h"
#include "map.h"

/* Go's default maximum stack size, in bytes. */
#define VM_MAX_STACK 1000000000ull
#define VM_INITIAL_STACK 512
/* Calls and loop back-edges between two looks at the VM's safepoint work. */
enum { VM_BUDGET = 1 << 20 };

/* A deferred call (defer.c): a record in its goroutine's defer stack.
 * It names its frame by offset, so stack moves need no fix-up, and keeps
 * its argument words in the goroutine's defer word stack, outside the
 * goroutine stack.  A record holds a callee and argument words: a Func,
 * a native, or a func value (the closure, whose Func is read when the
 * call runs, as CALLV does; nil panics then, as in Go). */
typedef struct Defer {
	size_t frame;         /* word offset of the deferring frame's base */
	const Func *fn;       /* the bytecode callee, or NULL for a native
			       * or a func value */
	NativeFn nfn;
	const uint64_t *clo;  /* a func value's closure (may be nil) */
	bool value;           /* the callee is the func value clo */
	int nvar;             /* a native's variadic operands */
	uint32_t nwords;      /* argument words */
	size_t args;          /* where they start in G.dwords */
} Defer;

/* A panic in progress (Go's _panic), newest first in G.panic. */
typedef struct Panic {
	struct Panic *link;
	const RType *type;    /* the value, an interface (NULL: nil) */
	uint64_t data;
	size_t tramp;         /* word offset of its trampoline frame's base */
	size_t frame;         /* the frame whose deferred call runs now */
	bool recovered;
	bool aborted;         /* a later panic unwound past its deferred call */
	bool signal;          /* a nil dereference: the report adds Go's
			       * [signal SIGSEGV …] line */
	bool printed;         /* its Error/String method ran (or it has none) */
	const char *text;     /* what that method returned (NULL: none) */
	size_t textlen;
} Panic;

typedef struct G {
	uint64_t *stack;
	uint64_t *stack_end;  /* one past the last word */
	uint64_t *limit;      /* a call whose frame passes this grows the
			       * stack: stack_end, or the stack's start in
			       * the stack-move stress mode (every call moves) */
	int id;
	/* The interpreter's registers, saved whenever it stops or may report
	 * (Lua's Protect); a parked goroutine resumes from them. */
	const Instr *pc;
	const Func *fn;
	size_t base;          /* word offset of the current frame */
	/* defer.c: the deferred calls of all frames, innermost last, with
	 * their argument words; the panics in progress. */
	Defer *defers;
	size_t ndefers, dcap;
	uint64_t *dwords;
	size_t ndwords, dwcap;
	Panic *panic;
} G;

/* A block of package variables: a root of the collector. */
typedef struct GlobalBlock {
	struct GlobalBlock *next;
	const char *name;        /* a native package's variable, or NULL */
	size_t words;
	const uint8_t *ptrmask;  /* copied: bit i marks word i a pointer */
	uint64_t data[];
} GlobalBlock;

/* The canonical RTypes, hash-consed by identity key. */
typedef struct RTypeSlot {
	const char *key;
	const RType *rt;
} RTypeSlot;

struct VM {
	Mem mem;             /* the one allocator of the VM */
	VMWriteFn write;     /* the one output path */
	void *write_ud;
	Heap heap;
	Module *modules;
	G *g;                /* the running goroutine */
	G *main_g;
	int exit_code;
	int32_t budget;      /* see VM_BUDGET */
	bool interrupt;      /* stop at the next safepoint */
	bool stress_stack;   /* GVM_STRESS=stack: move stacks at every call */
	bool stress_gc;      /* GVM_STRESS=gc: collect at every safepoint */
	bool gctrace;        /* GODEBUG=gctrace=1 */
	bool bad_gomemlimit; /* reported when the program starts */
	uint64_t gc_mallocs; /* the heap's mallocs at the last collection */
	/* unique.c: canonical values, open addressing by hash */
	struct UniqueEntry *unique;
	size_t nunique, uniquecap;
	uint64_t unique_seed;
	/* collect.c: the goroutine that runs cleanups and finalizers */
	G *cleanup_g;
	bool in_cleanup;
	/* stackmap.c: the maps made so far, by Func (open addressing) */
	struct StackMaps **stackmaps;
	size_t nstackmaps, stackmapcap;
	GlobalBlock *globals;
	RTypeSlot *rtypes;   /* open addressing, power-of-two size */
	size_t nrtypes, rtcap;
	StrBuf scratch;      /* for natives */
	uint64_t rng;        /* map seeds and iteration orders (map_rand) */
};

/* interp.c: run vm->g from its saved registers until its outermost
 * function returns (VM_OK), it panics, the program exits, or the budget
 * stops it at a safepoint (VM_STOP: call again to resume). */
VMStatus vm_execute(VM *vm);

/* stack.c: a goroutine with an empty stack (NULL: out of memory). */
G *vm_g_new(VM *vm, int id);
void vm_g_free(VM *vm, G *g);
/* Push the outermost frame of fn on g's (empty) stack; its arguments, if
 * any, are then written at g->stack + g->base.  False after reporting. */
bool vm_g_start(VM *vm, G *g, const Func *fn);
/* Make room for `need` more words above `top` (a pointer into g's
 * stack), doubling the block; in the stack-move stress mode the stack
 * moves on every call.  False after reporting Go's stack overflow. */
bool vm_grow_stack(VM *vm, G *g, uint64_t *top, size_t need);

/* collect.c: safepoint work when the budget runs out (a collection the
 * heap wants, an interrupt): VM_OK to go on, VM_STOP, or VM_PANIC after
 * reporting.  The registers of vm->g must be saved. */
VMStatus vm_safepoint(VM *vm);
/* GOGC, GOMEMLIMIT, GODEBUG=gctrace=1 and GVM_STRESS=gc from the
 * environment. */
void vm_gc_config(VM *vm);
/* True after reporting Go's fatal error for a malformed GOMEMLIMIT (the
 * program must not start). */
bool vm_gc_config_error(VM *vm);

/* vm.c: the canonical RType of identity key (rt when it is the first). */
const RType *vm_intern_rtype(VM *vm, const RType *rt, const char *key);

/* unique.c */
typedef struct UniqueEntry UniqueEntry;
void vm_unique_roots(VM *vm, Heap *h);
/* After a cycle: drop the entries whose copy was collected. */
void vm_unique_sweep(VM *vm);
void vm_unique_free(VM *vm);

/* stackmap.c: the bitmap of the slots of fn's frame that hold live heap
 * pointers when the frame resumes at pc, *words 64-bit words long; NULL
 * with *words 0 when none can, with *words UINT32_MAX when no map could
 * be made (out of memory: the caller scans every word). */
const uint64_t *vm_stackmap(VM *vm, const Func *fn, const Instr *pc, uint32_t *words);
void vm_stackmaps_free(VM *vm);

/* Start a panic with a runtime error (defer.c): msg is Go's text, whose
 * value becomes the runtime error (copied).  False after reporting. */
bool vm_panic_msg(VM *vm, G *g, const char *msg);

/* panic.c: fatal errors and tracebacks of g, whose registers were saved
 * (g->pc, g->fn, g->base). */
void vm_fatal(VM *vm, G *g, const char *msg);
/* The text of Go's fatal error when memory runs out. */
#define VM_OOM_MSG "runtime: out of memory"
void vm_traceback(VM *vm, G *g, StrBuf *out);
/* A bounds error's text (runtime/error.go's boundsError). */
void vm_bounds_msg(char *dst, size_t n, int kind, int64_t x, bool xsigned,
		   int64_t y);
enum {
	BOUNDS_INDEX, BOUNDS_SLICE_ALEN, BOUNDS_SLICE_B, BOUNDS_SLICE_ACAP,
	BOUNDS_SLICE3_ALEN, BOUNDS_SLICE3_ACAP, BOUNDS_SLICE3_B, BOUNDS_SLICE3_C,
};
/* The nil dereference panic, with the signal line Go prints after it. */
bool vm_panic_nil(VM *vm, G *g);

/* memops.c: make, slicing, append, string <-> slice conversions, == on
 * composite values (see each handler in interp.c).  Those that allocate
 * return false when out of memory (vm_makeslice: with msg empty; with a
 * panic's text in msg otherwise). */
bool vm_makeslice(VM *vm, uint64_t *dst, int64_t len, int64_t cap,
		  const RType *et, char *msg, size_t n);
/* Maps: mk is the map word followed by the key.  False on error: msg
 * empty for out of memory, else the panic's text. */
bool vm_makemap(VM *vm, uint64_t *dst, int64_t hint, const RType *mt, char *msg, size_t n);
bool vm_mapget(uint64_t *dst, const uint64_t *mk, const RType *mt, bool two, char *msg, size_t n);
bool vm_mapset(uint64_t *dst, const uint64_t *mk, const RType *mt, char *msg, size_t n);
bool vm_mapdel(const uint64_t *mk, const RType *mt, char *msg, size_t n);
/* False when out of memory. */
bool vm_mapiter(VM *vm, uint64_t *dst, GoMap *m);
void vm_mapnext(uint64_t *dst, MapIter *it);
bool vm_reslice(uint64_t *dst, const uint64_t *src, const uint64_t *idx,
		unsigned x, char *msg, size_t n);
bool vm_append_values(VM *vm, uint64_t *s, const uint64_t *vals, unsigned n,
		      const RType *et);
bool vm_append_slice(VM *vm, uint64_t *s, const void *src, uint64_t n,
		     const RType *et);
bool vm_str2bytes(VM *vm, uint64_t *dst, const uint64_t *s, bool exact);
bool vm_bytes2str(VM *vm, uint64_t *dst, const uint64_t *b);
bool vm_str2runes(VM *vm, uint64_t *dst, const uint64_t *s, bool exact);
bool vm_runes2str(VM *vm, uint64_t *dst, const uint64_t *rs);
/* == on two values of type t in memory: 1, 0, or -1 with Go's panic
 * text in msg (an uncomparable dynamic type in an interface). */
int vm_equal(const RType *t, const void *x, const void *y, char *msg, size_t n);

/* defer.c: defer, panic and recover.  The interpreter keeps the
 * control flow (deferred calls are ordinary calls whose return address
 * is the RET that ran them, or the panic trampoline); these keep the
 * records.  Each returns false after reporting a fatal error. */
bool vm_defer_push(VM *vm, G *g, const Func *fn, NativeFn nfn, int nvar,
		   const uint64_t *args, uint32_t nwords);
/* defer of the func value clo with nwords argument words at args. */
bool vm_defer_push_value(VM *vm, G *g, const uint64_t *clo, const uint64_t *args,
			 uint32_t nwords);
/* True when the innermost deferred call belongs to the frame at base. */
static inline bool vm_defer_pending(const G *g, const uint64_t *base)
{
	return g->ndefers && g->defers[g->ndefers - 1].frame ==
				     (size_t)(base - g->stack);
}
/* Pop the innermost record into *d and copy its words to dst. */
void vm_defer_pop(G *g, Defer *d, uint64_t *dst);
/* Start a panic with value (t, data). */
bool vm_panic_start(VM *vm, G *g, const RType *t, uint64_t data);
/* The trampoline every deferred call run by a panic returns to: its
 * code is one PANICCONT.  Tracebacks print it as Go's panic(...) frame. */
extern const Func vm_panic_tramp;
/* Mark the panics whose deferred call lies above frame offset `frame`
 * aborted (a newer panic is running the deferred calls below them). */
void vm_panic_abort_above(G *g, size_t frame);
/* recover() in the frame at base: the value, or nil (t NULL). */
void vm_recover(G *g, const uint64_t *base, uint64_t out[2]);
/* The innermost panic was recovered: unwind to the frame that deferred
 * the recovering call and point g's registers at its recover_pc. */
void vm_recovered(VM *vm, G *g);
/* An unrecovered panic: print Go's report (the chain of panics, the
 * traceback of g). */
void vm_panic_report(VM *vm, G *g);
/* The interpreter's two defer paths, on g's saved registers (which they
 * leave at the next instruction to run): a RET (at g->pc) whose frame has
 * a deferred call runs the innermost one; a panic runs the next deferred
 * call from its trampoline frame, or reports itself when none is left.
 * VM_OK: continue; VM_SWITCH: load the current goroutine; else stop. */
VMStatus vm_run_deferred(VM *vm, G *g);
/* Words above a deferred native's operands for results longer than its
 * operands (fmt.Println's n and err over one operand). */
enum { DEFER_NATIVE_SLACK = 8 };
VMStatus vm_panicking(VM *vm, G *g);
/* PANICPRINT: the Error or String method a fatal panic's value was
 * printed with returned; keep its text and pop the print trampoline. */
void vm_panic_printed(G *g);
void vm_defer_reset(VM *vm, G *g);
void vm_defer_free(VM *vm, G *g);
/* The runtime error RTypes (interim, until interfaces and methods exist:
 * a string-kinded named type whose value is the error's message, so fmt
 * prints %v and %T as Go prints the runtime.Error). */
bool vm_is_runtime_error(const RType *t);

/* iface.c: interfaces at run time. */
const RMethod *vm_iface_find(const RType *t, const char *name);
/* The first method of interface iface that t lacks, or NULL. */
const char *vm_iface_missing(const RType *t, const RType *iface);
/* Whether dynamic type t (NULL: a nil interface) implements the
 * interface k[0], through a call site's cache: k[1] holds the last type
 * seen there that does, k[2] the last that does not (JIMPL). */
bool vm_iface_implements_slow(const RType *t, uint64_t *k);
static inline bool vm_iface_implements(const RType *t, uint64_t *k)
{
	return (t && k[1] == (uint64_t)t) || vm_iface_implements_slow(t, k);
}
/* The value of dynamic type t held in data word `data`, into dst. */
void vm_iface_unbox(uint64_t *dst, const RType *t, uint64_t data);
/* Set up method m's receiver at a (one word reserved, then the arguments). */
void vm_iface_receiver(uint64_t *a, const RMethod *m, const RType *t, uint64_t data,
		       uint32_t nparams);
/* Go's TypeAssertionError text for a failed src.(want) holding have. */
void vm_iface_assert_msg(char *msg, size_t n, const RType *have, const RType *want,
			 const RType *src);

/* print.c: the builtin print and println (natives), and runtime/print.go's
 * rendering of one value of type t stored at p. */
VMStatus vm_builtin_print(VM *vm, uint64_t *args, int nvar);
VMStatus vm_builtin_println(VM *vm, uint64_t *args, int nvar);
void vm_print_value(StrBuf *out, const RType *t, const void *p);

#endif
