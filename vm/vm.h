/* vm.h: the virtual machine, as the layers above it see it.
 *
 * A VM holds all state of one running program (heap, loaded modules,
 * goroutines); there is no global mutable state, so several VMs may
 * coexist in one process.  The API layer (api/) creates a VM, gets a
 * LinkEnv from it for the compiler, loads the compiled modules and runs
 * them; the standard library's natives (stdlib/) use the services below.
 * Nothing here is exported from libgvm: include/gvm.h is the public API.
 */
#ifndef GVM_VM_H
#define GVM_VM_H

#include <stdbool.h>
#include <stdio.h>

#include "bytecode.h"
#include "heap.h"
#include "link.h"
#include "mem.h"
#include "native.h"
#include "strbuf.h"

/* Program output: stream 1 is stdout, 2 is stderr. */
typedef void (*VMWriteFn)(void *ud, int stream, const char *p, size_t n);

/* What a host chooses for a VM: its one allocator and its one output
 * path.  A NULL function means the default (malloc; fds 1 and 2). */
typedef struct VMConfig {
	MemFn alloc;
	void *alloc_ud;
	VMWriteFn write;
	void *write_ud;
} VMConfig;

/* A new VM (cfg NULL: the defaults), or NULL when out of memory. */
VM *vm_new(const VMConfig *cfg);
/* Frees the VM with its modules and heap. */
void vm_free(VM *vm);

/* The compiler's view of vm: its native packages, globals storage and
 * canonical RTypes. */
void vm_link_env(VM *vm, LinkEnv *env, const NativePackage *const *packages,
		 int npackages);
/* Hand a compiled module to the VM, which owns it from then on. */
void vm_load(VM *vm, Module *m);
/* os.Args = argv[0..argc), for every module that reads it.  False after
 * reporting Go's out-of-memory fatal error. */
bool vm_set_args(VM *vm, int argc, char **argv);
/* Run m's package variable initialisation, its init()s, then its
 * main.main if it has one.  Returns the exit status: 0; 2 after an
 * unrecovered panic or a fatal error (message and traceback already
 * written); os.Exit's code.  Never calls exit(). */
int vm_run_module(VM *vm, Module *m);

/* ---- services for natives ---- */

Heap *vm_heap(VM *vm);
/* One collection now (forced: a full one, as runtime.GC) of the running
 * goroutine's VM, whose registers are saved (as around a native call);
 * false after reporting the verifier's fatal error. */
bool vm_gc(VM *vm, bool forced);
/* The VM's allocator: everything of the VM comes from it. */
Mem *vm_mem(VM *vm);
/* Report Go's `fatal error: runtime: out of memory` for the running
 * goroutine (its registers saved, as around a native call); returns
 * VM_PANIC for the native to return. */
VMStatus vm_out_of_memory(VM *vm);
/* Report Go's `fatal error: msg` (a throw) for the running goroutine, as
 * vm_out_of_memory; returns VM_PANIC. */
VMStatus vm_throw(VM *vm, const char *msg);
/* The bytes of the goroutines' stacks (MemStats' StackInuse). */
uint64_t vm_stack_bytes(VM *vm);
/* A buffer natives may use between two VM calls (reset it first). */
StrBuf *vm_scratch(VM *vm);
/* Write program output: stream 1 is stdout, 2 is stderr. */
void vm_write(VM *vm, int stream, const char *p, size_t n);
/* os.Exit: record the code; the native then returns VM_EXIT. */
void vm_set_exit_code(VM *vm, int code);
/* Whether == may compare values of dynamic type t without panicking (a
 * nil interface's NULL type included). */
bool vm_rtype_comparable(const RType *t);

/* panic(msg) from a native, msg a string value (as the library's own
 * panics: "runtime.AddCleanup: ptr is nil"); the native returns what
 * this returns. */
VMStatus vm_native_panic(VM *vm, const char *msg);
/* A run-time error from a native, msg its text with Go's "runtime
 * error: " prefix (math/bits' "runtime error: integer overflow"): the
 * panic value is a runtime.Error, as for the interpreter's own. */
VMStatus vm_native_runtime_error(VM *vm, const char *msg);
/* unique.Make: the canonical copy of the value of type t at value, in
 * *canon; false when out of memory. */
bool vm_unique_intern(VM *vm, const RType *t, const void *value, void **canon);

/* runtime.Caller(skip) as natives see it: skip 0 is the function that
 * called the native.  False when the stack has fewer frames. */
typedef struct VMCaller {
	const char *func, *file;  /* "main.f", its source file */
	int line;
	uintptr_t pc;             /* the address of the instruction */
} VMCaller;
bool vm_caller(VM *vm, int skip, VMCaller *out);

/* Whether dynamic type t implements the interface type iface. */
bool vm_implements(const RType *t, const RType *iface);

/* A readable listing of every function of m (`gvm disasm`). */
/* Calls visit(vctx, key, value) for every entry of map m (a map value:
 * the GoMap pointer, NULL for nil) of map type maptype, in table order;
 * key and value point at the entry's memory.  visit must not change m. */
typedef void (*VMMapVisit)(void *vctx, const void *key, const void *val);
void vm_map_range(const RType *maptype, const void *m, VMMapVisit visit, void *vctx);

void vm_disasm(const Module *m, FILE *out);

#endif
