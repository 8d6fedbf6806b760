/* compile.c: the compile pipeline (see lang.h).
 *
 * The compiler's data (AST, types, names) lives in an arena that is freed
 * as soon as the Module is built; the Module copies what it keeps.
 *
 * Every allocation of a compilation goes through a CompileMem over the
 * VM's allocator (cmem.h).  When memory runs out it longjmps back here:
 * the tracked blocks (arena chunks, tables, diagnostics, codegen's arrays)
 * are freed at once, the Module built so far (untracked: the VM's type
 * table may already point into it) is returned to be loaded and freed
 * with the VM, and the status says out of memory.
 */
#include "lang.h"

#include <setjmp.h>
#include <string.h>

#include "arena.h"
#include "check.h"
#include "cmem.h"
#include "codegen.h"
#include "diag.h"
#include "names.h"
#include "parse.h"

Module *lang_compile(const LinkEnv *env, const char *filename,
		     const char *src, size_t len, StrBuf *errors,
		     LangStatus *status)
{
	jmp_buf jump;
	CompileMem cm;
	Arena arena;
	Names names;
	Diag diag;
	Program prog;
	Module *volatile m = NULL;
	Mem *const errmem = errors->mem;

	cmem_init(&cm, env->mem, &jump);
	if (setjmp(jump)) {
		cmem_release(&cm);
		errors->mem = errmem;
		if (m)
			m->mem = env->mem;
		*status = LANG_OUT_OF_MEMORY;
		return m;
	}
	/* The error text outlives the compilation: untracked, but a failure
	 * still jumps here. */
	if (errmem == env->mem)
		errors->mem = &cm.keep;
	arena_init(&arena, &cm.mem);
	names_init(&names, &arena);
	diag_init(&diag, filename, &cm.mem);
	memset(&prog, 0, sizeof prog);

	Node *file = parse_file(&arena, &names, &diag, src, len);
	if (diag_count(&diag) == 0 &&
	    check_program(&arena, &names, &diag, env, file, &prog) &&
	    diag_count(&diag) == 0) {
		m = module_new(&cm.keep);
		cg_compile(env, &prog, filename, &diag, &cm.mem, m);
	}
	*status = diag_count(&diag) == 0 ? LANG_OK : LANG_ERRORS;
	if (*status != LANG_OK)
		diag_print(&diag, errors);
	diag_free(&diag);
	names_free(&names);
	arena_free(&arena);
	cmem_release(&cm); /* nothing should be left; free it if it is */
	errors->mem = errmem;
	if (m)
		m->mem = env->mem;
	return m;
}
