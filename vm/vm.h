/* vm.h: the virtual machine's entry points.
 *
 * A VM holds all state of one running program (heap, modules, the main
 * goroutine); there is no global mutable state, so several VMs may coexist
 * in one process.  The command calls: vm_new, cg_compile (lang/codegen.h),
 * vm_run, vm_free.
 */
#ifndef GVM_VM_H
#define GVM_VM_H

#include <stdio.h>

typedef struct VM VM;
typedef struct Module Module;

VM *vm_new(void);
/* Frees the VM with its modules and heap. */
void vm_free(VM *vm);
/* Run package initialisation, the init()s, then main.main, with os.Args =
 * argv[0..argc).  Returns the exit status: 0; 2 after an unrecovered panic
 * or a fatal error (message and traceback already on stderr); os.Exit's
 * code.  Never calls exit(). */
int vm_run(VM *vm, Module *m, int argc, char **argv);
/* A readable listing of every function of m (`gvm disasm`). */
void vm_disasm(const Module *m, FILE *out);

#endif
