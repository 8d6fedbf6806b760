/* fuzz_compile.c: a libFuzzer target for gvm's compiler.
 *
 * Each input is one source file.  It goes through the whole compile
 * pipeline -- parse_file, check_program, cg_compile, as embed_compile runs
 * them -- but is never run: a fuzzer-made program is as likely to loop
 * forever as not, and a hang in a program is no bug.  A crash, a sanitizer
 * report or a hang here is always a compiler bug, because the compiler's
 * rule is that bad input gets `file.go:L:C: message`, nothing worse.
 *
 * A fresh VM per input keeps one input's Module from leaking into the next.
 * Compile errors are expected and go to a write function that discards them, so the
 * fuzzer's output stays readable; set GVM_FUZZ_ERRORS=1 to see them when
 * replaying a single input.  Build and run: see README.md beside this file.
 */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "api.h"
#include "gvm.h"

static void discard(void *ud, int stream, const char *p, size_t n)
{
	(void)ud;
	(void)stream;
	(void)p;
	(void)n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* Compile errors go to a sink unless the user asked to see them. */
	gvm_config cfg = {0};
	if (!getenv("GVM_FUZZ_ERRORS"))
		cfg.write = discard;
	gvm_vm *vm = gvm_new_with(&cfg);
	if (!vm)
		return 0;
	/* The input is passed as is, not NUL-terminated: parse_file makes
	 * its own terminated copy, and a read past `size` anywhere else is a
	 * bug ASan should see. */
	api_compile(vm, "fuzz.go", (const char *)data, size, true, NULL);
	gvm_free(vm);
	return 0;
}
