/* sizeclass.h: Go's malloc size classes (runtime/sizeclasses.go).
 *
 * Small objects are allocated from spans of one size class; the table is
 * Go's, so that the capacity append gives a slice (growslice rounds the
 * new backing array up to its size class) is the capacity Go gives.  The
 * collector's spans use the same table.
 */
#ifndef GVM_SIZECLASS_H
#define GVM_SIZECLASS_H

#include <stddef.h>

enum {
	GC_NUM_SIZE_CLASSES = 68,
	GC_MAX_SMALL_SIZE = 32768,
	GC_PAGE_SIZE = 8192,
};

/* Bytes of each size class (class 0 is unused: large objects). */
extern const unsigned short gc_class_to_size[GC_NUM_SIZE_CLASSES];

/* The size the allocator really gives a request of `size` bytes
 * (runtime.roundupsize): its size class, or whole pages beyond 32 KiB. */
size_t gc_roundupsize(size_t size);

#endif
