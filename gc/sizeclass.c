/* sizeclass.c: Go 1.19's size class table and roundupsize.
 *
 * class_to_size is runtime/sizeclasses.go's table.  roundupsize looks up
 * the smallest class holding the request (a binary search: callers are
 * append's growth path, not every allocation); a request beyond the
 * largest class is rounded up to whole 8 KiB pages, as Go does.
 */
#include "sizeclass.h"

const unsigned short gc_class_to_size[GC_NUM_SIZE_CLASSES] = {
	0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208,
	224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704,
	768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072,
	3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
	10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760,
	24576, 27264, 28672, 32768,
};

size_t gc_roundupsize(size_t size)
{
	if (size > GC_MAX_SMALL_SIZE) {
		size_t r = (size + GC_PAGE_SIZE - 1) / GC_PAGE_SIZE * GC_PAGE_SIZE;
		return r < size ? size : r;
	}
	int lo = 1, hi = GC_NUM_SIZE_CLASSES - 1;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (gc_class_to_size[mid] >= size)
			hi = mid;
		else
			lo = mid + 1;
	}
	return gc_class_to_size[lo];
}
