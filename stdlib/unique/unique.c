/* unique.c: package unique's native over the VM's table of canonical
 * values (vm/unique.c). */
#include "packages.h"
#include "vm.h"

/* func intern(v any) *byte: v's dynamic value is interned. */
static VMStatus intern(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	const RType *t = (const RType *)w[0];
	const void *value = rtype_is_pointer_shaped(t) ? (const void *)&w[1] : (const void *)w[1];
	void *canon;
	if (!vm_unique_intern(vm, t, value, &canon))
		return vm_out_of_memory(vm);
	w[0] = (uint64_t)canon;
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func intern(v any) *byte", intern},
};

extern const char stdlib_unique_source[];

const NativePackage stdlib_unique = {"unique", decls, sizeof decls / sizeof decls[0],
				     stdlib_unique_source, "/gvm/src/unique/handle.go"};
