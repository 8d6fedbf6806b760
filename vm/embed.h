/* embed.h: the compile pipeline behind include/gvm.h, for the gvm command's
 * tools (disasm) that need the compiled Module and not just a run. */
#ifndef GVM_EMBED_H
#define GVM_EMBED_H

#include <stddef.h>
#include <stdio.h>

#include "gvm.h"

typedef struct VM VM;
typedef struct Module Module;

/* Parse, check and compile; print errors to `errors` and return NULL on
 * failure.  The Module belongs to vm. */
Module *embed_compile(VM *vm, const char *filename, const char *src,
		      size_t len, FILE *errors);
/* The whole file in a malloc'd buffer (NULL with errno set on failure). */
char *embed_read_file(const char *path, size_t *len);
VM *embed_vm(gvm_vm *g);

#endif
