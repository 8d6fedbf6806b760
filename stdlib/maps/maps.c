/* maps.c: package maps is all Go (maps.go, generic); it has no natives. */
#include <stddef.h>

#include "packages.h"

extern const char stdlib_maps_source[];

const NativePackage stdlib_maps = {"maps", NULL, 0, stdlib_maps_source, "/gvm/src/maps/maps.go"};
