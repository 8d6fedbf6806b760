/* vm.c: creating, linking, running and freeing a VM.
 *
 * The VM-wide tables live here.  Package variables are blocks of stable
 * storage (GlobalBlock), each with its pointer bitmap, handed out to the
 * compiler through the LinkEnv so that GGET/GSET address them directly
 * and a later module reads an earlier module's globals.  Runtime type
 * descriptors are hash-consed by their identity key (an open-addressing
 * table of strings), so one type has one RType per VM whichever module
 * mentions it.
 *
 * vm_run_module is Go's runtime.main in miniature: the library packages'
 * initialisation, then the program's package variable initialisation,
 * each func init() in source order, then main.main, each
 * run on the main goroutine to completion, and the way the run ended
 * turned into a process exit status.
 *
 * A VM has one allocator (its Mem: the VM struct itself, modules, heap,
 * stacks, globals and tables all come from it) and one output path (its
 * write function); vm_new takes both from the host's VMConfig.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>

#include "vmint.h"
#include "equal.h"

/* The default output: unbuffered writes to fds 1 and 2. */
static void write_fd(void *ud, int stream, const char *p, size_t n)
{
	int fd = stream == 1 ? 1 : 2;
	while (n > 0) {
		ssize_t w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return;
		}
		p += w;
		n -= (size_t)w;
	}
}

VM *vm_new(const VMConfig *cfg)
{
	static const VMConfig defaults = {0};
	if (!cfg)
		cfg = &defaults;
	Mem mem;
	mem_init(&mem, cfg->alloc, cfg->alloc_ud);
	VM *vm = mem_alloc(&mem, sizeof *vm);
	if (!vm)
		return NULL;
	vm->mem = mem;
	vm->write = cfg->write ? cfg->write : write_fd;
	vm->write_ud = cfg->write ? cfg->write_ud : NULL;
	gc_heap_init(&vm->heap, &vm->mem);
	vm->scratch = SB_INIT(&vm->mem);
	vm->budget = VM_BUDGET;
	vm->rng = map_entropy();
	vm->unique_seed = map_entropy();
	const char *stress = getenv("GVM_STRESS");
	vm->stress_stack = stress && strstr(stress, "stack");
	vm_gc_config(vm);
	return vm;
}

void vm_free(VM *vm)
{
	if (!vm)
		return;
	vm_stackmaps_free(vm);
	vm_unique_free(vm);
	Module *m = vm->modules;
	while (m) {
		Module *next = m->next;
		module_free(m);
		m = next;
	}
	GlobalBlock *b = vm->globals;
	while (b) {
		GlobalBlock *next = b->next;
		mem_free(&vm->mem, b);
		b = next;
	}
	vm_g_free(vm, vm->main_g);
	vm_g_free(vm, vm->cleanup_g);
	gc_heap_free(&vm->heap);
	sb_free(&vm->scratch);
	mem_free(&vm->mem, vm->rtypes);
	Mem mem = vm->mem; /* the VM's block is freed through a copy */
	mem_free(&mem, vm);
}

/* ---- the link environment ---- */

static uint64_t *link_globals(void *ctx, const char *name, size_t words,
			      const uint8_t *ptrmask)
{
	VM *vm = ctx;
	if (name)
		for (GlobalBlock *b = vm->globals; b; b = b->next)
			if (b->name && strcmp(b->name, name) == 0)
				return b->data;
	size_t maskbytes = (words + 7) / 8;
	GlobalBlock *b = mem_alloc(&vm->mem, sizeof *b + (words ? words : 1) * 8 +
				   maskbytes + (name ? strlen(name) + 1 : 0));
	if (!b)
		return NULL;
	uint8_t *mask = (uint8_t *)(b->data + (words ? words : 1));
	if (ptrmask)
		memcpy(mask, ptrmask, maskbytes);
	b->ptrmask = mask;
	b->words = words;
	if (name)
		b->name = strcpy((char *)mask + maskbytes, name);
	b->next = vm->globals;
	vm->globals = b;
	return b->data;
}

static size_t hash_key(const char *s)
{
	size_t h = 14695981039346656037ull; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static bool rtypes_grow(VM *vm)
{
	size_t cap = vm->rtcap ? vm->rtcap * 2 : 64;
	RTypeSlot *slots = mem_calloc(&vm->mem, cap, sizeof *slots);
	if (!slots)
		return false;
	for (size_t i = 0; i < vm->rtcap; i++) {
		RTypeSlot *s = &vm->rtypes[i];
		if (!s->key)
			continue;
		size_t j = hash_key(s->key) & (cap - 1);
		while (slots[j].key)
			j = (j + 1) & (cap - 1);
		slots[j] = *s;
	}
	mem_free(&vm->mem, vm->rtypes);
	vm->rtypes = slots;
	vm->rtcap = cap;
	return true;
}

static const RType *link_intern(void *ctx, const RType *rt, const char *key)
{
	VM *vm = ctx;
	if ((vm->nrtypes + 1) * 4 > vm->rtcap * 3 && !rtypes_grow(vm))
		return rt; /* out of memory: a duplicate is still a valid RType */
	size_t j = hash_key(key) & (vm->rtcap - 1);
	while (vm->rtypes[j].key) {
		if (strcmp(vm->rtypes[j].key, key) == 0)
			return vm->rtypes[j].rt;
		j = (j + 1) & (vm->rtcap - 1);
	}
	/* The key lives as long as rt: both are in module memory. */
	vm->rtypes[j] = (RTypeSlot){key, rt};
	vm->nrtypes++;
	return rt;
}

const RType *vm_intern_rtype(VM *vm, const RType *rt, const char *key)
{
	return link_intern(vm, rt, key);
}

static const NativeDecl builtin_decls[] = {
	{"func print(args ...any)", vm_builtin_print},
	{"func println(args ...any)", vm_builtin_println},
};

static const NativePackage builtins = {
	"builtin", builtin_decls, sizeof builtin_decls / sizeof builtin_decls[0]};

void vm_link_env(VM *vm, LinkEnv *env, const NativePackage *const *packages,
		 int npackages)
{
	memset(env, 0, sizeof *env);
	env->ctx = vm;
	env->mem = &vm->mem;
	env->builtins = &builtins;
	env->packages = packages;
	env->npackages = npackages;
	env->globals = link_globals;
	env->intern_rtype = link_intern;
}

void vm_load(VM *vm, Module *m)
{
	for (Module *p = m->packages; p; p = p->next_package) {
		p->next = vm->modules;
		vm->modules = p;
	}
	m->next = vm->modules;
	vm->modules = m;
}

/* os.Args: a []string on the heap. */
bool vm_set_args(VM *vm, int argc, char **argv)
{
	static const uint8_t slice_mask[] = {1};
	uint64_t *s = link_globals(vm, "os.Args", 3, slice_mask);
	uint64_t *arr = s ? gc_alloc(&vm->heap, (size_t)(argc ? argc : 1) * 16, NULL)
			  : NULL;
	if (!arr) {
		vm_fatal(vm, NULL, VM_OOM_MSG);
		return false;
	}
	for (int i = 0; i < argc; i++) {
		arr[2 * i] = (uint64_t)argv[i];
		arr[2 * i + 1] = strlen(argv[i]);
	}
	s[0] = (uint64_t)arr;
	s[1] = (uint64_t)argc;
	s[2] = (uint64_t)argc;
	return true;
}

/* ---- running ---- */

/* Run fn (no parameters) on the main goroutine to completion. */
static VMStatus run_func(VM *vm, const Func *fn)
{
	if (!vm->main_g && !(vm->main_g = vm_g_new(vm, 1))) {
		vm_fatal(vm, NULL, VM_OOM_MSG);
		return VM_PANIC;
	}
	vm->g = vm->main_g;
	if (!vm_g_start(vm, vm->g, fn))
		return VM_PANIC;
	VMStatus st;
	while ((st = vm_execute(vm)) == VM_STOP)
		; /* nothing asks to stop yet: resume where it stopped */
	return st;
}

static int status_code(VM *vm, VMStatus st)
{
	return st == VM_EXIT ? vm->exit_code : 2;
}

/* A module's package initialisation, once. */
static VMStatus init_module(VM *vm, Module *m)
{
	VMStatus st = VM_OK;
	if (m->initialised)
		return VM_OK;
	m->initialised = true;
	if (m->init && (st = run_func(vm, m->init)) != VM_OK)
		return st;
	for (int i = 0; i < m->ninits; i++)
		if ((st = run_func(vm, m->inits[i])) != VM_OK)
			return st;
	return st;
}

int vm_run_module(VM *vm, Module *m)
{
	VMStatus st;
	if (vm_gc_config_error(vm))
		return 2;
	for (Module *p = m->packages; p; p = p->next_package)
		if ((st = init_module(vm, p)) != VM_OK)
			return status_code(vm, st);
	if ((st = init_module(vm, m)) != VM_OK)
		return status_code(vm, st);
	if (m->main && (st = run_func(vm, m->main)) != VM_OK)
		return status_code(vm, st);
	return 0;
}

/* ---- services for natives ---- */

bool vm_rtype_comparable(const RType *t)
{
	return !t || rt_comparable(t);
}

Heap *vm_heap(VM *vm)
{
	return &vm->heap;
}

StrBuf *vm_scratch(VM *vm)
{
	return &vm->scratch;
}

Mem *vm_mem(VM *vm)
{
	return &vm->mem;
}

VMStatus vm_out_of_memory(VM *vm)
{
	vm_fatal(vm, vm->g, VM_OOM_MSG);
	return VM_PANIC;
}

VMStatus vm_throw(VM *vm, const char *msg)
{
	vm_fatal(vm, vm->g, msg);
	return VM_PANIC;
}

uint64_t vm_stack_bytes(VM *vm)
{
	const G *g = vm->main_g;
	return g && g->stack ? (uint64_t)(g->stack_end - g->stack) * 8 : 0;
}

void vm_write(VM *vm, int stream, const char *p, size_t n)
{
	if (n > 0)
		vm->write(vm->write_ud, stream, p, n);
}

void vm_set_exit_code(VM *vm, int code)
{
	vm->exit_code = code;
}
