/* packages.c: the list of the standard library's native packages. */
#include "packages.h"

static const NativePackage *const packages[] = {
	&stdlib_fmt,
	&stdlib_os,
};

const NativePackage *const *stdlib_packages(int *n)
{
	*n = (int)(sizeof packages / sizeof packages[0]);
	return packages;
}
