/* errors.c: package errors' one native; the package is Go (errors.go). */
#include "packages.h"
#include "vm.h"

/* func comparable(v any) bool: whether v's dynamic type is comparable, so
 * that errors.Is may compare with == without panicking. */
static VMStatus comparable(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	w[0] = vm_rtype_comparable((const RType *)w[0]);
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func comparable(v any) bool", comparable},
};

extern const char stdlib_errors_source[];

const NativePackage stdlib_errors = {"errors", decls, 1, stdlib_errors_source,
				     "/gvm/src/errors/errors.go"};
