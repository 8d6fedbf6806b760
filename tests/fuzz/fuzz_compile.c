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
 * Compile errors are expected and go to a stream that discards them, so the
 * fuzzer's output stays readable; set GVM_FUZZ_ERRORS=1 to see them when
 * replaying a single input.  Build and run: see README.md beside this file.
 */
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>

#include "api.h"
#include "gvm.h"

static ssize_t discard(void *cookie, const char *buf, size_t size)
{
	(void)cookie;
	(void)buf;
	return (ssize_t)size;
}

/* Where compile errors go: a sink unless the user asked to see them. */
static FILE *error_stream(void)
{
	static FILE *sink;
	if (sink)
		return sink;
	if (getenv("GVM_FUZZ_ERRORS")) {
		sink = stderr;
	} else {
		cookie_io_functions_t io = { .write = discard };
		sink = fopencookie(NULL, "w", io);
	}
	return sink;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	gvm_vm *vm = gvm_new();
	if (!vm)
		return 0;
	/* The input is passed as is, not NUL-terminated: parse_file makes
	 * its own terminated copy, and a read past `size` anywhere else is a
	 * bug ASan should see. */
	api_compile(vm, "fuzz.go", (const char *)data, size, true, error_stream());
	gvm_free(vm);
	return 0;
}
