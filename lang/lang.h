/* lang.h: the compiler as the layers above see it.
 *
 * One call runs the front end's stages in order, each on the output of
 * the last:
 *
 *   source ─parse_file─▶ AST ─check_program─▶ typed AST ─cg_compile─▶ Module
 *
 * and stops at the first stage that reports errors.  The compiler sees
 * only the vocabulary of abi/: what it needs of the VM it compiles for
 * comes through the LinkEnv.
 */
#ifndef GVM_LANG_H
#define GVM_LANG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "bytecode.h"
#include "link.h"
#include "strbuf.h"

typedef enum LangStatus {
	LANG_OK,
	LANG_ERRORS,         /* compile errors, appended to `errors` */
	LANG_OUT_OF_MEMORY,  /* env->mem failed; nothing leaked */
} LangStatus;

/* Compile one file of package main, allocating through env->mem.  Errors
 * are appended to `errors` (a buffer of env->mem, or of any Mem the
 * caller frees) sorted as Go prints them.  The result (NULL only when
 * nothing was generated) must be handed to the VM behind env whatever
 * the status (see cg_compile). */
Module *lang_compile(const LinkEnv *env, const char *filename,
		     const char *src, size_t len, StrBuf *errors,
		     LangStatus *status);

#endif
