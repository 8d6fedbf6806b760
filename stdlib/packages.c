/* packages.c: the list of the standard library's packages. */
#include "packages.h"

static const NativePackage *const packages[] = {
	&stdlib_bytes,
	&stdlib_cmp,
	&stdlib_errors,
	&stdlib_fmt,
	&stdlib_io,
	&stdlib_maps,
	&stdlib_os,
	&stdlib_runtime,
	&stdlib_slices,
	&stdlib_strings,
	&stdlib_unique,
	&stdlib_weak,
	&stdlib_runtime_debug,
	&stdlib_strconv,
	&stdlib_unicode,
	&stdlib_unicode_utf8,
	&stdlib_math,
	&stdlib_math_bits,
	&stdlib_math_rand,
	&stdlib_sort,
};

const NativePackage *const *stdlib_packages(int *n)
{
	*n = (int)(sizeof packages / sizeof packages[0]);
	return packages;
}
