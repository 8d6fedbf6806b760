/* packages.h: the standard library packages.
 *
 * Each package is one NativePackage (abi/native.h) defined in its own
 * folder: its natives in C, and the rest in a .go file that the build
 * embeds (stdlib/embed.py).  This header lists them for the API layer,
 * which hands them to the compiler through the LinkEnv.
 */
#ifndef GVM_PACKAGES_H
#define GVM_PACKAGES_H

#include "native.h"

extern const NativePackage stdlib_bytes;
extern const NativePackage stdlib_cmp;
extern const NativePackage stdlib_errors;
extern const NativePackage stdlib_fmt;
extern const NativePackage stdlib_io;
extern const NativePackage stdlib_maps;
extern const NativePackage stdlib_os;
extern const NativePackage stdlib_runtime;
extern const NativePackage stdlib_slices;
extern const NativePackage stdlib_strings;
extern const NativePackage stdlib_unique;
extern const NativePackage stdlib_weak;
extern const NativePackage stdlib_runtime_debug;
extern const NativePackage stdlib_strconv;
extern const NativePackage stdlib_unicode;
extern const NativePackage stdlib_unicode_utf8;
extern const NativePackage stdlib_math;
extern const NativePackage stdlib_math_bits;
extern const NativePackage stdlib_math_rand;
extern const NativePackage stdlib_sort;

/* Every package above, *n of them. */
const NativePackage *const *stdlib_packages(int *n);

#endif
