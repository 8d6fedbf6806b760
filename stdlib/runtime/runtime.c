/* runtime.c: package runtime's natives: the collector's API, and what a
 * program may ask about the machine it runs on. */
#include "packages.h"
#include "vm.h"

/* func GC(): a full cycle, as Go's runtime.GC. */
static VMStatus gc(VM *vm, uint64_t *w, int nvar)
{
	(void)w;
	(void)nvar;
	return vm_gc(vm, true) ? VM_OK : VM_PANIC;
}

/* func KeepAlive(x any): its operand is a use, which keeps x live until
 * here (stack maps); the call itself does nothing. */
static VMStatus keep_alive(VM *vm, uint64_t *w, int nvar)
{
	(void)vm;
	(void)w;
	(void)nvar;
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func GC()", gc},
	{"func KeepAlive(x any)", keep_alive},
};

extern const char stdlib_runtime_source[];

const NativePackage stdlib_runtime = {"runtime", decls, sizeof decls / sizeof decls[0],
				      stdlib_runtime_source, "/gvm/src/runtime/runtime.go"};
