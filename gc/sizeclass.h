/* sizeclass.h: Go's size classes (runtime/sizeclasses.go).
 *
 * Small objects (at most GC_MAX_SMALL_SIZE bytes) are rounded up to one of
 * 68 classes (class 0 is the empty object); each class has a fixed span
 * size in 8 KiB pages.  The tables are Go's, byte for byte, so capacities
 * chosen by append and the heap's accounting match Go's on amd64.  Larger
 * objects take whole spans: their size is rounded up to pages.
 */
#ifndef GVM_SIZECLASS_H
#define GVM_SIZECLASS_H

#include <stddef.h>
#include <stdint.h>

#define GC_PAGE_SHIFT 13
#define GC_PAGE_SIZE ((size_t)1 << GC_PAGE_SHIFT)
#define GC_NUM_SIZE_CLASSES 68
#define GC_MAX_SMALL_SIZE 32768
#define GC_SMALL_SIZE_DIV 8
#define GC_SMALL_SIZE_MAX 1024
#define GC_LARGE_SIZE_DIV 128

extern const uint16_t gc_class_to_size[GC_NUM_SIZE_CLASSES];
extern const uint8_t gc_class_to_npages[GC_NUM_SIZE_CLASSES];
extern const uint8_t gc_size_to_class8[GC_SMALL_SIZE_MAX / GC_SMALL_SIZE_DIV + 1];
extern const uint8_t gc_size_to_class128[(GC_MAX_SMALL_SIZE - GC_SMALL_SIZE_MAX) / GC_LARGE_SIZE_DIV + 1];

/* The size class of a small object of `size` bytes (0 for size 0), or -1
 * when size > GC_MAX_SMALL_SIZE (a large object). */
static inline int gc_size_class(size_t size)
{
	if (size <= GC_SMALL_SIZE_MAX - 8)
		return gc_size_to_class8[(size + GC_SMALL_SIZE_DIV - 1) / GC_SMALL_SIZE_DIV];
	if (size <= GC_MAX_SMALL_SIZE)
		return gc_size_to_class128[(size - GC_SMALL_SIZE_MAX + GC_LARGE_SIZE_DIV - 1) / GC_LARGE_SIZE_DIV];
	return -1;
}

/* The size Go's allocator really gives a request of `size` bytes: its
 * class's size, or for large objects size rounded up to whole pages
 * (runtime/msize.go's roundupsize).  0 stays 0; a size so large that
 * rounding would overflow is returned unchanged. */
size_t gc_roundupsize(size_t size);

#endif
