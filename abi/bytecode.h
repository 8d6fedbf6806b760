/* bytecode.h: compiled functions and modules, shared by codegen and the VM.
 *
 * Codegen fills these; the interpreter, the disassembler and the panic
 * printer read them.  A Module owns everything it points to (code, line
 * tables, constants, runtime type descriptors, string bytes), all released
 * by vm_free through the VM that owns the module.
 */
#ifndef GVM_BYTECODE_H
#define GVM_BYTECODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mem.h"
#include "opcodes.h"
#include "rtype.h"

typedef uint64_t Instr;

/* OP_SLICE's x flags: three indexes; signed index operands (a negative
 * one is printed as such); the operand is an array or string (the bound
 * is its length, not a capacity). */
enum { SLX_THREE = 1, SLX_SIGNED = 2, SLX_ARRAY = 4 };

/* Instruction fields (see opcodes.h for the layout). */
#define INS_OP(i) ((unsigned)((i) & 0xff))
#define INS_X(i) ((unsigned)(((i) >> 8) & 0xff))
#define INS_A(i) ((unsigned)(((i) >> 16) & 0xffff))
#define INS_B(i) ((unsigned)(((i) >> 32) & 0xffff))
#define INS_C(i) ((unsigned)((i) >> 48))
#define INS_SB(i) ((int16_t)INS_B(i))
#define INS_SC(i) ((int16_t)INS_C(i))
#define INS_BX(i) ((uint32_t)((i) >> 32))
#define INS_SBX(i) ((int32_t)INS_BX(i))

static inline Instr ins_make(unsigned op, unsigned x, unsigned a, unsigned b,
			     unsigned c)
{
	return (Instr)(op & 0xff) | (Instr)(x & 0xff) << 8 |
	       (Instr)(a & 0xffff) << 16 | (Instr)(b & 0xffff) << 32 |
	       (Instr)(c & 0xffff) << 48;
}

static inline Instr ins_make_bx(unsigned op, unsigned a, uint32_t bx)
{
	return (Instr)(op & 0xff) | (Instr)(a & 0xffff) << 16 | (Instr)bx << 32;
}

/* The calling convention: a call's arguments start FRAME_WORDS slots above
 * the caller's free slots, which the VM fills with the frame record
 * (return pc, caller base, caller Func; see vm/vmint.h). */
enum { FRAME_WORDS = 3 };

/* What a frame slot may hold, as codegen records it for the collector
 * (pointer words are roots) and `gvm disasm` prints it. */
typedef enum SlotKind {
	SLOT_SCALAR,   /* no pointer: integers, floats, bools, lengths */
	SLOT_PTR,      /* a pointer into the heap (or nil) */
	SLOT_STACKREF, /* a pointer into this goroutine's own stack: only the
			* data word of a native's operand (OP_IFACEREF), live
			* from the IFACEREF to the NCALL that consumes it */
} SlotKind;

/* Slot `slot` holds a pointer of `kind` while pc is in [from, to). */
typedef struct SlotRange {
	uint16_t slot;
	uint8_t kind;
	int32_t from, to;
} SlotRange;

/* One compiled function. */
typedef struct Func {
	const char *name;    /* as tracebacks print it: "main.fib" */
	const char *file;    /* absolute path of its source file */
	Instr *code;
	int32_t *lines;      /* source line of each instruction */
	int ncode;
	uint64_t *k;         /* constant words: integers, string data, RTypes,
			      * callee Funcs, natives, addresses of globals */
	int nk;
	int nslots;          /* frame size in words, arguments included */
	int nparams;         /* words of parameters */
	int nresults;        /* words of results */
	bool has_params;     /* traceback prints f(...) (Go's inlined-frame form) rather than f() */
	bool closure;        /* a function literal: parameter word 0 is its
			      * closure, not a parameter of the Go function */
	bool wrapper;        /* made by codegen to defer a call of another
			      * form (its operands are its parameters): a
			      * recover() in the function it calls counts as
			      * called by the deferred call, as in Go */
	bool autogen;        /* a wrapper Go would autogenerate (lang/check_wrap.c):
			      * tracebacks show it only where it panicked */
	bool zero_frame;     /* some slot above the parameters may hold a
			      * pointer: the code starts by zeroing them */
	SlotRange *ranges;   /* pointer-holding slots over pc ranges */
	int nranges;
	int recover_pc;      /* a function with defer statements: the pc of
			      * its final RET of the result slots, where a
			      * panic its deferred call recovered resumes
			      * (0: none) */
} Func;

typedef struct ModuleBlock ModuleBlock;

/* A compiled file (or REPL input), owned by the VM that loads it.  Its
 * functions call functions of earlier modules directly (their Func
 * pointers are constants), and its globals were allocated in the VM's
 * stable storage while compiling (see link.h). */
typedef struct Module {
	Func **funcs;        /* the functions declared in this module */
	int nfuncs;
	Func *init;          /* package variable initialisation ("main.init") */
	Func **inits;        /* the func init()s, in order */
	int ninits;
	Func *main;          /* main.main, if this module declares it */
	ModuleBlock *blocks; /* every allocation of the module */
	struct Module *next; /* the VM's list of modules */
	/* The library packages written in Go that were compiled with this
	 * module (a list through next_package, a package after the ones it
	 * imports): loaded with it, initialised before it, once. */
	struct Module *packages, *next_package;
	bool initialised;
	Mem *mem;            /* where the module and its blocks come from */
} Module;

/* An empty module allocating from mem, or NULL when out of memory. */
Module *module_new(Mem *mem);
/* Memory owned by a module: zeroed, freed with it; NULL when out of
 * memory. */
void *module_alloc(Module *m, size_t size);
char *module_strdup(Module *m, const char *s, size_t n);
/* Free a module and everything allocated with module_alloc. */
void module_free(Module *m);

#endif
