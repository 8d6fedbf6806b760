/* test_frames.c: which frame slots the prologue zeroes (codegen.c's
 * zero_prologue), checked on compiled functions.
 *
 * The rule: a slot above the parameters that is ever in a pointer range
 * holds no stale word where the collector could look.  Either the ZERO
 * at pc 0 covers it, or an instruction of the straight run from the
 * start that cannot allocate, call, yield, jump or panic writes it (a
 * literal's LDCELL of a captured cell) and its ranges begin after that
 * write.  No pointer range of a non-parameter slot includes pc 0, where
 * a call's budget check may stop before the callee runs.  Then the
 * expected shapes: literals that only read and write their captured
 * ints need no ZERO at all; a function that allocates does.
 */
#include <stdio.h>
#include <string.h>

#include "api.h"
#include "lang.h"
#include "opinfo.h"
#include "vmint.h"

static const char src[] =
	"package main\n"
	"\n"
	"func counter() func() int {\n"
	"\tn := 0\n"
	"\treturn func() int { n++; return n }\n"
	"}\n"
	"\n"
	"func compose(f, g func(int) int) func(int) int {\n"
	"\treturn func(x int) int { return f(g(x)) }\n"
	"}\n"
	"\n"
	"func main() {\n"
	"\tk := 1\n"
	"\tbump := func(d int) { k += d }\n"
	"\tbump(2)\n"
	"\tnext := counter()\n"
	"\th := compose(func(x int) int { return x * 2 }, func(x int) int { return x + k })\n"
	"\tprintln(next(), h(3), k)\n"
	"}\n";

static int failures;

static void check(bool ok, const char *fn, const char *what)
{
	if (!ok) {
		printf("FAIL: %s: %s\n", fn, what);
		failures++;
	}
}

/* The pc where the straight run from the start first writes slot s, or -1. */
static int prefix_write(const Func *fn, int s)
{
	for (int pc = 0; pc < fn->ncode; pc++) {
		Instr i = fn->code[pc];
		const OpInfo *o = &op_info[INS_OP(i)];
		if (o->flags & (OPF_SAFEPOINT | OPF_PANIC | OPF_JUMP | OPF_ENDS))
			return -1;
		int first = (int)op_range_slot(o->def, i);
		int n = o->def.field == OPR_NONE || o->def.width > 3 ? 0 : op_range_words(o->def, i, NULL);
		if (INS_OP(i) != OP_ZERO && s >= first && s < first + n)
			return pc;
	}
	return -1;
}

static void check_func(const Func *fn)
{
	int zlo = 0, zn = 0;
	if (fn->ncode && INS_OP(fn->code[0]) == OP_ZERO && fn->zero_frame) {
		zlo = (int)INS_A(fn->code[0]);
		zn = (int)INS_B(fn->code[0]);
	}
	check(fn->zero_frame == (zn > 0), fn->name, "zero_frame and the ZERO at pc 0 agree");
	for (int r = 0; r < fn->nranges; r++) {
		const SlotRange *sr = &fn->ranges[r];
		if (sr->slot < fn->nparams)
			continue;
		check(sr->from > 0, fn->name, "a non-parameter pointer range includes pc 0");
		if (sr->slot >= zlo && sr->slot < zlo + zn)
			continue;
		int w = prefix_write(fn, sr->slot);
		check(w >= 0 && sr->from > w, fn->name,
		      "a pointer slot neither zeroed nor written before its range");
	}
}

static const Func *func_named(const Module *m, const char *name)
{
	for (int i = 0; i < m->nfuncs; i++)
		if (strcmp(m->funcs[i]->name, name) == 0)
			return m->funcs[i];
	return NULL;
}

int main(void)
{
	gvm_vm *g = gvm_new();
	Module *m = api_compile(g, "frames.go", src, sizeof src - 1, true, NULL);
	if (!m) {
		printf("FAIL: the program does not compile\n");
		return 1;
	}
	for (int i = 0; i < m->nfuncs; i++)
		check_func(m->funcs[i]);
	const char *plain[] = {"main.counter.func1", "main.main.func1"};
	for (int i = 0; i < 2; i++) {
		const Func *fn = func_named(m, plain[i]);
		check(fn && !fn->zero_frame, plain[i], "a literal using only its cells zeroes its frame");
	}
	const Func *counter = func_named(m, "main.counter");
	check(counter && counter->zero_frame, "main.counter", "the slot of NEW is not zeroed");
	check(api_run(g, m) == 0, "main", "the program runs");
	gvm_free(g);
	printf("test_frames: %d failed\n", failures);
	return failures != 0;
}
