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

/* The compiler's memory for one VM: files compiled in the same session
 * are parts of one package main, each seeing the declarations of the
 * earlier ones (their functions and globals are already in the VM). */
typedef struct LangSession LangSession;

/* A session allocating through mem (the VM's); NULL when out of memory. */
LangSession *lang_session_new(Mem *mem);
void lang_session_free(LangSession *s);

/* Compile one file of package main in session s, allocating through
 * env->mem.  need_main: the file must declare main.main (a program, not
 * a part loaded first).  Errors are appended to `errors` (a buffer of
 * env->mem, or of any Mem the caller frees) sorted as Go prints them; a
 * file with errors adds nothing to the session.  Out of memory empties
 * the session (earlier files' names are forgotten).  The result (NULL
 * only when nothing was generated) must be handed to the VM behind env
 * whatever the status (see cg_compile). */
Module *lang_compile(LangSession *s, const LinkEnv *env, const char *filename,
		     const char *src, size_t len, bool need_main,
		     StrBuf *errors, LangStatus *status);

#endif
