/* compile.c: the compile pipeline (see lang.h).
 *
 * The compiler's data (AST, types, names) lives in the session's arena,
 * freed with the session: a later file's declarations refer to an earlier
 * file's objects.  The Module copies what the VM keeps.
 *
 * Every allocation of a session goes through its CompileMem over the VM's
 * allocator (cmem.h).  When memory runs out it longjmps back here: the
 * tracked blocks (arena chunks, tables, diagnostics, codegen's arrays) are
 * freed at once and the session starts empty, the Module built so far
 * (untracked: the VM's type table may already point into it) is returned
 * to be loaded and freed with the VM, and the status says out of memory.
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

struct LangSession {
	CompileMem cm;      /* every block of every compile, tracked */
	jmp_buf *jump;      /* the compile in progress */
	Arena arena;        /* the files' ASTs, types and objects */
	Names names;
	CheckSession check;
	PtrVec files;       /* the names of the files compiled so far: a
			     * position's file index is the same in every
			     * compile, so errors name earlier files right */
};

static void session_open(LangSession *s)
{
	arena_init(&s->arena, &s->cm.mem);
	names_init(&s->names, &s->arena);
	memset(&s->check, 0, sizeof s->check);
	memset(&s->files, 0, sizeof s->files);
}

LangSession *lang_session_new(Mem *mem)
{
	LangSession *s = mem_alloc(mem, sizeof *s);
	if (!s)
		return NULL;
	/* No compile is running: nothing allocates before lang_compile sets
	 * the jump target. */
	cmem_init(&s->cm, mem, NULL);
	return s;
}

void lang_session_free(LangSession *s)
{
	if (!s)
		return;
	Mem *base = s->cm.base;
	cmem_release(&s->cm);
	mem_free(base, s);
}

Module *lang_compile(LangSession *s, const LinkEnv *env, const char *filename,
		     const char *src, size_t len, bool need_main,
		     StrBuf *errors, LangStatus *status)
{
	jmp_buf jump;
	Diag diag;
	Program prog;
	Module *volatile m = NULL;
	Mem *const errmem = errors->mem;
	CompileMem *cm = &s->cm;
	bool first = s->arena.mem == NULL;

	cm->jump = &jump;
	if (setjmp(jump)) {
		/* The session's memory is all tracked: release it and start
		 * an empty session. */
		cmem_release(cm);
		memset(&s->arena, 0, sizeof s->arena);
		memset(&s->check, 0, sizeof s->check);
		memset(&s->files, 0, sizeof s->files);
		errors->mem = errmem;
		if (m)
			m->mem = env->mem;
		*status = LANG_OUT_OF_MEMORY;
		return m;
	}
	if (first)
		session_open(s);
	/* The error text outlives the compilation: untracked, but a failure
	 * still jumps here. */
	if (errmem == env->mem)
		errors->mem = &cm->keep;
	diag_init(&diag, NULL, &cm->mem);
	for (int i = 0; i < s->files.len; i++)
		diag_add_file(&diag, s->files.items[i]);
	int fileno = diag_add_file(&diag, filename);
	ptrvec_push(&s->arena, &s->files, (void *)names_get(&s->names, filename));
	memset(&prog, 0, sizeof prog);

	Node *file = parse_file(&s->arena, &s->names, &diag, fileno, src, len);
	if (diag_count(&diag) == 0 &&
	    check_program(&s->arena, &s->names, &diag, env, &s->check, need_main,
			  file, &prog) &&
	    diag_count(&diag) == 0) {
		m = module_new(&cm->keep);
		cg_compile(env, &prog, filename, &diag, &cm->mem, m);
	}
	*status = diag_count(&diag) == 0 ? LANG_OK : LANG_ERRORS;
	if (*status != LANG_OK)
		diag_print(&diag, errors);
	diag_free(&diag);
	cm->jump = NULL;
	errors->mem = errmem;
	if (m)
		m->mem = env->mem;
	return m;
}
