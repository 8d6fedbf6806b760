/* compile.c: the compile pipeline (see lang.h).
 *
 * The compiler's data (AST, types, names) lives in the session's arena,
 * freed with the session: a later file's declarations refer to an
 * earlier file's objects.  The Module copies what the VM keeps.
 */
#include "lang.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "check.h"
#include "codegen.h"
#include "diag.h"
#include "names.h"
#include "parse.h"

struct LangSession {
	Arena arena;  /* every compile's AST, types and objects */
	Names names;
	CheckSession check;
};

LangSession *lang_session_new(void)
{
	LangSession *s = calloc(1, sizeof *s);
	if (!s)
		return NULL;
	arena_init(&s->arena);
	names_init(&s->names, &s->arena);
	return s;
}

void lang_session_free(LangSession *s)
{
	if (!s)
		return;
	names_free(&s->names);
	arena_free(&s->arena);
	free(s);
}

Module *lang_compile(LangSession *s, const LinkEnv *env, const char *filename,
		     const char *src, size_t len, bool need_main, FILE *errors,
		     bool *ok)
{
	Diag diag;
	Program prog;
	Module *m = NULL;

	diag_init(&diag, filename);
	memset(&prog, 0, sizeof prog);
	Node *file = parse_file(&s->arena, &s->names, &diag, 0, src, len);
	if (diag_count(&diag) == 0 &&
	    check_program(&s->arena, &s->names, &diag, env, &s->check, need_main,
			  file, &prog) &&
	    diag_count(&diag) == 0)
		m = cg_compile(env, &prog, filename, &diag);
	*ok = diag_count(&diag) == 0;
	if (!*ok)
		diag_print(&diag, errors);
	diag_free(&diag);
	return m;
}
