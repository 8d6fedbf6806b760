/* packages.h: the standard library packages written in C.
 *
 * Each package is one NativePackage (abi/native.h) defined in its own
 * folder; this header lists them for the API layer, which hands them to
 * the compiler (to type-check imports and calls) through the LinkEnv.
 */
#ifndef GVM_PACKAGES_H
#define GVM_PACKAGES_H

#include "native.h"

extern const NativePackage stdlib_fmt;
extern const NativePackage stdlib_os;

/* Every package above, *n of them. */
const NativePackage *const *stdlib_packages(int *n);

#endif
