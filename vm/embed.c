/* embed.c: the public API of include/gvm.h, and the compile pipeline.
 *
 * One compilation runs the stages in order, each on the output of the last:
 *
 *   source ─parse_file─▶ AST ─check_program─▶ typed AST ─cg_compile─▶ Module
 *
 * and stops at the first stage that reports errors, printing them sorted as
 * Go does.  The compiler's data (AST, types, names) lives in an arena that
 * is freed as soon as the Module is built; the Module belongs to the VM.
 */
#include "gvm.h"
#include "embed.h"

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "check.h"
#include "codegen.h"
#include "diag.h"
#include "names.h"
#include "parse.h"
#include "vm.h"

struct gvm_vm {
	VM *vm;
};

const char *gvm_version(void)
{
	return GVM_VERSION;
}

gvm_vm *gvm_new(void)
{
	gvm_vm *g = calloc(1, sizeof *g);
	if (!g)
		return NULL;
	g->vm = vm_new();
	if (!g->vm) {
		free(g);
		return NULL;
	}
	return g;
}

void gvm_free(gvm_vm *g)
{
	if (!g)
		return;
	vm_free(g->vm);
	free(g);
}

static Module *compile(VM *vm, const char *filename, const char *src,
		       size_t len, FILE *errors)
{
	Arena arena;
	Names names;
	Diag diag;
	Program prog;
	Module *m = NULL;

	arena_init(&arena);
	names_init(&names, &arena);
	diag_init(&diag, filename);
	memset(&prog, 0, sizeof prog);

	Node *file = parse_file(&arena, &names, &diag, src, len);
	if (diag_count(&diag) == 0 &&
	    check_program(&arena, &names, &diag, file, &prog) &&
	    diag_count(&diag) == 0)
		m = cg_compile(vm, &prog, filename, &diag);
	if (diag_count(&diag) > 0) {
		diag_print(&diag, errors);
		m = NULL;
	}
	diag_free(&diag);
	names_free(&names);
	arena_free(&arena);
	return m;
}

/* The checker and codegen walk the tree recursively.  The parser bounds
 * the tree's depth (AST_MAX_DEPTH), and the compile runs on a thread of
 * its own whose stack is large enough for that depth, whatever stack the
 * host's thread has.  The stack is reserved, not committed: untouched
 * pages cost nothing. */
enum { COMPILE_STACK = 256 << 20 };

typedef struct CompileJob {
	VM *vm;
	const char *filename, *src;
	size_t len;
	FILE *errors;
	Module *result;
} CompileJob;

static void *compile_thread(void *arg)
{
	CompileJob *job = arg;
	job->result = compile(job->vm, job->filename, job->src, job->len,
			      job->errors);
	return NULL;
}

Module *embed_compile(VM *vm, const char *filename, const char *src,
		      size_t len, FILE *errors)
{
	CompileJob job = {vm, filename, src, len, errors, NULL};
	pthread_attr_t attr;
	pthread_t thread;
	bool started = pthread_attr_init(&attr) == 0 &&
		       pthread_attr_setstacksize(&attr, COMPILE_STACK) == 0 &&
		       pthread_create(&thread, &attr, compile_thread, &job) == 0;
	pthread_attr_destroy(&attr);
	if (!started)
		return compile(vm, filename, src, len, errors);
	pthread_join(thread, NULL);
	return job.result;
}

char *embed_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, n = 0;
	char *buf = malloc(cap);
	while (buf) {
		n += fread(buf + n, 1, cap - n, f);
		if (n < cap)
			break;
		cap *= 2;
		char *bigger = realloc(buf, cap);
		if (!bigger)
			free(buf);
		buf = bigger;
	}
	int failed = ferror(f);
	fclose(f);
	if (failed) {
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

int gvm_run_source(gvm_vm *g, const char *filename, const char *src,
		   size_t len, int argc, char **argv)
{
	Module *m = embed_compile(g->vm, filename, src, len, stderr);
	if (!m)
		return 1;
	return vm_run(g->vm, m, argc, argv);
}

int gvm_run_file(gvm_vm *g, const char *path, int argc, char **argv)
{
	size_t len;
	char *src = embed_read_file(path, &len);
	if (!src) {
		fprintf(stderr, "open %s: %s\n", path, strerror(errno));
		return 1;
	}
	int status = gvm_run_source(g, path, src, len, argc, argv);
	free(src);
	return status;
}

VM *embed_vm(gvm_vm *g)
{
	return g->vm;
}
