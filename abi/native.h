/* native.h: the ABI between the VM and functions written in C.
 *
 * A native is a leaf: it never calls back into bytecode.  The OP_NCALL
 * instruction hands it a pointer to its operands in the caller's frame:
 * first the fixed parameters, word by word as Go lays them out, then, for
 * a native whose last parameter is `...any`, one two-word interface per
 * variadic operand (nvar of them; no slice is built).  Results are written
 * over the operands, from the first word on.
 *
 * Each standard-library package is one NativePackage: a table listing
 * each member written in C once, with its Go declaration (which the
 * compiler parses to type-check calls) and its C function, and the Go
 * source of the rest.  Adding a native means adding one row to its
 * package's table.
 */
#ifndef GVM_NATIVE_H
#define GVM_NATIVE_H

#include <stdint.h>

typedef struct VM VM;

/* How a native (or a run of the interpreter) ended. */
typedef enum VMStatus {
	VM_OK,     /* returned normally; the current goroutine continues */
	VM_PANIC,  /* an unrecovered panic or fatal error, already reported */
	VM_EXIT,   /* os.Exit: the code is in the VM */
	VM_SWITCH, /* the current goroutine parked or changed: the loop
		    * reloads whatever goroutine the VM says is current */
	VM_STOP,   /* the budget ran out at a safepoint (interrupt, step
		    * limit); the goroutine resumes where it stopped */
} VMStatus;

typedef VMStatus (*NativeFn)(VM *vm, uint64_t *args, int nvar);

/* One member of a package.  decl is Go source: "func Println(a ...any)
 * (n int, err error)" or "var Args []string".  fn is NULL for a variable,
 * whose storage the VM provides.  A package with Go source may also have
 * constants the C side knows, `const GOOS string = "linux"` (fn NULL):
 * the row is then an ordinary declaration of that source. */
typedef struct NativeDecl {
	const char *decl;
	NativeFn fn;
} NativeDecl;

typedef struct NativePackage {
	const char *path;        /* import path: "fmt" */
	const NativeDecl *decls;
	int ndecls;
	/* The part of the package written in Go, or NULL: one source file
	 * (`package fmt`, its imports, declarations with bodies), compiled
	 * with the first program that imports the package.  Its functions are
	 * the ones that call user code (fmt calling String methods, a Writer's
	 * Write).  Each native row is then a bodiless function declaration of
	 * that package, visible to its Go code under its own name; only
	 * exported names are visible to importers. */
	const char *source;
	const char *file;        /* the source's name in tracebacks */
} NativePackage;

#endif
