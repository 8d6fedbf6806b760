/* codegen.h: bytecode generation from the checked syntax tree.
 *
 * cg_compile turns a Program (the checker's output) into a Module owned by
 * the VM: one Func per declared function, a synthetic "main.init" running
 * package variable initialisation in prog->init_order, and the func init()s
 * in source order.  The Module copies everything it needs (names, string
 * constants, type descriptors), so the compiler's arena may be freed as
 * soon as cg_compile returns.
 */
#ifndef GVM_CODEGEN_H
#define GVM_CODEGEN_H

#include "diag.h"
#include "types.h"
#include "../vm/vm.h"

/* Compile a checked program.  filename is printed in tracebacks, made
 * absolute against the current directory.  Errors (constructs the checker
 * let through but codegen cannot handle) go to diag as
 * `file.go:L:C: <construct> not supported yet`; the result is then NULL. */
Module *cg_compile(VM *vm, Program *prog, const char *filename, Diag *diag);

#endif
