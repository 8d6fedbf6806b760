/* embed.c: the public API of include/gvm.h, over the layers below.
 *
 * This is the one place that sees both the compiler (lang/) and the
 * runtime (vm/, stdlib/): it asks the VM for a LinkEnv naming the
 * standard library's native packages, compiles with it, loads the module
 * into the VM and runs it.
 *
 * The host's gvm_config becomes the VM's one allocator and one output
 * path; the gvm_vm handle itself is allocated from the VM's allocator,
 * and compile errors are written through the VM's stream 2 like every
 * other output of a program.
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
	return gvm_new_with(NULL);
}

gvm_vm *gvm_new_with(const gvm_config *cfg)
{
	VMConfig vc = {0};
	if (cfg) {
		vc.alloc = cfg->realloc;
		vc.alloc_ud = cfg->realloc_ud;
		vc.write = cfg->write;
		vc.write_ud = cfg->write_ud;
	}
	VM *vm = vm_new(&vc);
	if (!vm)
		return NULL;
	gvm_vm *g = mem_alloc(vm_mem(vm), sizeof *g);
	if (!g) {
		vm_free(vm);
		return NULL;
	}
	g->vm = vm;
	g->lang = lang_session_new(vm_mem(vm));
	if (!g->lang) {
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
	VM *vm = g->vm;
	lang_session_free(g->lang);
	mem_free(vm_mem(vm), g);
	vm_free(vm);
}

static void write_str(gvm_vm *g, const char *s)
{
	vm_write(g->vm, 2, s, strlen(s));
}

static const char oom_text[] = "fatal error: runtime: out of memory\n";

static Module *compile(gvm_vm *g, const char *filename, const char *src,
		       size_t len, bool need_main, int *status)
{
	StrBuf errors = SB_INIT(g->env.mem);
	LangStatus st;
	Module *m = lang_compile(g->lang, &g->env, filename, src, len, need_main,
				 &errors, &st);
	if (m)
		vm_load(g->vm, m);
	if (st == LANG_OUT_OF_MEMORY || errors.failed) {
		write_str(g, oom_text);
		*status = 2;
	} else if (st == LANG_ERRORS) {
		vm_write(g->vm, 2, errors.data, errors.len);
		*status = 1;
	} else {
		*status = 0;
	}
	sb_free(&errors);
	return st == LANG_OK ? m : NULL;
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
	int status;
	Module *result;
} CompileJob;

static void *compile_thread(void *arg)
{
	CompileJob *job = arg;
	job->result = compile(job->g, job->filename, job->src, job->len,
			      job->need_main, &job->status);
	return NULL;
}

Module *api_compile(gvm_vm *g, const char *filename, const char *src,
		    size_t len, bool need_main, int *status)
{
	int ignored;
	if (!status)
		status = &ignored;
	CompileJob job = {g, filename, src, len, need_main, 0, NULL};
	pthread_attr_t attr;
	pthread_t thread;
	bool started = pthread_attr_init(&attr) == 0 &&
		       pthread_attr_setstacksize(&attr, COMPILE_STACK) == 0 &&
		       pthread_create(&thread, &attr, compile_thread, &job) == 0;
	pthread_attr_destroy(&attr);
	if (!started)
		return compile(g, filename, src, len, need_main, status);
	pthread_join(thread, NULL);
	*status = job.status;
	return job.result;
}

/* The whole file in a block of mem (NULL: the C library's), or NULL with
 * errno set (ENOMEM when mem fails). */
static char *read_file(Mem *mem, const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 4096, n = 0;
	char *buf = mem_realloc(mem, NULL, cap);
	while (buf) {
		n += fread(buf + n, 1, cap - n, f);
		if (n < cap)
			break;
		cap *= 2;
		char *bigger = mem_realloc(mem, buf, cap);
		if (!bigger)
			mem_free(mem, buf);
		buf = bigger;
	}
	int failed = ferror(f), err = errno;
	fclose(f);
	if (failed || !buf) {
		mem_free(mem, buf);
		errno = failed ? err : ENOMEM;
		return NULL;
	}
	*len = n;
	return buf;
}

char *api_read_file(const char *path, size_t *len)
{
	return read_file(NULL, path, len);
}

int gvm_run_source(gvm_vm *g, const char *filename, const char *src,
		   size_t len, int argc, char **argv)
{
	int status;
	Module *m = api_compile(g, filename, src, len, true, &status);
	if (!m)
		return status;
	if (!vm_set_args(g->vm, argc, argv))
		return 2;
	return api_run(g, m);
}

int gvm_run_file(gvm_vm *g, const char *path, int argc, char **argv)
{
	size_t len;
	char *src = read_file(vm_mem(g->vm), path, &len);
	if (!src && errno == ENOMEM) {
		write_str(g, oom_text);
		return 2;
	}
	if (!src) {
		StrBuf msg = SB_INIT(vm_mem(g->vm));
		sb_printf(&msg, "open %s: %s\n", path, strerror(errno));
		bool oom = msg.failed;
		if (oom)
			write_str(g, oom_text);
		else
			vm_write(g->vm, 2, msg.data, msg.len);
		sb_free(&msg);
		return oom ? 2 : 1;
	}
	int status = gvm_run_source(g, path, src, len, argc, argv);
	mem_free(vm_mem(g->vm), src);
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
