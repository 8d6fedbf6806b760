/* compile.c: the compile pipeline (see lang.h).
 *
 * The compiler's data (AST, types, names) lives in an arena that is freed
 * as soon as the Module is built; the Module copies what it keeps.
 */
#include "lang.h"

#include <string.h>

#include "arena.h"
#include "check.h"
#include "codegen.h"
#include "diag.h"
#include "names.h"
#include "parse.h"

Module *lang_compile(const LinkEnv *env, const char *filename,
		     const char *src, size_t len, FILE *errors, bool *ok)
{
	Arena arena;
	Names names;
	Diag diag;
	Program prog;
	Module *m = NULL;

	arena_init(&arena);
	names_init(&names, &arena);
	diag_init(&diag, filename);
	memset(&prog, 0, sizeof prog);

	Node *file = parse_file(&arena, &names, &diag, 0, src, len);
	if (diag_count(&diag) == 0 &&
	    check_program(&arena, &names, &diag, env, file, &prog) &&
	    diag_count(&diag) == 0)
		m = cg_compile(env, &prog, filename, &diag);
	*ok = diag_count(&diag) == 0;
	if (!*ok)
		diag_print(&diag, errors);
	diag_free(&diag);
	names_free(&names);
	arena_free(&arena);
	return m;
}
