/* unique.c: package unique's native over the VM's table of canonical
 * values (vm/unique.c). */
#include "packages.h"
#include "vm.h"

/* An interface value as unique interns it: hashed and compared by its
 * dynamic type and value, whatever its static interface type. */
static const uint8_t iface_mask[1] = {2};
static const RType iface_rtype = {
	.kind = RK_INTERFACE, .size = 16, .align = 8, .name = "interface {}", .ptrmask = iface_mask,
};

/* func intern(v any, iface bool) *byte: v's dynamic value is interned, or
 * with iface the interface value v itself. */
static VMStatus intern(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	const RType *t = (const RType *)w[0];
	const void *value = w[2] ? (const void *)w
			  : rtype_is_pointer_shaped(t) ? (const void *)&w[1] : (const void *)w[1];
	if (w[2])
		t = &iface_rtype;
	void *canon;
	if (!vm_unique_intern(vm, t, value, &canon))
		return vm_out_of_memory(vm);
	w[0] = (uint64_t)canon;
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func intern(v any, iface bool) *byte", intern},
};

extern const char stdlib_unique_source[];

const NativePackage stdlib_unique = {"unique", decls, sizeof decls / sizeof decls[0],
				     stdlib_unique_source, "/gvm/src/unique/handle.go"};
