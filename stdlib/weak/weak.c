/* weak.c: package weak's natives over the collector's weak handles
 * (gc/special.c); the generic surface is the checker's
 * (lang/check_generic.c). */
#include "packages.h"
#include "vm.h"

/* func makeHandle(p *byte) *byte */
static VMStatus make_handle(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	bool oom;
	void *h = gc_weak_handle(vm_heap(vm), (const void *)w[0], &oom);
	if (oom)
		return vm_out_of_memory(vm);
	w[0] = (uint64_t)h;
	return VM_OK;
}

/* func handleValue(h *byte) *byte */
static VMStatus handle_value(VM *vm, uint64_t *w, int nvar)
{
	(void)vm;
	(void)nvar;
	w[0] = w[0] ? *(const uint64_t *)w[0] : 0;
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func makeHandle(p *byte) *byte", make_handle},
	{"func handleValue(h *byte) *byte", handle_value},
};

extern const char stdlib_weak_source[];

const NativePackage stdlib_weak = {"weak", decls, sizeof decls / sizeof decls[0],
				   stdlib_weak_source, "/gvm/src/weak/pointer.go"};
