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

#include "opcodes.h"
#include "rtype.h"

typedef uint64_t Instr;

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

/* One compiled function. */
typedef struct Func {
	const char *name;    /* as tracebacks print it: "main.fib" */
	Instr *code;
	int32_t *lines;      /* source line of each instruction */
	int ncode;
	uint64_t *k;         /* constant words (LOADK, LOADS, BOX's RTypes) */
	int nk;
	int nslots;          /* frame size in words, arguments included */
	int nparams;         /* words of parameters */
	int nresults;        /* words of results */
	bool has_params;     /* traceback prints f(...) (Go's inlined-frame form) rather than f() */
} Func;

typedef struct ModuleBlock ModuleBlock;

/* A compiled program, owned by its VM. */
typedef struct Module {
	Func **funcs;
	int nfuncs;
	int nglobals;        /* words of package-level variables */
	int args_global;     /* word index of os.Args (3 words), -1 if unused */
	Func *init;          /* package variable initialisation ("main.init") */
	Func **inits;        /* the func init()s, in order */
	int ninits;
	Func *main;
	const char *filename; /* absolute, for tracebacks */
	uint64_t *globals;    /* nglobals words, allocated by vm_run */
	ModuleBlock *blocks;  /* every allocation of the module */
	struct Module *next;  /* the VM's list of modules */
} Module;

/* Memory owned by a module: freed with it. */
void *module_alloc(Module *m, size_t size);
char *module_strdup(Module *m, const char *s, size_t n);

#endif
