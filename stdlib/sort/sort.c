/* sort.c: package sort's natives: Ints, Float64s and Strings sorted in C,
 * and the swapper behind Slice and SliceStable.
 *
 * sort.go sorts what calls user code (Sort, Stable, Slice) with Go 1.19's
 * pattern-defeating quicksort; the three slice sorts here run the same
 * algorithm step for step, so their results are Go's even where equal
 * elements can be told apart (-0 and +0 in Float64s, NaNs).  The
 * algorithm works on indexes through less and swap, as Go's does:
 * insertion sort below 13 elements, heapsort when the recursion limit
 * (bits.Len(n) bad partitions) runs out, the pivot by median of three or
 * Tukey's ninther with a count of swaps that spots sorted and reversed
 * runs, a partial insertion sort for nearly sorted input, a partition
 * of the elements equal to the previous pivot, and a few swaps at
 * xorshift positions after an unbalanced partition.
 *
 * The swapper exchanges two elements of any slice in an interface (the
 * data word points at the boxed slice header), for reflectlite.Swapper.
 * It needs no write barrier: both pointers stay in the same object, so a
 * marker that scanned it has seen both and one that has not will.
 */
#include <math.h>
#include <string.h>

#include "packages.h"
#include "vm.h"

typedef struct SortData {
	void *base;
	bool (*less)(const void *base, int64_t i, int64_t j);
	void (*swap)(void *base, int64_t i, int64_t j);
} SortData;

#define LESS(i, j) d->less(d->base, (i), (j))
#define SWAP(i, j) d->swap(d->base, (i), (j))

enum { UNKNOWN_HINT, INCREASING_HINT, DECREASING_HINT };

static int bits_len(uint64_t x) { return x ? 64 - __builtin_clzll(x) : 0; }

static void insertion_sort(const SortData *d, int64_t a, int64_t b)
{
	for (int64_t i = a + 1; i < b; i++)
		for (int64_t j = i; j > a && LESS(j, j - 1); j--)
			SWAP(j, j - 1);
}

static void sift_down(const SortData *d, int64_t lo, int64_t hi, int64_t first)
{
	int64_t root = lo;
	for (;;) {
		int64_t child = 2 * root + 1;
		if (child >= hi)
			return;
		if (child + 1 < hi && LESS(first + child, first + child + 1))
			child++;
		if (!LESS(first + root, first + child))
			return;
		SWAP(first + root, first + child);
		root = child;
	}
}

static void heap_sort(const SortData *d, int64_t a, int64_t b)
{
	int64_t first = a, hi = b - a;
	for (int64_t i = (hi - 1) / 2; i >= 0; i--)
		sift_down(d, i, hi, first);
	for (int64_t i = hi - 1; i >= 0; i--) {
		SWAP(first, first + i);
		sift_down(d, 0, i, first);
	}
}

/* Partitions [a, b) around the pivot, which ends at the returned index;
 * *already says whether no element had to move (the first scans met). */
static int64_t partition(const SortData *d, int64_t a, int64_t b, int64_t pivot, bool *already)
{
	SWAP(a, pivot);
	int64_t i = a + 1, j = b - 1;
	*already = true;
	for (;;) {
		while (i <= j && LESS(i, a))
			i++;
		while (i <= j && !LESS(j, a))
			j--;
		if (i > j)
			break;
		SWAP(i, j);
		i++;
		j--;
		*already = false;
	}
	SWAP(j, a);
	return j;
}

/* Moves the elements equal to the pivot (none is less) to the front. */
static int64_t partition_equal(const SortData *d, int64_t a, int64_t b, int64_t pivot)
{
	SWAP(a, pivot);
	int64_t i = a + 1, j = b - 1;
	for (;;) {
		while (i <= j && !LESS(a, i))
			i++;
		while (i <= j && LESS(a, j))
			j--;
		if (i > j)
			break;
		SWAP(i, j);
		i++;
		j--;
	}
	return i;
}

/* Sorts a nearly sorted range by shifting at most 5 elements into
 * place; false when that was not enough. */
static bool partial_insertion_sort(const SortData *d, int64_t a, int64_t b)
{
	const int max_steps = 5, shortest_shifting = 50;
	int64_t i = a + 1;
	for (int step = 0; step < max_steps; step++) {
		while (i < b && !LESS(i, i - 1))
			i++;
		if (i == b)
			return true;
		if (b - a < shortest_shifting)
			return false;
		SWAP(i, i - 1);
		if (i - a >= 2) {
			for (int64_t j = i - 1; j >= 1; j--) {
				if (!LESS(j, j - 1))
					break;
				SWAP(j, j - 1);
			}
		}
		if (b - i >= 2) {
			for (int64_t j = i + 1; j < b; j++) {
				if (!LESS(j, j - 1))
					break;
				SWAP(j, j - 1);
			}
		}
	}
	return false;
}

static void break_patterns(const SortData *d, int64_t a, int64_t b)
{
	int64_t length = b - a;
	if (length < 8)
		return;
	uint64_t random = (uint64_t)length;
	uint64_t modulus = 1ull << bits_len((uint64_t)length);
	for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
		random ^= random << 13;
		random ^= random >> 17;
		random ^= random << 5;
		int64_t other = (int64_t)(random & (modulus - 1));
		if (other >= length)
			other -= length;
		SWAP(idx, a + other);
	}
}

static void order2(const SortData *d, int64_t *a, int64_t *b, int *swaps)
{
	if (LESS(*b, *a)) {
		++*swaps;
		int64_t t = *a;
		*a = *b;
		*b = t;
	}
}

static int64_t median(const SortData *d, int64_t a, int64_t b, int64_t c, int *swaps)
{
	order2(d, &a, &b, swaps);
	order2(d, &b, &c, swaps);
	order2(d, &a, &b, swaps);
	return b;
}

static int64_t choose_pivot(const SortData *d, int64_t a, int64_t b, int *hint)
{
	const int64_t shortest_ninther = 50;
	const int max_swaps = 4 * 3;
	int64_t l = b - a;
	int swaps = 0;
	int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
	if (l >= 8) {
		if (l >= shortest_ninther) {
			i = median(d, i - 1, i, i + 1, &swaps);
			j = median(d, j - 1, j, j + 1, &swaps);
			k = median(d, k - 1, k, k + 1, &swaps);
		}
		j = median(d, i, j, k, &swaps);
	}
	*hint = swaps == 0 ? INCREASING_HINT : swaps == max_swaps ? DECREASING_HINT : UNKNOWN_HINT;
	return j;
}

static void reverse_range(const SortData *d, int64_t a, int64_t b)
{
	for (int64_t i = a, j = b - 1; i < j; i++, j--)
		SWAP(i, j);
}

static void pdqsort(const SortData *d, int64_t a, int64_t b, int limit)
{
	const int64_t max_insertion = 12;
	bool was_balanced = true, was_partitioned = true;
	for (;;) {
		int64_t length = b - a;
		if (length <= max_insertion) {
			insertion_sort(d, a, b);
			return;
		}
		if (limit == 0) {
			heap_sort(d, a, b);
			return;
		}
		if (!was_balanced) {
			break_patterns(d, a, b);
			limit--;
		}
		int hint;
		int64_t pivot = choose_pivot(d, a, b, &hint);
		if (hint == DECREASING_HINT) {
			reverse_range(d, a, b);
			pivot = (b - 1) - (pivot - a);
			hint = INCREASING_HINT;
		}
		if (was_balanced && was_partitioned && hint == INCREASING_HINT &&
		    partial_insertion_sort(d, a, b))
			return;
		if (a > 0 && !LESS(a - 1, pivot)) {
			a = partition_equal(d, a, b, pivot);
			continue;
		}
		bool already;
		int64_t mid = partition(d, a, b, pivot, &already);
		was_partitioned = already;
		int64_t left = mid - a, right = b - mid, balance_threshold = length / 8;
		if (left < right) {
			was_balanced = left >= balance_threshold;
			pdqsort(d, a, mid, limit);
			a = mid + 1;
		} else {
			was_balanced = right >= balance_threshold;
			pdqsort(d, mid + 1, b, limit);
			b = mid;
		}
	}
}

static void sort_data(const SortData *d, int64_t n)
{
	if (n > 1)
		pdqsort(d, 0, n, bits_len((uint64_t)n));
}

/* ---- Ints, Float64s, Strings ---- */

static bool less_int(const void *base, int64_t i, int64_t j)
{
	const int64_t *x = base;
	return x[i] < x[j];
}

static void swap_word(void *base, int64_t i, int64_t j)
{
	uint64_t *x = base, t = x[i];
	x[i] = x[j];
	x[j] = t;
}

static bool less_float(const void *base, int64_t i, int64_t j)
{
	const double *x = base;
	return x[i] < x[j] || (isnan(x[i]) && !isnan(x[j]));
}

/* A string in memory: data pointer and length. */
typedef struct GoString {
	const unsigned char *p;
	int64_t n;
} GoString;

static bool less_string(const void *base, int64_t i, int64_t j)
{
	const GoString *x = base;
	int64_t n = x[i].n < x[j].n ? x[i].n : x[j].n;
	int c = n ? memcmp(x[i].p, x[j].p, (size_t)n) : 0;
	return c < 0 || (c == 0 && x[i].n < x[j].n);
}

static void swap_string(void *base, int64_t i, int64_t j)
{
	GoString *x = base, t = x[i];
	x[i] = x[j];
	x[j] = t;
}

/* func sortInts(x []int) and its kin: the slice header's first two words
 * are the data pointer and the length. */
static VMStatus sort_ints(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	SortData d = {(void *)w[0], less_int, swap_word};
	sort_data(&d, (int64_t)w[1]);
	return VM_OK;
}

static VMStatus sort_floats(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	SortData d = {(void *)w[0], less_float, swap_word};
	sort_data(&d, (int64_t)w[1]);
	return VM_OK;
}

static VMStatus sort_strings(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	SortData d = {(void *)w[0], less_string, swap_string};
	sort_data(&d, (int64_t)w[1]);
	return VM_OK;
}

/* ---- the swapper ---- */

/* reflect.Kind's names, as a ValueError prints them. */
static const char *const kind_names[RK__COUNT] = {
	[RK_INVALID] = "invalid", [RK_BOOL] = "bool", [RK_INT] = "int", [RK_INT8] = "int8",
	[RK_INT16] = "int16", [RK_INT32] = "int32", [RK_INT64] = "int64", [RK_UINT] = "uint",
	[RK_UINT8] = "uint8", [RK_UINT16] = "uint16", [RK_UINT32] = "uint32",
	[RK_UINT64] = "uint64", [RK_UINTPTR] = "uintptr", [RK_FLOAT32] = "float32",
	[RK_FLOAT64] = "float64", [RK_COMPLEX64] = "complex64", [RK_COMPLEX128] = "complex128",
	[RK_ARRAY] = "array", [RK_CHAN] = "chan", [RK_FUNC] = "func",
	[RK_INTERFACE] = "interface", [RK_MAP] = "map", [RK_POINTER] = "ptr",
	[RK_SLICE] = "slice", [RK_STRING] = "string", [RK_STRUCT] = "struct",
	[RK_UNSAFEPOINTER] = "unsafe.Pointer",
};

/* reflectlite's ValueError text for method called on a value of type t. */
static VMStatus value_error(VM *vm, const char *method, const RType *t)
{
	StrBuf *sb = vm_scratch(vm);
	sb_reset(sb);
	if (!t)
		sb_printf(sb, "reflect: call of %s on zero Value", method);
	else
		sb_printf(sb, "reflect: call of %s on %s Value", method, kind_names[t->kind]);
	return vm_native_panic(vm, sb->data ? sb->data : "reflect: call on a bad Value");
}

/* func swapperLen(x any) int: x's length, once Swapper would accept it. */
static VMStatus swapper_len(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	const RType *t = (const RType *)w[0];
	if (!t || t->kind != RK_SLICE)
		return value_error(vm, "Swapper", t);
	w[0] = ((const uint64_t *)w[1])[1];
	return VM_OK;
}

/* func valueLen(x any) int: reflect's Value.Len for SliceIsSorted.  Go
 * also takes the length of a map or a channel there; gvm's natives
 * cannot see inside those, so they get the ValueError of other kinds. */
static VMStatus value_len(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	const RType *t = (const RType *)w[0];
	const uint64_t *box = (const uint64_t *)w[1];
	if (t && (t->kind == RK_SLICE || t->kind == RK_STRING)) {
		w[0] = box[1];
		return VM_OK;
	}
	if (t && t->kind == RK_ARRAY) {
		w[0] = t->len;
		return VM_OK;
	}
	return value_error(vm, "reflect.Value.Len", t);
}

/* func sliceSwap(x any, i, j int): x[i], x[j] = x[j], x[i]. */
static VMStatus slice_swap(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	const RType *t = (const RType *)w[0];
	const uint64_t *hdr = (const uint64_t *)w[1];
	uint64_t i = w[2], j = w[3], len = hdr[1];
	if (i >= len || j >= len)
		return vm_native_panic(vm, "reflect: slice index out of range");
	size_t size = t->elem->size;
	unsigned char *a = (unsigned char *)hdr[0] + i * size, *b = (unsigned char *)hdr[0] + j * size;
	if (a == b)
		return VM_OK;
	unsigned char tmp[64];
	while (size > 0) {
		size_t n = size < sizeof tmp ? size : sizeof tmp;
		memcpy(tmp, a, n);
		memcpy(a, b, n);
		memcpy(b, tmp, n);
		a += n;
		b += n;
		size -= n;
	}
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func sortInts(x []int)", sort_ints},
	{"func sortFloat64s(x []float64)", sort_floats},
	{"func sortStrings(x []string)", sort_strings},
	{"func swapperLen(x any) int", swapper_len},
	{"func valueLen(x any) int", value_len},
	{"func sliceSwap(x any, i, j int)", slice_swap},
};

extern const char stdlib_sort_source[];

const NativePackage stdlib_sort = {"sort", decls, sizeof decls / sizeof decls[0],
				   stdlib_sort_source, "/gvm/src/sort/sort.go"};
