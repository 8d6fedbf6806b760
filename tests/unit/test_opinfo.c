/* test_opinfo.c: the table of opcode facts agrees with itself.
 *
 * op_info[] is expanded from opcodes.h; this checks what the X-macro
 * cannot enforce by itself: each row's format string matches its operand
 * list and covers each field once, every jump operand is flagged a jump
 * and vice versa, the safepoint flag is exactly "may allocate, call, block
 * or yield", inverse jumps pair up, and the def/use runs name fields the
 * format lays out as plain slots, with counts taken from fields that are
 * not themselves slots.  Then the helpers (jump targets, patching, run
 * extents) on a few hand-built instructions.
 *
 * The program prints every failure and exits 1 if there was one.
 */
#include <stdio.h>
#include <string.h>

#include "abi/opinfo.h"

static int failures;

#define CHECK(cond, ...)                                          \
	do {                                                      \
		if (!(cond)) {                                    \
			printf("FAIL %s:%d: ", __FILE__, __LINE__); \
			printf(__VA_ARGS__);                      \
			putchar('\n');                            \
			failures++;                               \
		}                                                 \
	} while (0)

static const char *const opnd_text[] = {
	[OPND_A] = "A", [OPND_B] = "B", [OPND_C] = "C", [OPND_SB] = "sB",
	[OPND_SC] = "sC", [OPND_K] = "K", [OPND_BX] = "Bx", [OPND_SBX] = "sBx",
	[OPND_J] = "J", [OPND_JX] = "Jx",
};

/* The fields (bit 0 a, 1 b, 2 c) an operand occupies. */
static unsigned opnd_fields(unsigned k)
{
	switch (k) {
	case OPND_A: return 1;
	case OPND_B: case OPND_SB: case OPND_K: return 2;
	case OPND_C: case OPND_SC: case OPND_J: return 4;
	case OPND_BX: case OPND_SBX: case OPND_JX: return 6;
	default: return 0;
	}
}

static bool has_opnd(const OpInfo *o, unsigned k)
{
	for (int n = 0; n < o->nopnd; n++)
		if (o->opnd[n] == k)
			return true;
	return false;
}

/* The operand that lays out field f as an unsigned slot or count. */
static unsigned plain(unsigned f)
{
	return f == OPR_A ? OPND_A : f == OPR_B ? OPND_B : OPND_C;
}

static void check_format(int op, const OpInfo *o)
{
	char buf[16] = "";
	unsigned seen = 0;
	CHECK(o->nopnd <= 3, "%s: %d operands", o->name, o->nopnd);
	for (int n = 0; n < o->nopnd && n < 3; n++) {
		unsigned k = o->opnd[n];
		CHECK(k > OPND_NONE && k <= OPND_JX, "%s: operand kind %u", o->name, k);
		if (k > OPND_NONE && k <= OPND_JX)
			strcat(buf, opnd_text[k]);
		CHECK(!(seen & opnd_fields(k)), "%s: a field laid out twice", o->name);
		seen |= opnd_fields(k);
	}
	CHECK(strcmp(buf, o->format) == 0, "%s: format \"%s\" but operands \"%s\"",
	      o->name, o->format, buf);
	bool jump = has_opnd(o, OPND_J) || has_opnd(o, OPND_JX);
	CHECK(jump == !!(o->flags & OPF_JUMP), "%s: jump operand and OPF_JUMP disagree", o->name);
	CHECK(jump == (op_jump_kind((unsigned)op) != OPND_NONE), "%s: op_jump_kind", o->name);
}

static void check_range(const OpInfo *o, OpRange r, unsigned *slots, unsigned *counts)
{
	if (r.field == OPR_NONE) {
		CHECK(r.width == 0, "%s: an empty run with a width", o->name);
		return;
	}
	CHECK(r.field <= OPR_C, "%s: run field %u", o->name, r.field);
	CHECK(has_opnd(o, plain(r.field)), "%s: a run at a field the format does not lay out as a slot",
	      o->name);
	*slots |= 1u << r.field;
	switch (r.width) {
	case 1: case 2: case 3: case 4: case 5: break;
	case OPW_B: CHECK(has_opnd(o, OPND_B), "%s: counted by b, no B", o->name); *counts |= 1u << OPR_B; break;
	case OPW_C: CHECK(has_opnd(o, OPND_C), "%s: counted by c, no C", o->name); *counts |= 1u << OPR_C; break;
	case OPW_X: break;
	case OPW_TYPE: case OPW_TYPE2: case OPW_MAPKEY:
		CHECK(has_opnd(o, OPND_C), "%s: sized by k[c], no C", o->name); *counts |= 1u << OPR_C; break;
	case OPW_VALUES: CHECK(has_opnd(o, OPND_B), "%s: typed by k[b], no B", o->name); *counts |= 1u << OPR_B; break;
	case OPW_PARAMS: case OPW_RESULTS:
		CHECK(has_opnd(o, OPND_BX) && r.field == OPR_A, "%s: a callee's run needs a and Bx", o->name);
		break;
	case OPW_REST: break;
	default: CHECK(0, "%s: run width %u", o->name, r.width);
	}
}

static void check_slots(const OpInfo *o)
{
	unsigned slots = 0, counts = 0, defs = 0;
	check_range(o, o->def, &defs, &counts);
	check_range(o, o->use[0], &slots, &counts);
	check_range(o, o->use[1], &slots, &counts);
	check_range(o, o->use[2], &slots, &counts);
	CHECK(!((slots | defs) & counts), "%s: a field is both a slot and a count", o->name);
	if (o->use[1].field != OPR_NONE)
		CHECK(o->use[0].field != OPR_NONE, "%s: use[1] without use[0]", o->name);
	if (o->use[2].field != OPR_NONE)
		CHECK(o->use[1].field != OPR_NONE, "%s: use[2] without use[1]", o->name);
	/* only a counted loop's increment-and-branch writes (its counter) */
	if (o->flags & OPF_JUMP)
		CHECK(o->def.field == OPR_NONE || ((o->flags & OPF_LOOP) && o->def.field == OPR_A),
		      "%s: a jump writes a slot", o->name);
	if (o->flags & OPF_ADDR)
		CHECK(o->use[0].field != OPR_NONE, "%s: takes the address of nothing", o->name);
}

static void check_flags(int op, const OpInfo *o)
{
	unsigned f = o->flags;
	bool reason = f & (OPF_ALLOC | OPF_CALL | OPF_BLOCK | OPF_YIELD);
	CHECK(reason == !!(f & OPF_SAFEPOINT), "%s: OPF_SAFEPOINT is not alloc|call|block|yield", o->name);
	if (f & (OPF_CALL | OPF_ALLOC))
		CHECK(f & OPF_SAFEPOINT, "%s: calls or allocates but is no safepoint", o->name);
	/* A taken backward jump spends budget and may stop at the safepoint. */
	if (f & OPF_JUMP)
		CHECK(f & OPF_YIELD, "%s: a jump that cannot yield", o->name);
	if (f & OPF_CLOBBER)
		CHECK(f & OPF_CALL, "%s: clobbers a frame without a call", o->name);
	if ((f & OPF_ENDS) && (f & OPF_JUMP))
		CHECK(o->use[0].field == OPR_NONE, "%s: a conditional jump ends the block", o->name);
	if ((f & OPF_ENDS) && !(f & OPF_JUMP))
		CHECK(o->def.field == OPR_NONE, "%s: writes a slot nothing reads after", o->name);
	bool ends = op == OP_JMP || op == OP_RET || op == OP_RET0 || op == OP_RET1 || op == OP_RETD || op == OP_PANIC ||
		    op == OP_PANICCONT || op == OP_PANICPRINT;
	CHECK(ends == !!(f & OPF_ENDS), "%s: OPF_ENDS", o->name);
}

static void check_inverse(int op, const OpInfo *o)
{
	if (o->inverse == OP_NOP) {
		/* cg_jump's long form needs the inverse of every fused jump. */
		CHECK(op_jump_kind((unsigned)op) != OPND_J || (o->flags & OPF_LOOP),
		      "%s: a fused jump without an inverse", o->name);
		CHECK(!(o->flags & OPF_SWAP), "%s: OPF_SWAP without an inverse", o->name);
		return;
	}
	CHECK(o->inverse < OP__COUNT, "%s: inverse out of range", o->name);
	if (o->inverse >= OP__COUNT)
		return;
	const OpInfo *inv = &op_info[o->inverse];
	CHECK(o->flags & OPF_JUMP, "%s: not a jump but has an inverse", o->name);
	CHECK(o->inverse != op, "%s: its own inverse", o->name);
	CHECK(inv->inverse == op, "%s: the inverse of %s is %s", o->name, inv->name,
	      op_info[inv->inverse].name);
	CHECK(strcmp(inv->format, o->format) == 0, "%s and %s: formats differ", o->name, inv->name);
	CHECK((inv->flags & OPF_SWAP) == (o->flags & OPF_SWAP), "%s and %s: OPF_SWAP differs",
	      o->name, inv->name);
}

static void check_table(void)
{
	for (int op = 0; op < OP__COUNT; op++) {
		const OpInfo *o = &op_info[op];
		CHECK(o->name && o->name[0], "opcode %d has no name", op);
		CHECK(o->format && o->doc, "opcode %d has no format or comment", op);
		if (!o->name || !o->format || !o->doc)
			continue;
		for (int p = 0; p < op; p++)
			CHECK(strcmp(op_info[p].name, o->name) != 0, "%s: named twice", o->name);
		check_format(op, o);
		check_slots(o);
		check_flags(op, o);
		check_inverse(op, o);
	}
	CHECK(strcmp(op_info[OP_LOADI].name, "LOADI") == 0 && strcmp(op_info[OP_PANIC].name, "PANIC") == 0,
	      "names out of step with the enum");
}

static void check_helpers(void)
{
	Instr jmp = ins_make_bx(OP_JMP, 0, (uint32_t)-5);
	CHECK(op_jump_target(jmp, 10) == 6, "JMP -5 at 10: %d", op_jump_target(jmp, 10));
	CHECK(op_set_jump(&jmp, 100000) && op_jump_target(jmp, 0) == 100001, "JMP takes 32 bits");
	/* The immediate that once needed a special case. */
	Instr loadi = ins_make_bx(OP_LOADI, 3, (uint32_t)-5);
	CHECK(op_jump_target(loadi, 10) == -1, "LOADI is no jump");
	CHECK(!op_set_jump(&loadi, 1) && INS_SBX(loadi) == -5, "LOADI patched");
	Instr jeq = ins_make(OP_JEQ, 7, 1, 2, 0);
	CHECK(op_set_jump(&jeq, -3) && op_jump_target(jeq, 4) == 2, "JEQ -3");
	CHECK(INS_X(jeq) == 7 && INS_A(jeq) == 1 && INS_B(jeq) == 2, "JEQ fields kept");
	CHECK(!op_set_jump(&jeq, 40000) && INS_SC(jeq) == -3, "JEQ 40000 fits 16 bits");
	Instr jt = ins_make_bx(OP_JT, 9, 0);
	CHECK(op_set_jump(&jt, -70000) && INS_A(jt) == 9 && op_jump_target(jt, 0) == -69999, "JT");

	Instr movn = ins_make(OP_MOVN, 0, 10, 20, 4);
	CHECK(op_range_slot(op_info[OP_MOVN].def, movn) == 10 &&
	      op_range_words(op_info[OP_MOVN].def, movn, NULL) == 4, "MOVN def");
	CHECK(op_range_slot(op_info[OP_MOVN].use[0], movn) == 20 &&
	      op_range_words(op_info[OP_MOVN].use[0], movn, NULL) == 4, "MOVN use");
	Instr zero = ins_make(OP_ZERO, 0, 5, 7, 0);
	CHECK(op_range_words(op_info[OP_ZERO].def, zero, NULL) == 7, "ZERO def");
	CHECK(op_range_words(op_info[OP_ZERO].use[0], zero, NULL) == 0, "ZERO reads");
	Instr mov2 = ins_make(OP_MOV2, 0, 1, 3, 0);
	CHECK(op_range_words(op_info[OP_MOV2].def, mov2, NULL) == 2 &&
	      op_range_slot(op_info[OP_MOV2].use[0], mov2) == 3 &&
	      op_range_words(op_info[OP_MOV2].use[0], mov2, NULL) == 2, "MOV2");

	Instr stidx = ins_make(OP_STIDX, 0, 4, 6, 7);
	CHECK(op_range_words(op_info[OP_STIDX].use[0], stidx, NULL) == 2 &&
	      op_range_slot(op_info[OP_STIDX].use[1], stidx) == 6 &&
	      op_range_slot(op_info[OP_STIDX].use[2], stidx) == 7 &&
	      op_range_words(op_info[OP_STIDX].use[2], stidx, NULL) == 1, "STIDX reads three runs");

	Func callee = {.name = "f", .nparams = 2, .nresults = 1};
	RType t12 = {.kind = RK_STRUCT, .size = 12, .align = 4, .name = "T"};
	uint64_t k[2] = {(uint64_t)(uintptr_t)&callee, (uint64_t)(uintptr_t)&t12};
	Instr call = ins_make_bx(OP_CALL, 8, 0);
	CHECK(op_range_words(op_info[OP_CALL].use[0], call, k) == 2, "CALL reads its parameters");
	CHECK(op_range_words(op_info[OP_CALL].def, call, k) == 1, "CALL writes its results");
	Instr box = ins_make(OP_BOX, 0, 4, 6, 1);
	CHECK(op_range_words(op_info[OP_BOX].use[0], box, k) == 2, "BOX reads a 12-byte value");
	Instr ncall = ins_make(OP_NCALL, 0, 4, 0, 1);
	CHECK(op_range_words(op_info[OP_NCALL].def, ncall, k) == -1, "NCALL's extent is the rest");
	CHECK(op_jump_kind(OP__COUNT + 3) == OPND_NONE, "op_jump_kind out of range");
}

int main(void)
{
	check_table();
	check_helpers();
	if (failures)
		printf("%d failures\n", failures);
	else
		printf("op_info: %d opcodes consistent\n", (int)OP__COUNT);
	return failures != 0;
}
