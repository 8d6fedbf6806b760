/* cmem.h: the compiler's view of the VM's allocator.
 *
 * A compilation allocates through two Mems over the VM's (env->mem):
 *
 *   mem   every block is on a list, so that whatever the compiler still
 *         holds when memory runs out is freed at once (arena chunks,
 *         name tables, diagnostics, codegen's growing arrays, buffers);
 *   keep  blocks that outlive the compilation (the Module, the error
 *         text handed to the caller), not tracked.
 *
 * Neither returns NULL: a failure longjmps back to lang_compile's entry,
 * which releases the tracked blocks and reports Go's out-of-memory fatal
 * error.  The compiler is plain C with no native or interpreter frames in
 * between, so the jump skips nothing but its own stack.
 */
#ifndef GVM_CMEM_H
#define GVM_CMEM_H

#include <setjmp.h>

#include "mem.h"

typedef struct CMemBlock CMemBlock;

typedef struct CompileMem {
	Mem mem;
	Mem keep;
	Mem *base;         /* the VM's allocator */
	CMemBlock *live;   /* the tracked blocks, most recent first */
	jmp_buf *jump;     /* where a failure goes */
} CompileMem;

void cmem_init(CompileMem *cm, Mem *base, jmp_buf *jump);
/* Free every tracked block still live. */
void cmem_release(CompileMem *cm);
/* Out of memory outside the Mems (the VM's globals): jump out of the
 * compilation if m is a compilation's Mem; else return. */
void cmem_fail(Mem *m);

#endif
