/* opinfo.c: the table of opcode facts, expanded from opcodes.h.
 *
 * Each OP(...) row becomes one OpInfo.  The format, def and use columns
 * are bare tokens pasted onto the FMT_ and R_ macros below, which spell
 * them out as operand lists and slot runs; the flags column is an
 * expression of the F_ names.  Nothing here is written twice: a new
 * opcode is one row in opcodes.h, and a format or width not defined here
 * fails to compile.
 *
 * The helpers read the table: jump targets and patching (codegen's
 * cg_patch and verifier, the disassembler), and the extent of a run of
 * slots (liveness).
 */
#include "opinfo.h"

/* format: its string, how many operands, which */
#define FMT_none "", 0, {0}
#define FMT_A "A", 1, {OPND_A}
#define FMT_AB "AB", 2, {OPND_A, OPND_B}
#define FMT_ABC "ABC", 3, {OPND_A, OPND_B, OPND_C}
#define FMT_ABsC "ABsC", 3, {OPND_A, OPND_B, OPND_SC}
#define FMT_AK "AK", 2, {OPND_A, OPND_K}
#define FMT_AsBx "AsBx", 2, {OPND_A, OPND_SBX}
#define FMT_ABx "ABx", 2, {OPND_A, OPND_BX}
#define FMT_Jx "Jx", 1, {OPND_JX}
#define FMT_AJx "AJx", 2, {OPND_A, OPND_JX}
#define FMT_ABJ "ABJ", 3, {OPND_A, OPND_B, OPND_J}
#define FMT_AsBJ "AsBJ", 3, {OPND_A, OPND_SB, OPND_J}
#define FMT_AKJ "AKJ", 3, {OPND_A, OPND_K, OPND_J}

/* def and use: a field and a width */
#define R_NO {OPR_NONE, 0}
#define R_A1 {OPR_A, 1}
#define R_A2 {OPR_A, 2}
#define R_A3 {OPR_A, 3}
#define R_B1 {OPR_B, 1}
#define R_B2 {OPR_B, 2}
#define R_B3 {OPR_B, 3}
#define R_C1 {OPR_C, 1}
#define R_C2 {OPR_C, 2}
#define R_C4 {OPR_C, 4}
#define R_B1C1 {OPR_B, 1}, {OPR_C, 1} /* fills use[1] and use[2] */
#define R_B5 {OPR_B, 5}
#define R_A_T {OPR_A, OPW_TYPE}
#define R_B_T2 {OPR_B, OPW_TYPE2}
#define R_C_V {OPR_C, OPW_VALUES}
#define R_A_B {OPR_A, OPW_B}
#define R_A_C {OPR_A, OPW_C}
#define R_B_C {OPR_B, OPW_C}
#define R_A_X {OPR_A, OPW_X}
#define R_B_T {OPR_B, OPW_TYPE}
#define R_B_MK {OPR_B, OPW_MAPKEY}
#define R_A_PAR {OPR_A, OPW_PARAMS}
#define R_A_RES {OPR_A, OPW_RESULTS}
#define R_A_ALL {OPR_A, OPW_REST}

#define F_ALLOC OPF_ALLOC
#define F_CALL OPF_CALL
#define F_BLOCK OPF_BLOCK
#define F_YIELD OPF_YIELD
#define F_PANIC OPF_PANIC
#define F_JUMP OPF_JUMP
#define F_ENDS OPF_ENDS
#define F_SWAP OPF_SWAP
#define F_CLOBBER OPF_CLOBBER
#define F_ADDR OPF_ADDR
#define F_LOOP OPF_LOOP
#define SAFE(fl) ((fl) & (OPF_ALLOC | OPF_CALL | OPF_BLOCK | OPF_YIELD) ? OPF_SAFEPOINT : 0)

const OpInfo op_info[OP__COUNT] = {
#define OP(name, fmt, def, use1, use2, fl, inv, doc)                        \
	[OP_##name] = {#name, FMT_##fmt, R_##def, {R_##use1, R_##use2},     \
		       (uint16_t)((fl) | SAFE(fl)), OP_##inv, doc},
	OPCODES(OP)
#undef OP
};

OpndKind op_jump_kind(unsigned op)
{
	if (op >= OP__COUNT || !(op_info[op].flags & OPF_JUMP))
		return OPND_NONE;
	const OpInfo *o = &op_info[op];
	for (int n = 0; n < o->nopnd; n++)
		if (o->opnd[n] == OPND_J || o->opnd[n] == OPND_JX)
			return (OpndKind)o->opnd[n];
	return OPND_NONE;
}

int op_jump_target(Instr i, int pc)
{
	switch (op_jump_kind(INS_OP(i))) {
	case OPND_J: return pc + 1 + INS_SC(i);
	case OPND_JX: return pc + 1 + INS_SBX(i);
	default: return -1;
	}
}

bool op_set_jump(Instr *i, int32_t off)
{
	switch (op_jump_kind(INS_OP(*i))) {
	case OPND_J:
		if (off < INT16_MIN || off > INT16_MAX)
			return false;
		*i = ins_make(INS_OP(*i), INS_X(*i), INS_A(*i), INS_B(*i), (uint16_t)off);
		return true;
	case OPND_JX:
		*i = (*i & 0xffffffffu) | (Instr)(uint32_t)off << 32;
		return true;
	default:
		return false;
	}
}

unsigned op_range_slot(OpRange r, Instr i)
{
	switch (r.field) {
	case OPR_A: return INS_A(i);
	case OPR_B: return INS_B(i);
	case OPR_C: return INS_C(i);
	default: return 0;
	}
}

int op_range_words(OpRange r, Instr i, const uint64_t *k)
{
	if (r.field == OPR_NONE)
		return 0;
	switch (r.width) {
	case OPW_B: return (int)INS_B(i);
	case OPW_C: return (int)INS_C(i);
	case OPW_X: return (int)INS_X(i);
	case OPW_TYPE: return (int)((((const RType *)k[INS_C(i)])->size + 7) / 8);
	case OPW_TYPE2: return 2 * (int)((((const RType *)k[INS_C(i)])->size + 7) / 8);
	case OPW_VALUES: return (int)INS_X(i) * (int)((((const RType *)k[INS_B(i)])->size + 7) / 8);
	case OPW_MAPKEY: return 1 + (int)((((const RType *)k[INS_C(i)])->key->size + 7) / 8);
	case OPW_PARAMS: return ((const Func *)k[INS_BX(i)])->nparams;
	case OPW_RESULTS: return ((const Func *)k[INS_BX(i)])->nresults;
	case OPW_REST: return -1;
	default: return r.width;
	}
}
