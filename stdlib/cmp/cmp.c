/* cmp.c: package cmp is all Go (cmp.go, generic); it has no natives. */
#include <stddef.h>

#include "packages.h"

extern const char stdlib_cmp_source[];

const NativePackage stdlib_cmp = {"cmp", NULL, 0, stdlib_cmp_source, "/gvm/src/cmp/cmp.go"};
