/* os.c: package os's natives, under its Go half (os.go).
 *
 * os.Args is an ordinary package variable whose storage the VM provides
 * (LinkEnv.globals with the name "os.Args"); the API layer fills it from
 * the command line before main runs.  Writes go to the VM's output path,
 * stream 1 or 2 (the host may redirect them); other descriptors are not
 * open in gvm yet.
 */
#include <stdint.h>

#include "packages.h"
#include "vm.h"

static VMStatus os_exit(VM *vm, uint64_t *args, int nvar)
{
	(void)nvar;
	vm_set_exit_code(vm, (int)(int64_t)args[0]);
	return VM_EXIT;
}

/* func write(fd int, b []byte) int and func writeString(fd int, s string)
 * int: the bytes at words 1 (data) and 2 (length). */
static VMStatus os_write(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	int64_t fd = (int64_t)w[0];
	size_t n = (size_t)w[2];
	if (fd == 1 || fd == 2)
		vm_write(vm, (int)fd, (const char *)w[1], n);
	w[0] = fd == 1 || fd == 2 ? n : 0;
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func Exit(code int)", os_exit},
	{"var Args []string", NULL},
	{"func write(fd int, b []byte) int", os_write},
	{"func writeString(fd int, s string) int", os_write},
};

extern const char stdlib_os_source[];

const NativePackage stdlib_os = {"os", decls, sizeof decls / sizeof decls[0],
				 stdlib_os_source, "/gvm/src/os/os.go"};
