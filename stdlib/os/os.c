/* os.c: package os, as far as scripts use it today: Exit and Args.
 *
 * os.Args is an ordinary package variable whose storage the VM provides
 * (LinkEnv.globals with the name "os.Args"); the API layer fills it from
 * the command line before main runs.
 */
#include <stdint.h>

#include "packages.h"
#include "vm.h"

static VMStatus os_exit(VM *vm, uint64_t *args, int nvar)
{
	vm_set_exit_code(vm, (int)(int64_t)args[0]);
	return VM_EXIT;
}

static const NativeDecl decls[] = {
	{"func Exit(code int)", os_exit},
	{"var Args []string", NULL},
};

const NativePackage stdlib_os = {"os", decls, sizeof decls / sizeof decls[0]};
