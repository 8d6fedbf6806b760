/* check.h: the type checker.
 *
 * Resolves names, computes the type and mode of every expression, evaluates
 * constants exactly, inserts N_CONV nodes for conversions, orders package
 * initialisation, and reports Go's compile errors (in types2's words) to the
 * Diag.  Constructs the later stages do not support yet are reported here as
 * `file.go:L:C: <construct> not supported yet`, never left to crash codegen.
 */
#ifndef GVM_CHECK_H
#define GVM_CHECK_H

#include "ast.h"
#include "diag.h"
#include "names.h"
#include "link.h"
#include "types.h"

/* What the files compiled one after another into one VM share (a program
 * loaded in parts, REPL inputs): the universe and the package scope, so a
 * later file sees the declarations of the earlier ones.  Zero-initialise
 * it; it points into the arena the files are checked in, which must live
 * as long as the session. */
typedef struct CheckSession CheckSession;
struct CheckSession {
	struct Scope *universe, *pkg;
	Type *t_any, *t_error, *t_string_slice;
	/* The package these files belong to: NULL for main.  A library
	 * package written in Go (NativePackage.source) is checked in a session
	 * of its own that shares main's universe; its bodiless functions are
	 * the natives of `natives`. */
	const char *path;
	const NativePackage *natives;
	/* Compiles the library package np, which has Go source, once per
	 * compile session, and returns its package scope (NULL after errors,
	 * already reported).  Called when a file imports it. */
	struct Scope *(*load)(void *ctx, CheckSession *importer,
			      const NativePackage *np);
	void *load_ctx;
};

/* Check a parsed file.  Returns true when no error was reported; `out` is
 * filled either way (codegen runs only on success).  need_main: report a
 * missing main.main as Go does.  A file with errors adds nothing to the
 * session. */
bool check_program(Arena *arena, Names *names, Diag *diag,
		   const LinkEnv *env, CheckSession *session, bool need_main,
		   Node *file, Program *out);

#endif
