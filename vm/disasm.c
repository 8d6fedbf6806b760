/* disasm.c: `gvm disasm`, a listing of a module's bytecode.
 *
 * One block per function: its name and frame shape, the slots that may
 * hold pointers with the pc range of each, then one line per
 * instruction, `pc  line  OPNAME operands`, with jump targets resolved to
 * absolute pcs.  Operand formats come from the opcode table, so a new
 * instruction needs no change here.
 */
#include <inttypes.h>
#include <string.h>

#include "vmint.h"

static const char *const op_names[OP__COUNT] = {
#define OP(name, fmt, doc) [OP_##name] = #name,
	OPCODES(OP)
#undef OP
};

static const char *const op_formats[OP__COUNT] = {
#define OP(name, fmt, doc) [OP_##name] = fmt,
	OPCODES(OP)
#undef OP
};

static void operands(Instr i, int pc, FILE *out)
{
	const char *f = op_formats[INS_OP(i)];
	const char *sep = "";
	while (*f) {
		bool sgn = *f == 's';
		if (sgn)
			f++;
		fputs(sep, out);
		sep = ", ";
		if (f[0] == 'B' && f[1] == 'x') {
			if (sgn && INS_OP(i) != OP_LOADI)
				fprintf(out, "->%d", pc + 1 + INS_SBX(i));
			else if (sgn)
				fprintf(out, "%" PRId32, INS_SBX(i));
			else
				fprintf(out, "%" PRIu32, INS_BX(i));
			f += 2;
			continue;
		}
		switch (*f++) {
		case 'A': fprintf(out, "%u", INS_A(i)); break;
		case 'B': fprintf(out, sgn ? "#%d" : "%u", sgn ? INS_SB(i) : (int)INS_B(i)); break;
		case 'C': fprintf(out, sgn ? "#%d" : "%u", sgn ? INS_SC(i) : (int)INS_C(i)); break;
		case 'K': fprintf(out, "k%u", INS_B(i)); break;
		case 'J': fprintf(out, "->%d", pc + 1 + INS_SC(i)); break;
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
		fprintf(out, "%5d %5d  %-9s", pc, fn->lines[pc], op_names[INS_OP(i)]);
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
