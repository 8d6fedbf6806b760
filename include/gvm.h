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
 *
 * The host chooses each VM's one allocator and one output path
 * (gvm_config): every byte the VM and its compiler allocate comes from
 * the allocator, and everything a program prints (fmt, print/println,
 * panics, fatal errors, compile errors) goes to the write function.  When
 * the allocator fails, the program ends with Go's `fatal error: runtime:
 * out of memory` (status 2), and the VM stays safe to free.
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

/* The allocator, realloc-like: size 0 frees ptr (and returns NULL);
 * otherwise a block of size bytes holding ptr's old contents (ptr NULL: a
 * new block), or NULL when out of memory (ptr is then left untouched). */
typedef void *(*gvm_realloc_fn)(void *ud, void *ptr, size_t size);
/* Output: stream 1 is the program's stdout, 2 its stderr.  Called with
 * whole writes (a Println line, a panic report), never buffered by gvm. */
typedef void (*gvm_write_fn)(void *ud, int stream, const char *p, size_t n);

/* A VM's configuration.  A NULL function means the default: malloc,
 * realloc and free; unbuffered writes to file descriptors 1 and 2. */
typedef struct gvm_config {
	gvm_realloc_fn realloc;
	void *realloc_ud;
	gvm_write_fn write;
	void *write_ud;
} gvm_config;

/* The version string, e.g. "0.1.0". */
GVM_API const char *gvm_version(void);

/* A new VM with the defaults, or NULL when out of memory. */
GVM_API gvm_vm *gvm_new(void);
/* A new VM with cfg's allocator and output (cfg NULL: the defaults), or
 * NULL when out of memory.  cfg is copied. */
GVM_API gvm_vm *gvm_new_with(const gvm_config *cfg);
GVM_API void gvm_free(gvm_vm *vm);

/* Compile and run a `package main` program, as `gvm run` does: compile
 * errors are written to stream 2 as `file.go:L:C: message`, a panic as Go
 * prints it.  argv[0..argc) becomes os.Args.  Returns the exit status the
 * program would have: 0, 1 for compile errors, 2 for a panic or a fatal
 * error (out of memory), or the code passed to os.Exit. */
GVM_API int gvm_run_source(gvm_vm *vm, const char *filename, const char *src,
		   size_t len, int argc, char **argv);
/* The same, reading the source from a file (status 1 if it can't be read). */
GVM_API int gvm_run_file(gvm_vm *vm, const char *path, int argc, char **argv);

#ifdef __cplusplus
}
#endif

#endif
