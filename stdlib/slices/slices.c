/* slices.c: package slices is all Go (slices.go, generic); it has no
 * natives. */
#include <stddef.h>

#include "packages.h"

extern const char stdlib_slices_source[];

const NativePackage stdlib_slices = {"slices", NULL, 0, stdlib_slices_source,
				     "/gvm/src/slices/slices.go"};
