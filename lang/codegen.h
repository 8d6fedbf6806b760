/* codegen.h: bytecode generation from the checked syntax tree.
 *
 * cg_compile fills a Module for the VM behind env with a Program (the
 * checker's output): one Func per declared function, a synthetic "main.init" running
 * package variable initialisation in prog->init_order, and the func init()s
 * in source order.  The Module copies everything it needs (names, string
 * constants, type descriptors), so the compiler's arena may be freed as
 * soon as cg_compile returns.
 */
#ifndef GVM_CODEGEN_H
#define GVM_CODEGEN_H

#include "diag.h"
#include "bytecode.h"
#include "link.h"
#include "types.h"

/* Compile a checked program into m (made by the caller with module_new:
 * it must reach the VM even if this jumps out, see cmem.h).  filename is
 * printed in tracebacks, made absolute against the current directory.
 * mem is the compilation's, for codegen's own scratch.  Errors (constructs
 * the checker let through but codegen cannot handle) go to diag as
 * `file.go:L:C: <construct> not supported yet`.  The module must be
 * handed to the VM (vm_load) even then: the VM's type table may already
 * refer to descriptors in its memory. */
void cg_compile(const LinkEnv *env, Program *prog, const char *filename,
		Diag *diag, Mem *mem, Module *m);

#endif
