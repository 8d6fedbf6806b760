/* bytes.c: package bytes' natives, under its Go half (bytes.go).
 *
 * The same algorithms as package strings (text.c) over []byte; Buffer,
 * Reader and the functions that call a func of the program are Go
 * (bytes.go).  A []byte operand is three words (pointer, length,
 * capacity); results are written over the operands from word 0.
 *
 * Go's bytes functions differ from their strings twins in what they
 * return, and a program can see it (== nil, cap, append into a result),
 * so each native reproduces Go 1.19's choice:
 *
 *   - a subslice keeps the rest of the operand's capacity (Trim's result
 *     s[i:j] has cap(s) - i), except where Go cuts it with a full slice
 *     expression: every piece of Split and Fields but Split's last;
 *   - Trim, TrimLeft and TrimSpace return nil for an empty result, Cut
 *     a nil after when sep is missing, Replace and Join of one element
 *     nil for an empty copy; Repeat, Join and Runes return empty non-nil
 *     slices;
 *   - a copy made by append (ToUpper of a slice with nothing to change,
 *     Clone, Replace without a match) has the capacity of its size class,
 *     one made by make the exact length, and Map's buffer (ToUpper of
 *     non-ASCII, ToTitle, Title) grows as Go's: len(s), then 2n + 4.
 *
 * A subslice of capacity 0 keeps the operand's pointer, as Go's slicing
 * does, so no result points past the end of its backing array.
 */
#include <string.h>

#include "packages.h"
#include "text.h"
#include "utf8.h"
#include "vm.h"

/* The words of operand i: a []byte's pointer, length and capacity. */
#define BP(i) ((const char *)w[i])
#define BN(i) ((size_t)w[(i) + 1])
#define BC(i) ((size_t)w[(i) + 2])

/* Where an empty non-nil slice points: not on the heap. */
static uint64_t zero_base[1];

/* The element type of a [][]byte, as the collector scans it. */
static const uint8_t slice_mask[1] = {1};
static const RType slice_rtype = {
	.kind = RK_SLICE, .size = 24, .align = 8, .name = "[]uint8", .ptrmask = slice_mask,
};

/* Result words at..at+2: s[lo:hi:max] of the slice (base, ...). */
static inline void put_sub3(uint64_t *w, int at, const char *base, size_t lo, size_t hi, size_t max)
{
	w[at] = max > lo ? (uint64_t)(base + lo) : (uint64_t)base;
	w[at + 1] = hi - lo;
	w[at + 2] = max - lo;
}

static inline void put_nil(uint64_t *w, int at)
{
	w[at] = w[at + 1] = w[at + 2] = 0;
}

/* A new []byte of length len and capacity cap (0: empty, not nil) in
 * words at..at+2; its memory, or NULL when out of memory. */
static char *new_bytes(VM *vm, uint64_t *w, int at, size_t len, size_t cap)
{
	char *b = cap ? gc_alloc(vm_heap(vm), cap, NULL) : (char *)zero_base;
	if (b) {
		w[at] = (uint64_t)b;
		w[at + 1] = len;
		w[at + 2] = cap;
	}
	return b;
}

/* append([]byte(nil), p[0:n]...) (nil when n is 0) or, with keep,
 * append([]byte{}, ...) (empty, not nil). */
static VMStatus put_copy(VM *vm, uint64_t *w, const char *p, size_t n, bool keep)
{
	if (!n) {
		if (keep)
			new_bytes(vm, w, 0, 0, 0);
		else
			put_nil(w, 0);
		return VM_OK;
	}
	char *b = gc_alloc(vm_heap(vm), gc_roundupsize(n), NULL);
	if (!b)
		return vm_out_of_memory(vm);
	memcpy(b, p, n);
	w[0] = (uint64_t)b;
	w[1] = n;
	w[2] = gc_roundupsize(n);
	return VM_OK;
}

/* ---- comparing and searching ---- */

TEXT_SEARCH_NATIVES(3)
TEXT_NATIVE(equal, BN(0) == BN(3) && (!BN(0) || memcmp(BP(0), BP(3), BN(0)) == 0))

/* ---- cutting and trimming: subslices ---- */

/* func Cut(s, sep []byte) (before, after []byte, found bool) */
static VMStatus cut(VM *vm, uint64_t *w, int nvar)
{
	const char *s = BP(0);
	size_t n = BN(0), c = BC(0), m = BN(3);
	int64_t i = text_index(s, n, BP(3), m);
	if (i < 0) {
		put_nil(w, 3);
		w[6] = 0;
		return VM_OK; /* before is s, in words 0..2 */
	}
	put_sub3(w, 0, s, 0, (size_t)i, c);
	put_sub3(w, 3, s, (size_t)i + m, n, c);
	w[6] = 1;
	return VM_OK;
}

/* func CutPrefix(s, prefix []byte) (after []byte, found bool) and
 * TrimPrefix, which drops found. */
static VMStatus cut_prefix(VM *vm, uint64_t *w, int nvar)
{
	bool found = text_has_prefix(BP(0), BN(0), BP(3), BN(3));
	if (found)
		put_sub3(w, 0, BP(0), BN(3), BN(0), BC(0));
	w[3] = found;
	return VM_OK;
}

/* func CutSuffix(s, suffix []byte) (before []byte, found bool) and
 * TrimSuffix. */
static VMStatus cut_suffix(VM *vm, uint64_t *w, int nvar)
{
	bool found = text_has_suffix(BP(0), BN(0), BP(3), BN(3));
	if (found)
		put_sub3(w, 0, BP(0), 0, BN(0) - BN(3), BC(0));
	w[3] = found;
	return VM_OK;
}

/* Trim (left and right), TrimLeft, TrimRight: cutset in words 3, 4. */
static VMStatus trim_cutset(VM *vm, uint64_t *w, bool left, bool right)
{
	const char *s = BP(0), *cutset = (const char *)w[3];
	size_t n = BN(0), m = (size_t)w[4], lo, hi;
	if (n == 0 && left) {
		put_nil(w, 0);
		return VM_OK;
	}
	if (n == 0 || m == 0)
		return VM_OK;
	text_trim(s, n, cutset, m, left, right, &lo, &hi);
	if (lo == hi && left)
		put_nil(w, 0);
	else
		put_sub3(w, 0, s, lo, hi, BC(0));
	return VM_OK;
}

TEXT_NATIVE_VIA(trim, trim_cutset, true, true)
TEXT_NATIVE_VIA(trim_left, trim_cutset, true, false)
TEXT_NATIVE_VIA(trim_right, trim_cutset, false, true)

static VMStatus trim_space(VM *vm, uint64_t *w, int nvar)
{
	size_t lo, hi;
	text_trim_space(BP(0), BN(0), &lo, &hi);
	if (lo == hi)
		put_nil(w, 0);
	else
		put_sub3(w, 0, BP(0), lo, hi, BC(0));
	return VM_OK;
}

/* ---- splitting: [][]byte results ---- */

/* Room for cap slices (cap 0: the empty, non-nil [][]byte). */
static uint64_t *new_slices(VM *vm, size_t cap)
{
	return cap ? gc_alloc(vm_heap(vm), cap * 24, &slice_rtype) : zero_base;
}

/* The pieces at a get capacities: their lengths, but the last one, with
 * rest, the rest of the operand's (base, cap); a piece of capacity 0
 * points at base.  Then w[0..2] is the [][]byte. */
static void put_pieces(uint64_t *w, uint64_t *a, size_t len, size_t cap,
		       const char *base, size_t bcap, bool rest)
{
	for (size_t k = 0; k < len; k++) {
		uint64_t *p = a + 3 * k;
		p[2] = p[1];
		if (rest && k == len - 1)
			p[2] = bcap - (size_t)((const char *)p[0] - base);
		if (!p[2])
			p[0] = (uint64_t)base;
	}
	w[0] = (uint64_t)a;
	w[1] = len;
	w[2] = cap;
}

/* Go's genSplit over []byte: at most lim pieces (lim < 0: all). */
static VMStatus split(VM *vm, uint64_t *w, bool after, int64_t lim)
{
	if (lim == 0) {
		put_nil(w, 0);
		return VM_OK;
	}
	size_t cap = text_split_cap(BP(0), BN(0), BP(3), BN(3), lim, true);
	uint64_t *a = new_slices(vm, cap);
	if (!a)
		return vm_out_of_memory(vm);
	TextPieces ps = {a, 3, 0};
	text_gen_split(BP(0), BN(0), BP(3), BN(3), after, cap, true, &ps);
	put_pieces(w, a, ps.n, cap, BP(0), BC(0), BN(3) != 0 || ps.n == cap);
	return VM_OK;
}

TEXT_NATIVE_VIA(split_fn, split, false, -1)
TEXT_NATIVE_VIA(split_n, split, false, (int64_t)w[6])
TEXT_NATIVE_VIA(split_after, split, true, -1)
TEXT_NATIVE_VIA(split_after_n, split, true, (int64_t)w[6])

static VMStatus fields(VM *vm, uint64_t *w, int nvar)
{
	TextPieces ps = {NULL, 3, 0};
	text_fields(BP(0), BN(0), &ps);
	size_t n = ps.n;
	uint64_t *a = new_slices(vm, n);
	if (!a)
		return vm_out_of_memory(vm);
	ps = (TextPieces){a, 3, 0};
	text_fields(BP(0), BN(0), &ps);
	put_pieces(w, a, n, n, BP(0), BC(0), false);
	return VM_OK;
}

/* ---- building new slices ---- */

/* func Join(s [][]byte, sep []byte) []byte */
static VMStatus join(VM *vm, uint64_t *w, int nvar)
{
	const uint64_t *e = (const uint64_t *)w[0];
	size_t ne = (size_t)w[1];
	if (ne <= 1)
		return put_copy(vm, w, ne ? (const char *)e[0] : NULL, ne ? (size_t)e[1] : 0, !ne);
	size_t total = text_join(e, ne, 3, BP(3), BN(3), NULL);
	char *b = new_bytes(vm, w, 0, total, total);
	if (!b)
		return vm_out_of_memory(vm);
	text_join(e, ne, 3, BP(3), BN(3), b);
	return VM_OK;
}

/* func Repeat(b []byte, count int) []byte, with Go's panics. */
static VMStatus repeat(VM *vm, uint64_t *w, int nvar)
{
	const char *s = BP(0);
	size_t n = BN(0), total;
	int64_t count = (int64_t)w[3];
	if (count < 0)
		return vm_native_panic(vm, "bytes: negative Repeat count");
	if (!text_repeat_size(n, count, &total))
		return vm_native_panic(vm, "bytes: Repeat output length overflow");
	char *b = new_bytes(vm, w, 0, total, total);
	if (!b)
		return vm_out_of_memory(vm);
	text_repeat(s, n, total, b);
	return VM_OK;
}

/* func Replace(s, old, new []byte, n int) []byte */
static VMStatus replace(VM *vm, uint64_t *w, int nvar)
{
	const char *s = BP(0), *old = BP(3), *new_ = BP(6);
	size_t n = BN(0), m = BN(3), k = BN(6);
	int64_t lim = (int64_t)w[9];
	int64_t c = lim ? text_count(s, n, old, m) : 0;
	if (c == 0)
		return put_copy(vm, w, s, n, false);
	if (lim < 0 || c < lim)
		lim = c;
	size_t total = n + (size_t)lim * k - (size_t)lim * m;
	char *b = new_bytes(vm, w, 0, total, total);
	if (!b)
		return vm_out_of_memory(vm);
	text_replace(s, n, old, m, new_, k, (size_t)lim, b);
	return VM_OK;
}

static VMStatus replace_all(VM *vm, uint64_t *w, int nvar)
{
	w[9] = (uint64_t)-1;
	return replace(vm, w, nvar);
}

/* func Runes(s []byte) []rune */
static VMStatus runes(VM *vm, uint64_t *w, int nvar)
{
	const char *s = BP(0);
	size_t n = BN(0), count = utf8_rune_count(s, n);
	int32_t *r = count ? gc_alloc(vm_heap(vm), count * 4, NULL) : (int32_t *)(void *)zero_base;
	if (!r)
		return vm_out_of_memory(vm);
	for (size_t i = 0, j = 0; i < n; j++)
		i += (size_t)text_decode(s + i, n - i, &r[j]);
	w[0] = (uint64_t)r;
	w[1] = w[2] = count;
	return VM_OK;
}

/* ToUpper, ToLower, ToTitle, Title: always a new slice.  The ASCII
 * shortcut of ToUpper and ToLower copies (by append when nothing
 * changes); everything else goes through Map's growing buffer. */
static VMStatus map_case(VM *vm, uint64_t *w, TextMapping how)
{
	const char *s = BP(0);
	size_t n = BN(0);
	bool changed;
	size_t total = text_map(how, s, n, NULL, &changed), cap = total;
	if (how == TEXT_MAP_UPPER || how == TEXT_MAP_LOWER) {
		bool ascii = true;
		for (size_t i = 0; i < n && ascii; i++)
			ascii = (uint8_t)s[i] < 0x80;
		if (ascii && !changed)
			return put_copy(vm, w, s, n, true);
		if (!ascii)
			for (cap = n; cap < total;)
				cap = 2 * cap + UTF8_MAX_BYTES;
	} else {
		for (cap = n; cap < total;)
			cap = 2 * cap + UTF8_MAX_BYTES;
	}
	char *b = new_bytes(vm, w, 0, total, cap);
	if (!b)
		return vm_out_of_memory(vm);
	text_map(how, s, n, b, NULL);
	return VM_OK;
}

TEXT_CASE_NATIVES(map_case)

/* func ToValidUTF8(s, replacement []byte) []byte: Go appends to a slice
 * of capacity len(s) + len(replacement); a longer result (many runs of
 * invalid bytes and a long replacement) gets the capacity of its size
 * class, not quite what Go's appends would give. */
static VMStatus to_valid_utf8(VM *vm, uint64_t *w, int nvar)
{
	const char *s = BP(0), *repl = BP(3);
	size_t n = BN(0), k = BN(3);
	size_t total = text_to_valid(s, n, repl, k, NULL, NULL), cap = n + k;
	if (total > cap)
		cap = gc_roundupsize(total);
	char *b = new_bytes(vm, w, 0, total, cap);
	if (!b)
		return vm_out_of_memory(vm);
	text_to_valid(s, n, repl, k, b, NULL);
	return VM_OK;
}

/* func Clone(b []byte) []byte: nil stays nil. */
static VMStatus clone(VM *vm, uint64_t *w, int nvar)
{
	if (!w[0])
		return VM_OK;
	return put_copy(vm, w, BP(0), BN(0), true);
}

/* ---- for bytes.go (and its decodeRune, decodeLastRune: text.c) ---- */

/* func growSlice(b []byte, n int) []byte: Buffer's new array, with room
 * for len(b) + n bytes but at least twice cap(b), of its size class (Go
 * appends that many bytes to nil); b's bytes are copied, its length kept. */
static VMStatus grow_slice(VM *vm, uint64_t *w, int nvar)
{
	const char *s = BP(0);
	size_t n = BN(0), c = BC(0), need = n + (size_t)w[3];
	if (need < 2 * c)
		need = 2 * c;
	need = gc_roundupsize(need);
	char *b = new_bytes(vm, w, 0, n, need);
	if (!b)
		return vm_out_of_memory(vm);
	if (n)
		memcpy(b, s, n);
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func Clone(b []byte) []byte", clone},
	{"func Compare(a, b []byte) int", compare},
	{"func Contains(b, subslice []byte) bool", contains},
	{"func ContainsAny(b []byte, chars string) bool", contains_any},
	{"func ContainsRune(b []byte, r rune) bool", contains_rune},
	{"func Count(s, sep []byte) int", count},
	{"func Cut(s, sep []byte) (before, after []byte, found bool)", cut},
	{"func CutPrefix(s, prefix []byte) (after []byte, found bool)", cut_prefix},
	{"func CutSuffix(s, suffix []byte) (before []byte, found bool)", cut_suffix},
	{"func Equal(a, b []byte) bool", equal},
	{"func EqualFold(s, t []byte) bool", equal_fold},
	{"func Fields(s []byte) [][]byte", fields},
	{"func HasPrefix(s, prefix []byte) bool", has_prefix},
	{"func HasSuffix(s, suffix []byte) bool", has_suffix},
	{"func Index(s, sep []byte) int", index_fn},
	{"func IndexAny(s []byte, chars string) int", index_any},
	{"func IndexByte(b []byte, c byte) int", index_byte},
	{"func IndexRune(s []byte, r rune) int", index_rune},
	{"func Join(s [][]byte, sep []byte) []byte", join},
	{"func LastIndex(s, sep []byte) int", last_index},
	{"func LastIndexAny(s []byte, chars string) int", last_index_any},
	{"func LastIndexByte(s []byte, c byte) int", last_index_byte},
	{"func Repeat(b []byte, count int) []byte", repeat},
	{"func Replace(s, old, new []byte, n int) []byte", replace},
	{"func ReplaceAll(s, old, new []byte) []byte", replace_all},
	{"func Runes(s []byte) []rune", runes},
	{"func Split(s, sep []byte) [][]byte", split_fn},
	{"func SplitAfter(s, sep []byte) [][]byte", split_after},
	{"func SplitAfterN(s, sep []byte, n int) [][]byte", split_after_n},
	{"func SplitN(s, sep []byte, n int) [][]byte", split_n},
	{"func Title(s []byte) []byte", title},
	{"func ToLower(s []byte) []byte", to_lower},
	{"func ToTitle(s []byte) []byte", to_title},
	{"func ToUpper(s []byte) []byte", to_upper},
	{"func ToValidUTF8(s, replacement []byte) []byte", to_valid_utf8},
	{"func Trim(s []byte, cutset string) []byte", trim},
	{"func TrimLeft(s []byte, cutset string) []byte", trim_left},
	{"func TrimPrefix(s, prefix []byte) []byte", cut_prefix},
	{"func TrimRight(s []byte, cutset string) []byte", trim_right},
	{"func TrimSpace(s []byte) []byte", trim_space},
	{"func TrimSuffix(s, suffix []byte) []byte", cut_suffix},
	{"func decodeRune(b []byte) (rune, int)", text_decode_rune_native},
	{"func decodeLastRune(b []byte) (rune, int)", text_decode_last_rune_native},
	{"func growSlice(b []byte, n int) []byte", grow_slice},
};

extern const char stdlib_bytes_source[];

const NativePackage stdlib_bytes = {"bytes", decls, sizeof decls / sizeof decls[0],
				    stdlib_bytes_source, "/gvm/src/bytes/bytes.go"};
