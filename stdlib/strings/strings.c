/* strings.c: package strings' natives.  Only Repeat so far (the seeds'
 * weak cache builds its 2 MB string with it); the rest of the package
 * comes with the standard-library issue. */
#include <string.h>

#include "packages.h"
#include "vm.h"

/* func Repeat(s string, count int) string, with Go's panics. */
static VMStatus repeat(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	const char *s = (const char *)w[0];
	uint64_t n = w[1];
	int64_t count = (int64_t)w[2];
	if (count < 0)
		return vm_native_panic(vm, "strings: negative Repeat count");
	if (count == 0 || n == 0) {
		w[0] = w[1] = 0;
		return VM_OK;
	}
	if (n * (uint64_t)count / (uint64_t)count != n || n * (uint64_t)count > (1ull << 48))
		return vm_native_panic(vm, "strings: Repeat output length overflow");
	size_t total = (size_t)(n * (uint64_t)count);
	char *b = gc_alloc(vm_heap(vm), total, NULL);
	if (!b)
		return vm_out_of_memory(vm);
	memcpy(b, s, n);
	for (size_t have = n; have < total; have *= 2)
		memcpy(b + have, b, have * 2 <= total ? have : total - have);
	w[0] = (uint64_t)b;
	w[1] = total;
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func Repeat(s string, count int) string", repeat},
};

const NativePackage stdlib_strings = {"strings", decls, sizeof decls / sizeof decls[0]};
