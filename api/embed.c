/* embed.c: the public API of include/gvm.h, over the layers below.
 *
 * This is the one place that sees both the compiler (lang/) and the
 * runtime (vm/, stdlib/): it asks the VM for a LinkEnv naming the
 * standard library's native packages, compiles with it, loads the module
 * into the VM and runs it.
 */
#include "gvm.h"
#include "api.h"

#include <errno.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "packages.h"
#include "vm.h"

struct gvm_vm {
	VM *vm;
	LinkEnv env;
	LangSession *lang;
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
	g->lang = lang_session_new();
	if (!g->vm || !g->lang) {
		gvm_free(g);
		return NULL;
	}
	int n;
	const NativePackage *const *pkgs = stdlib_packages(&n);
	vm_link_env(g->vm, &g->env, pkgs, n);
	return g;
}

void gvm_free(gvm_vm *g)
{
	if (!g)
		return;
	vm_free(g->vm);
	lang_session_free(g->lang);
	free(g);
}

static Module *compile(gvm_vm *g, const char *filename, const char *src,
		       size_t len, bool need_main, FILE *errors)
{
	bool ok;
	Module *m = lang_compile(g->lang, &g->env, filename, src, len, need_main,
				 errors, &ok);
	if (m)
		vm_load(g->vm, m);
	return ok ? m : NULL;
}

/* The checker and codegen walk the tree recursively.  The parser bounds
 * the tree's depth (AST_MAX_DEPTH), and the compile runs on a thread of
 * its own whose stack is large enough for that depth, whatever stack the
 * host's thread has.  The stack is reserved, not committed: untouched
 * pages cost nothing. */
enum { COMPILE_STACK = 256 << 20 };

typedef struct CompileJob {
	gvm_vm *g;
	const char *filename, *src;
	size_t len;
	bool need_main;
	FILE *errors;
	Module *result;
} CompileJob;

static void *compile_thread(void *arg)
{
	CompileJob *job = arg;
	job->result = compile(job->g, job->filename, job->src, job->len,
			      job->need_main, job->errors);
	return NULL;
}

Module *api_compile(gvm_vm *g, const char *filename, const char *src,
		    size_t len, bool need_main, FILE *errors)
{
	CompileJob job = {g, filename, src, len, need_main, errors, NULL};
	pthread_attr_t attr;
	pthread_t thread;
	bool started = pthread_attr_init(&attr) == 0 &&
		       pthread_attr_setstacksize(&attr, COMPILE_STACK) == 0 &&
		       pthread_create(&thread, &attr, compile_thread, &job) == 0;
	pthread_attr_destroy(&attr);
	if (!started)
		return compile(g, filename, src, len, need_main, errors);
	pthread_join(thread, NULL);
	return job.result;
}

char *api_read_file(const char *path, size_t *len)
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
	Module *m = api_compile(g, filename, src, len, true, stderr);
	if (!m)
		return 1;
	vm_set_args(g->vm, argc, argv);
	return api_run(g, m);
}

int gvm_run_file(gvm_vm *g, const char *path, int argc, char **argv)
{
	size_t len;
	char *src = api_read_file(path, &len);
	if (!src) {
		fprintf(stderr, "open %s: %s\n", path, strerror(errno));
		return 1;
	}
	int status = gvm_run_source(g, path, src, len, argc, argv);
	free(src);
	return status;
}

VM *api_vm(gvm_vm *g)
{
	return g->vm;
}

int api_run(gvm_vm *g, Module *m)
{
	return vm_run_module(g->vm, m);
}

void api_disasm(const Module *m, FILE *out)
{
	vm_disasm(m, out);
}
