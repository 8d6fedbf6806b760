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
	PtrVec packages;    /* CheckSession*: the library packages written
			     * in Go compiled so far, each once */
	/* The compile in progress: its environment and errors, and the
	 * modules of the library packages it compiled, in the order they
	 * finished (a package after the packages it imports). */
	const LinkEnv *env;
	Diag *diag;
	Module *packages_done, **packages_tail;
};

static void session_open(LangSession *s)
{
	arena_init(&s->arena, &s->cm.mem);
	names_init(&s->names, &s->arena);
	memset(&s->check, 0, sizeof s->check);
	memset(&s->files, 0, sizeof s->files);
	memset(&s->packages, 0, sizeof s->packages);
}

/* ---- library packages written in Go ---- */

static struct Scope *load_package(void *ctx, CheckSession *importer,
				  const NativePackage *np);

/* The package's Go source, then its natives as bodiless declarations. */
static const char *package_source(LangSession *s, const NativePackage *np,
				  size_t *len)
{
	StrBuf b = SB_INIT(&s->cm.mem);
	sb_puts(&b, np->source);
	sb_putc(&b, '\n');
	for (int i = 0; i < np->ndecls; i++)
		sb_printf(&b, "%s\n", np->decls[i].decl);
	char *text = arena_alloc(&s->arena, b.len + 1);
	memcpy(text, b.data, b.len);
	*len = b.len;
	sb_free(&b);
	return text;
}

/* Parse, check and generate package np in a session of its own sharing
 * the importer's universe; its module joins the compile's package list.
 * Errors in gvm's own sources are internal errors, reported on the
 * importing file. */
static struct Scope *load_package(void *ctx, CheckSession *importer,
				  const NativePackage *np)
{
	LangSession *s = ctx;
	for (int i = 0; i < s->packages.len; i++) {
		CheckSession *done = s->packages.items[i];
		if (strcmp(done->path, np->path) == 0)
			return done->pkg; /* NULL while it is being compiled: a cycle */
	}
	CheckSession *ps = arena_alloc(&s->arena, sizeof *ps);
	memset(ps, 0, sizeof *ps);
	ps->universe = importer->universe;
	ps->t_any = importer->t_any;
	ps->t_error = importer->t_error;
	ps->t_string_slice = importer->t_string_slice;
	ps->path = names_get(&s->names, np->path);
	ps->natives = np;
	ps->load = load_package;
	ps->load_ctx = s;
	ptrvec_push(&s->arena, &s->packages, ps);

	size_t len;
	const char *src = package_source(s, np, &len);
	Diag diag;
	Program prog;
	diag_init(&diag, NULL, &s->cm.mem);
	int fileno = diag_add_file(&diag, np->file);
	Node *file = parse_file(&s->arena, &s->names, &diag, fileno, src, len);
	if (diag_count(&diag) == 0 &&
	    check_program(&s->arena, &s->names, &diag, s->env, ps, false, file,
			  &prog) &&
	    diag_count(&diag) == 0) {
		/* listed before it is filled: out of memory in cg_compile
		 * still hands it to the VM */
		Module *m = module_new(&s->cm.keep);
		*s->packages_tail = m;
		s->packages_tail = &m->next_package;
		cg_compile(s->env, &prog, np->file, &diag, &s->cm.mem, m);
	}
	bool ok = diag_count(&diag) == 0;
	if (!ok) {
		StrBuf text = SB_INIT(&s->cm.mem);
		diag_print(&diag, &text);
		diag_error(s->diag, (Pos){1, 1}, "internal error in package %s: %.*s",
			   np->path, (int)text.len, text.data);
		sb_free(&text);
		ps->pkg = NULL;
	}
	diag_free(&diag);
	return ok ? ps->pkg : NULL;
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

/* The compile's result: m carrying the library packages compiled with it
 * (or the first of them carrying the rest, when m is NULL), each owned by
 * the VM's allocator from now on. */
static Module *with_packages(LangSession *s, Module *m, const LinkEnv *env)
{
	Module *pk = s->packages_done;
	s->packages_done = NULL;
	s->packages_tail = &s->packages_done;
	if (!m && pk) {
		m = pk;
		pk = pk->next_package;
		m->next_package = NULL;
	}
	for (Module *p = pk; p; p = p->next_package)
		p->mem = env->mem;
	if (m) {
		m->mem = env->mem;
		m->packages = pk;
	}
	return m;
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
	s->packages_done = NULL;
	s->packages_tail = &s->packages_done;
	if (setjmp(jump)) {
		/* The session's memory is all tracked: release it and start
		 * an empty session. */
		cmem_release(cm);
		memset(&s->arena, 0, sizeof s->arena);
		memset(&s->check, 0, sizeof s->check);
		memset(&s->files, 0, sizeof s->files);
		memset(&s->packages, 0, sizeof s->packages);
		errors->mem = errmem;
		m = with_packages(s, m, env);
		*status = LANG_OUT_OF_MEMORY;
		return m;
	}
	if (first)
		session_open(s);
	s->env = env;
	s->diag = &diag;
	s->check.load = load_package;
	s->check.load_ctx = s;
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
	m = with_packages(s, m, env);
	*status = diag_count(&diag) == 0 ? LANG_OK : LANG_ERRORS;
	if (*status != LANG_OK)
		diag_print(&diag, errors);
	diag_free(&diag);
	cm->jump = NULL;
	errors->mem = errmem;
	return m;
}
