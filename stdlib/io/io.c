/* io.c: package io has no natives; it is all Go (io.go). */
#include <stddef.h>

#include "packages.h"

extern const char stdlib_io_source[];

const NativePackage stdlib_io = {"io", NULL, 0, stdlib_io_source,
				 "/gvm/src/io/io.go"};
