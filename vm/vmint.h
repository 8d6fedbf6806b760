/* vmint.h: the VM's internal structures, shared by the files of vm/.
 *
 * The VM struct is the shared state (Go's m plus the global parts); a G is
 * one goroutine: its stack of slots and its current frame.  Only the main
 * goroutine exists for now, but the split is kept so the scheduler can add
 * more without touching the interpreter's contract.
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
 * The caller evaluates arguments into consecutive slots at the top of its
 * own frame, leaving FRAME_WORDS free slots below them; the arguments
 * become the callee's first slots, and results come back in the same
 * place.  The record of the outermost frame has fn == NULL.
 */
#ifndef GVM_VMINT_H
#define GVM_VMINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../gc/heap.h"
#include "../stdlib/fmt/fmt.h"
#include "bytecode.h"
#include "vm.h"

/* Words in a frame record: return pc, caller base (word offset), caller Func. */
enum { FRAME_WORDS = 3 };
/* Go's default maximum stack size, in bytes. */
#define VM_MAX_STACK 1000000000ull
#define VM_INITIAL_STACK 512

typedef struct G {
	uint64_t *stack;
	uint64_t *stack_end;  /* one past the last word */
	int id;
	/* The interpreter's cached registers, saved around anything that may
	 * move the stack, allocate or report (Lua's Protect). */
	const Instr *pc;
	const Func *fn;
	size_t base;          /* word offset of the current frame */
} G;

/* How a run of the interpreter ended. */
typedef enum VMStatus {
	VM_OK,     /* the entry function returned */
	VM_PANIC,  /* an unrecovered panic or fatal error, already reported */
	VM_EXIT,   /* os.Exit: the code is in vm->exit_code */
} VMStatus;

struct VM {
	Heap heap;
	Module *modules;
	Module *running;     /* the module being run (tracebacks name its file) */
	G *g;                /* the running goroutine */
	int exit_code;
	FmtBuf buf;          /* scratch for natives */
	FmtArg *fargs;       /* scratch for natives' operands */
	int nfargs;
};

/* interp.c: run fn on g until it returns. */
VMStatus vm_execute(VM *vm, G *g, Module *m, Func *fn);

/* stack.c: make room for `need` more words above `top` (a pointer into
 * g's stack), doubling the block.  Returns the byte offset by which the
 * stack moved, or false after reporting Go's stack overflow. */
bool vm_grow_stack(VM *vm, G *g, uint64_t *top, size_t need, ptrdiff_t *moved);

/* panic.c: runtime errors.  Each prints Go's message and the traceback of
 * g, whose innermost frame is (fn, base) stopped at pc. */
void vm_panic_msg(VM *vm, G *g, const Func *fn, const uint64_t *base,
		  const Instr *pc, const char *msg);
void vm_panic_value(VM *vm, G *g, const Func *fn, const uint64_t *base,
		    const Instr *pc, const RType *t, uint64_t data);
void vm_traceback(VM *vm, G *g, const Func *fn, const uint64_t *base,
		  const Instr *pc, FmtBuf *out);
/* A bounds error's text (runtime/error.go's boundsError). */
void vm_bounds_msg(char *dst, size_t n, int kind, int64_t x, bool xsigned,
		   int64_t y);
enum { BOUNDS_INDEX, BOUNDS_SLICE_ALEN, BOUNDS_SLICE_B };

/* native.c: natives called by NCALL.  args points at the operands; results
 * are written over them.  nvar is the number of variadic operands. */
typedef VMStatus (*NativeFn)(VM *vm, uint64_t *args, int nvar);
#define NATIVES(X)                         \
	X(PRINT, "print", 0)               \
	X(PRINTLN, "println", 0)           \
	X(FMT_PRINT, "fmt.Print", 3)       \
	X(FMT_PRINTLN, "fmt.Println", 3)   \
	X(FMT_PRINTF, "fmt.Printf", 3)     \
	X(FMT_SPRINT, "fmt.Sprint", 2)     \
	X(FMT_SPRINTLN, "fmt.Sprintln", 2) \
	X(FMT_SPRINTF, "fmt.Sprintf", 2)   \
	X(OS_EXIT, "os.Exit", 0)
typedef enum NativeId {
#define X(id, name, nres) NAT_##id,
	NATIVES(X)
#undef X
	NAT__COUNT
} NativeId;
extern const NativeFn vm_natives[NAT__COUNT];
/* The native's id for a name such as "fmt.Println", -1 if unknown. */
int vm_native_lookup(const char *name);
/* Words of results of native id. */
int vm_native_results(int id);

/* Write all of p[0:n] to fd, retrying short writes. */
void vm_write(int fd, const char *p, size_t n);
/* An interface value (type, data word) unboxed as fmt's operand. */
FmtArg vm_fmt_arg(const RType *t, uint64_t data);

#endif
