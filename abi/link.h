/* link.h: what the compiler may ask of the VM it compiles for.
 *
 * lang/ never sees a VM.  The API layer hands it a LinkEnv: the native
 * packages a program may import, and two services of the VM that the
 * compiled code is bound to directly:
 *
 *   - stable, zeroed, collector-rooted storage for package variables, so
 *     that GGET/GSET name a global by its address (a constant of the
 *     function) and a later module reads the globals of an earlier one;
 *   - the VM's canonical runtime type descriptors, one per type identity,
 *     so the same type compiled in two modules is one RType (type
 *     switches, map keys and == compare descriptors by pointer).
 */
#ifndef GVM_LINK_H
#define GVM_LINK_H

#include <stddef.h>
#include <stdint.h>

#include "mem.h"
#include "native.h"
#include "rtype.h"

typedef struct LinkEnv {
	void *ctx;
	Mem *mem;      /* the VM's allocator: the compiler allocates with it */
	const NativePackage *builtins; /* print and println */
	const NativePackage *const *packages;
	int npackages;
	/* `words` zeroed words of package variables whose pointer words are
	 * marked in ptrmask (bit i: word i; NULL: none).  A non-NULL name
	 * ("os.Args") names a variable of a native package: asking again
	 * returns the same storage.  NULL when out of memory. */
	uint64_t *(*globals)(void *ctx, const char *name, size_t words,
			     const uint8_t *ptrmask);
	/* The canonical descriptor for the type whose identity is `key`: rt
	 * itself when the VM has none yet (rt must then live as long as the
	 * VM: allocate it in module memory), else the one it has. */
	const RType *(*intern_rtype)(void *ctx, const RType *rt, const char *key);
} LinkEnv;

#endif
