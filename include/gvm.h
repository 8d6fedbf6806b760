/* gvm.h: the public interface of libgvm, for programs that embed gvm.
 *
 * A gvm_vm is an independent virtual machine: it owns its goroutines, its
 * heap and its compiled programs, and shares nothing with other VMs in the
 * same process.  Everything a script does happens inside the VM; a script's
 * panic or compile error comes back as a status, it never ends the host.
 *
 * This is the first, small version of the API: load and run a program.
 * Calling script functions, host functions, limits and sandboxing come with
 * later work (see DESIGN.md, "Embedding and FFI").
 */
#ifndef GVM_H
#define GVM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The functions of this header are the only symbols libgvm exports. */
#if defined(__GNUC__)
#define GVM_API __attribute__((visibility("default")))
#else
#define GVM_API
#endif

typedef struct gvm_vm gvm_vm;

/* The version string, e.g. "0.1.0". */
GVM_API const char *gvm_version(void);

/* A new VM, or NULL when out of memory. */
GVM_API gvm_vm *gvm_new(void);
GVM_API void gvm_free(gvm_vm *vm);

/* Compile and run a `package main` program, as `gvm run` does: compile
 * errors are printed to stderr as `file.go:L:C: message`, a panic as Go
 * prints it.  argv[0..argc) becomes os.Args.  Returns the exit status the
 * program would have: 0, 1 for compile errors, 2 for a panic, or the code
 * passed to os.Exit. */
GVM_API int gvm_run_source(gvm_vm *vm, const char *filename, const char *src,
		   size_t len, int argc, char **argv);
/* The same, reading the source from a file (status 1 if it can't be read). */
GVM_API int gvm_run_file(gvm_vm *vm, const char *path, int argc, char **argv);

#ifdef __cplusplus
}
#endif

#endif
