/* vm.c: creating, running and freeing a VM.
 *
 * vm_run is Go's runtime.main in miniature: it sets up the main goroutine
 * and the module's globals (os.Args among them), runs package variable
 * initialisation, each func init() in source order, then main.main, and
 * turns the way the run ended into a process exit status.
 */
#include <stdlib.h>
#include <string.h>

#include "vmint.h"

typedef struct ModuleBlock {
	struct ModuleBlock *next;
	uint64_t data[];
} ModuleBlock;

void *module_alloc(Module *m, size_t size)
{
	ModuleBlock *b = calloc(1, sizeof *b + size);
	if (!b)
		abort();
	b->next = m->blocks;
	m->blocks = b;
	return b->data;
}

char *module_strdup(Module *m, const char *s, size_t n)
{
	char *d = module_alloc(m, n + 1);
	memcpy(d, s, n);
	return d;
}

VM *vm_new(void)
{
	VM *vm = calloc(1, sizeof *vm);
	if (!vm)
		return NULL;
	gc_heap_init(&vm->heap);
	return vm;
}

static void module_free(Module *m)
{
	ModuleBlock *b = m->blocks;
	while (b) {
		ModuleBlock *next = b->next;
		free(b);
		b = next;
	}
	free(m);
}

static void g_free(G *g)
{
	if (!g)
		return;
	free(g->stack);
	free(g);
}

void vm_free(VM *vm)
{
	if (!vm)
		return;
	Module *m = vm->modules;
	while (m) {
		Module *next = m->next;
		module_free(m);
		m = next;
	}
	g_free(vm->g);
	gc_heap_free(&vm->heap);
	fmt_buf_free(&vm->buf);
	free(vm->fargs);
	free(vm);
}

static G *g_new(int id)
{
	G *g = calloc(1, sizeof *g);
	if (!g)
		return NULL;
	g->stack = malloc(VM_INITIAL_STACK);
	if (!g->stack) {
		free(g);
		return NULL;
	}
	g->stack_end = g->stack + VM_INITIAL_STACK / 8;
	g->id = id;
	return g;
}

/* os.Args: a []string on the heap. */
static void set_args(VM *vm, Module *m, int argc, char **argv)
{
	if (m->args_global < 0)
		return;
	uint64_t *arr = gc_alloc(&vm->heap, (size_t)(argc ? argc : 1) * 16, NULL);
	for (int i = 0; i < argc; i++) {
		arr[2 * i] = (uint64_t)argv[i];
		arr[2 * i + 1] = strlen(argv[i]);
	}
	uint64_t *s = m->globals + m->args_global;
	s[0] = (uint64_t)arr;
	s[1] = (uint64_t)argc;
	s[2] = (uint64_t)argc;
}

static int status_code(VM *vm, VMStatus st)
{
	return st == VM_EXIT ? vm->exit_code : 2;
}

int vm_run(VM *vm, Module *m, int argc, char **argv)
{
	VMStatus st;
	if (!vm->g && !(vm->g = g_new(1)))
		return 2;
	m->globals = gc_alloc(&vm->heap, (size_t)(m->nglobals ? m->nglobals : 1) * 8, NULL);
	set_args(vm, m, argc, argv);
	vm->running = m;
	if (m->init && (st = vm_execute(vm, vm->g, m, m->init)) != VM_OK)
		return status_code(vm, st);
	for (int i = 0; i < m->ninits; i++)
		if ((st = vm_execute(vm, vm->g, m, m->inits[i])) != VM_OK)
			return status_code(vm, st);
	if (m->main && (st = vm_execute(vm, vm->g, m, m->main)) != VM_OK)
		return status_code(vm, st);
	return 0;
}
