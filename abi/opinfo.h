/* opinfo.h: one table of opcode facts, generated from the X-macro.
 *
 * op_info[op] says what opcodes.h says about op, in a form tools read
 * without parsing: the operand layout (with 16- and 32-bit jumps told apart
 * from immediates), the runs of slots it writes and reads, and what it may
 * do besides (allocate, call, park, yield, panic, jump).  The disassembler,
 * codegen's verifier and jump patching, and liveness read it; the
 * interpreter dispatches on its own table and never reads this one.
 */
#ifndef GVM_OPINFO_H
#define GVM_OPINFO_H

#include <stdbool.h>
#include <stdint.h>

#include "bytecode.h"

/* One operand of a format, in the order the disassembler prints them. */
typedef enum OpndKind {
	OPND_NONE,
	OPND_A,   /* a, unsigned */
	OPND_B,   /* b, unsigned */
	OPND_C,   /* c, unsigned */
	OPND_SB,  /* b, a signed immediate */
	OPND_SC,  /* c, a signed immediate */
	OPND_K,   /* b, a constant index */
	OPND_BX,  /* b|c, unsigned 32-bit */
	OPND_SBX, /* b|c, a signed 32-bit immediate */
	OPND_J,   /* c, a signed 16-bit jump offset */
	OPND_JX,  /* b|c, a signed 32-bit jump offset */
} OpndKind;

/* Which field a run of slots starts at. */
enum { OPR_NONE, OPR_A, OPR_B, OPR_C };

/* How many words a run covers: 1..3 as such, or one of these. */
enum {
	OPW_B = 0x10,  /* the value of the b field */
	OPW_C,         /* the value of c */
	OPW_X,         /* the value of x */
	OPW_TYPE,      /* the size of the RType in k[c], in words */
	OPW_TYPE2,     /* two values of the RType in k[c] */
	OPW_VALUES,    /* x values of the RType in k[b] */
	OPW_MAPKEY,    /* a map word, then a key of the map RType in k[c] */
	OPW_PARAMS,    /* the callee's (k[Bx]) parameter words */
	OPW_RESULTS,   /* the callee's result words */
	OPW_REST,      /* every slot from the start to the frame's end */
};

/* A run of consecutive frame slots an instruction writes or reads. */
typedef struct OpRange {
	uint8_t field; /* OPR_ */
	uint8_t width; /* 1..3 or OPW_ */
} OpRange;

/* What an instruction may do besides computing its defs from its uses.
 * OPF_SAFEPOINT is derived: set when any of ALLOC, CALL, BLOCK, YIELD is,
 * it marks where the collector may run and see the frame. */
enum {
	OPF_ALLOC = 1 << 0,     /* may allocate from the heap */
	OPF_CALL = 1 << 1,      /* calls a bytecode function */
	OPF_BLOCK = 1 << 2,     /* may park or switch the goroutine (natives) */
	OPF_YIELD = 1 << 3,     /* may reach the budget safepoint (a taken
				 * backward jump, a call) */
	OPF_PANIC = 1 << 4,     /* may panic */
	OPF_JUMP = 1 << 5,      /* has a jump operand (J or Jx) */
	OPF_ENDS = 1 << 6,      /* never falls through: ends a basic block */
	OPF_SWAP = 1 << 7,      /* its inverse tests b against a */
	OPF_CLOBBER = 1 << 8,   /* writes the frame record at a-FRAME_WORDS
				 * and overlays the callee's frame on every
				 * slot from a up: only its results survive */
	OPF_ADDR = 1 << 9,      /* takes its use's address: the slots must
				 * stay put until the native call after it */
	OPF_LOOP = 1 << 10,     /* a counted loop's increment-and-branch,
				 * made from a patched jump (never inverted) */
	OPF_SAFEPOINT = 1 << 11,
};

typedef struct OpInfo {
	const char *name;     /* "MOV2" */
	const char *format;   /* "AB", as in opcodes.h ("" for none) */
	uint8_t nopnd;
	uint8_t opnd[3];      /* OpndKind, nopnd of them */
	OpRange def;          /* the slots it writes */
	OpRange use[3];       /* the slots it reads (use[2] only with use2 B1C1) */
	uint16_t flags;       /* OPF_ */
	uint8_t inverse;      /* the opposite jump, or OP_NOP */
	const char *doc;
} OpInfo;

extern const OpInfo op_info[OP__COUNT];

/* The jump operand of op (OPND_J or OPND_JX), or OPND_NONE. */
OpndKind op_jump_kind(unsigned op);

/* If i (at pc) is a jump, its target pc; otherwise -1. */
int op_jump_target(Instr i, int pc);

/* i with its jump offset set to off; false (i unchanged) when off does
 * not fit the offset's field or i is not a jump. */
bool op_set_jump(Instr *i, int32_t off);

/* The first slot of run r in i. */
unsigned op_range_slot(OpRange r, Instr i);

/* The words of run r in i, with k the function's constants (for the
 * widths a callee or a type gives); -1 for OPW_REST. */
int op_range_words(OpRange r, Instr i, const uint64_t *k);

#endif
