/* test_vm_fib.c: the interpreter on hand-built bytecode, independently of
 * the front end: naive recursive fib and a counting loop, checked for their
 * results, and usable as a quick speed probe (`test_vm_fib 32` times
 * fib(32); a third argument prints the disassembly).  `test_vm_fib -1`
 * recurses without end and checks that the run ends with Go's stack
 * overflow report and status 2.
 */
#include <stdio.h>
#include <stdlib.h>

#include "vm/vmint.h"

/* A function with its constant words k[0..nk). */
static Func *mkfunc(Module *m, const char *name, const Instr *code, int n,
		    int nslots, int nparams, int nresults)
{
	Func *f = module_alloc(m, sizeof *f);
	f->name = name;
	f->file = "/hand/fib.go";
	f->k = module_alloc(m, 4 * sizeof(uint64_t));
	f->code = module_alloc(m, (size_t)n * sizeof(Instr));
	f->lines = module_alloc(m, (size_t)n * sizeof(int32_t));
	for (int i = 0; i < n; i++) {
		f->code[i] = code[i];
		f->lines[i] = i + 1;
	}
	f->ncode = n;
	f->nslots = nslots;
	f->nparams = nparams;
	f->nresults = nresults;
	f->has_params = nparams > 0;
	return f;
}

/* f(n) { return f(n+1) }: must end with Go's stack overflow report. */
static int overflow(void)
{
	VM *vm = vm_new(NULL);
	Module *m = calloc(1, sizeof *m);
	const Instr f[] = {
		ins_make(OP_ADDK, 0, 4, 0, 1),
		ins_make_bx(OP_CALL, 4, 0),
		ins_make(OP_RET1, 0, 4, 0, 0),
	};
	m->funcs = module_alloc(m, sizeof(Func *));
	m->funcs[0] = mkfunc(m, "main.f", f, 3, 5, 1, 1);
	m->funcs[0]->k[0] = (uint64_t)m->funcs[0]; /* the callee of CALL k0 */
	m->nfuncs = 1;
	m->main = m->funcs[0];
	vm_load(vm, m);
	int st = vm_run_module(vm, m);
	vm_free(vm);
	printf("status %d\n", st);
	return st == 2 ? 0 : 1;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 20;
	if (n < 0)
		return overflow();
	VM *vm = vm_new(NULL);
	Module *m = calloc(1, sizeof *m);
	LinkEnv env;
	vm_link_env(vm, &env, NULL, 0);
	uint64_t *globals = env.globals(env.ctx, NULL, 2, NULL);
	/* fib(n): if n < 2 { return n }; return fib(n-1) + fib(n-2) */
	const Instr fib[] = {
		ins_make(OP_JGEK, 0, 0, 2, 1),
		ins_make(OP_RET1, 0, 0, 0, 0),
		ins_make(OP_ADDK, 0, 4, 0, (uint16_t)-1),
		ins_make_bx(OP_CALL, 4, 0),
		ins_make(OP_ADDK, 0, 8, 0, (uint16_t)-2),
		ins_make_bx(OP_CALL, 8, 0),
		ins_make(OP_ADD, 0, 4, 4, 8),
		ins_make(OP_RET1, 0, 4, 0, 0),
	};
	/* main: r = fib(n); loop sum += i for i < 100M/... ; store both */
	const Instr mainc[] = {
		ins_make_bx(OP_LOADI, 3, (uint32_t)n),
		ins_make_bx(OP_CALL, 3, 0),
		ins_make(OP_GSET, 0, 1, 3, 1),        /* *k1 = fib(n) */
		ins_make_bx(OP_LOADI, 1, 0),          /* sum */
		ins_make_bx(OP_LOADI, 2, 0),          /* i */
		ins_make_bx(OP_LOADI, 3, 100000000),  /* limit */
		ins_make_bx(OP_JMP, 0, 2),
		ins_make(OP_ADD, 0, 1, 1, 2),
		ins_make(OP_ADDK, 0, 2, 2, 1),
		ins_make(OP_JLT, 0, 2, 3, (uint16_t)-3),
		ins_make(OP_GSET, 0, 2, 1, 1),        /* *k2 = sum */
		ins_make(OP_RET0, 0, 0, 0, 0),
	};
	m->funcs = module_alloc(m, 2 * sizeof(Func *));
	m->funcs[0] = mkfunc(m, "main.fib", fib, 8, 9, 1, 1);
	m->funcs[1] = mkfunc(m, "main.main", mainc, 12, 4, 0, 0);
	m->funcs[0]->k[0] = m->funcs[1]->k[0] = (uint64_t)m->funcs[0];
	m->funcs[1]->k[1] = (uint64_t)&globals[0];
	m->funcs[1]->k[2] = (uint64_t)&globals[1];
	m->nfuncs = 2;
	m->main = m->funcs[1];
	vm_load(vm, m);
	int st = vm_run_module(vm, m);
	long long fibn = (long long)globals[0], sum = (long long)globals[1];
	printf("fib(%d) = %lld, sum = %lld, status %d\n", n, fibn, sum, st);
	if (argc > 2)
		vm_disasm(m, stdout);
	vm_free(vm);
	bool ok = st == 0 && sum == 4999999950000000LL && (n != 20 || fibn == 6765);
	return ok ? 0 : 1;
}
