/* stack.c: goroutine stacks that grow by copying.
 *
 * A stack starts at VM_INITIAL_STACK bytes and doubles whenever a call
 * needs more room than is left, as Go's copystack does.  Frames refer to
 * each other by word offsets (the frame record's caller base), never by
 * pointer, so moving the block needs no fix-up walk: the interpreter only
 * re-derives its cached base.  A stack that would pass VM_MAX_STACK bytes
 * ends the program with Go's stack overflow report instead.
 */
#include <stdlib.h>

#include "vmint.h"

static void overflow(VM *vm, G *g)
{
	FmtBuf out = {0};
	fmt_buf_puts(&out, "runtime: goroutine stack exceeds 1000000000-byte limit\n"
			   "fatal error: stack overflow\n\n");
	fmt_buf_puts(&out, "goroutine 1 [running]:\n");
	if (g->fn)
		vm_traceback(vm, g, g->fn, g->stack + g->base, g->pc, &out);
	vm_write(2, out.data, out.len);
	fmt_buf_free(&out);
}

bool vm_grow_stack(VM *vm, G *g, uint64_t *top, size_t need, ptrdiff_t *moved)
{
	size_t used = (size_t)(top - g->stack) + need;
	size_t cap = (size_t)(g->stack_end - g->stack);
	while (cap < used)
		cap *= 2;
	if (cap * 8 > VM_MAX_STACK) {
		overflow(vm, g);
		return false;
	}
	uint64_t *ns = realloc(g->stack, cap * 8);
	if (!ns) {
		vm_write(2, "fatal error: runtime: out of memory\n", 36);
		return false;
	}
	*moved = (char *)ns - (char *)g->stack;
	g->stack = ns;
	g->stack_end = ns + cap;
	return true;
}
