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

/* Check a parsed file.  Returns true when no error was reported; `out` is
 * filled either way (codegen runs only on success). */
bool check_program(Arena *arena, Names *names, Diag *diag,
		   const LinkEnv *env, Node *file, Program *out);

#endif
