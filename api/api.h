/* api.h: the API layer's internals, for the gvm command's tools (disasm)
 * and the tests that need a compiled Module and not just a run. */
#ifndef GVM_API_H
#define GVM_API_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "gvm.h"

typedef struct Module Module;
typedef struct VM VM;

/* Parse, check and compile into g's VM; on failure write the errors (or
 * Go's out-of-memory fatal error) to the VM's stream 2 and return NULL.
 * *status (if status is not NULL) becomes 0, 1 for compile errors, or 2
 * when out of memory.  The Module belongs to the VM.  Files compiled into
 * one VM are parts of one package main: a later one calls the functions
 * and reads the globals of the earlier ones.  need_main: the file must
 * declare main.main. */
Module *api_compile(gvm_vm *g, const char *filename, const char *src,
		    size_t len, bool need_main, int *status);
/* Run m's package initialisation, init()s and main.main (if it has one);
 * the exit status as gvm_run_source returns it. */
int api_run(gvm_vm *g, Module *m);
/* The whole file in a malloc'd buffer (NULL with errno set on failure). */
char *api_read_file(const char *path, size_t *len);
VM *api_vm(gvm_vm *g);
/* `gvm disasm`'s listing of m. */
void api_disasm(const Module *m, FILE *out);

#endif
