/* disasm.c: `gvm disasm`, a listing of a module's bytecode.
 *
 * One block per function: its name and frame shape, the slots that may
 * hold pointers with the pc range of each, then one line per
 * instruction, `pc  line  OPNAME operands`, with jump targets resolved to
 * absolute pcs.  Names and operand formats come from op_info (opinfo.h),
 * so a new instruction needs no change here.
 */
#include <inttypes.h>
#include <string.h>

#include "opinfo.h"
#include "vmint.h"

static void operands(Instr i, int pc, FILE *out)
{
	const OpInfo *o = &op_info[INS_OP(i)];
	for (int n = 0; n < o->nopnd; n++) {
		if (n)
			fputs(", ", out);
		switch ((OpndKind)o->opnd[n]) {
		case OPND_A: fprintf(out, "%u", INS_A(i)); break;
		case OPND_B: fprintf(out, "%u", INS_B(i)); break;
		case OPND_C: fprintf(out, "%u", INS_C(i)); break;
		case OPND_SB: fprintf(out, "#%d", INS_SB(i)); break;
		case OPND_SC: fprintf(out, "#%d", INS_SC(i)); break;
		case OPND_K: fprintf(out, "k%u", INS_B(i)); break;
		case OPND_BX: fprintf(out, "%" PRIu32, INS_BX(i)); break;
		case OPND_SBX: fprintf(out, "%" PRId32, INS_SBX(i)); break;
		case OPND_J:
		case OPND_JX: fprintf(out, "->%d", op_jump_target(i, pc)); break;
		case OPND_NONE: break;
		}
	}
	if (INS_X(i))
		fprintf(out, " [x=%u]", INS_X(i));
}

/* The typed slots: which words may hold a pointer over which pcs. */
static void slot_types(const Func *fn, FILE *out)
{
	if (fn->nranges == 0)
		return;
	fputs("  pointer slots:", out);
	for (int i = 0; i < fn->nranges; i++) {
		const SlotRange *r = &fn->ranges[i];
		fprintf(out, " %s%u[%d,%d)", r->kind == SLOT_STACKREF ? "stackref " : "",
			r->slot, r->from, r->to);
	}
	fprintf(out, "%s\n", fn->zero_frame ? " (frame zeroed on entry)" : "");
}

static void disasm_func(const Func *fn, FILE *out)
{
	fprintf(out, "func %s (slots %d, params %d, results %d)\n", fn->name,
		fn->nslots, fn->nparams, fn->nresults);
	slot_types(fn, out);
	for (int pc = 0; pc < fn->ncode; pc++) {
		Instr i = fn->code[pc];
		if (INS_OP(i) >= OP__COUNT) {
			fprintf(out, "%5d %5d  ?%u\n", pc, fn->lines[pc], INS_OP(i));
			continue;
		}
		fprintf(out, "%5d %5d  %-9s", pc, fn->lines[pc], op_info[INS_OP(i)].name);
		operands(i, pc, out);
		fputc('\n', out);
	}
	fputc('\n', out);
}

void vm_disasm(const Module *m, FILE *out)
{
	if (m->init)
		disasm_func(m->init, out);
	for (int i = 0; i < m->nfuncs; i++)
		if (m->funcs[i] != m->init)
			disasm_func(m->funcs[i], out);
}
