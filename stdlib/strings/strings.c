/* strings.c: package strings' natives, under its Go half (strings.go).
 *
 * Every function of the package that does not call user code is a
 * native here, over the algorithms of text.c; strings.go has the types
 * (Builder, Reader, Replacer) and the functions taking a func (Map,
 * FieldsFunc, IndexFunc, TrimFunc ...), which must run as bytecode.
 *
 * A string operand is two words (pointer, length); results are written
 * over the operands from word 0.  A result that is part of an operand
 * (Trim, Split's pieces, Cut) points into it, as Go's substrings do; an
 * empty one is (NULL, 0), so no result points past the end of its
 * operand's memory.  A function that can return its operand unchanged
 * does (ToUpper of "ABC", Replace with nothing to replace), as Go's
 * does, so it allocates nothing; one that builds a string measures it
 * first and allocates it once.  A []string result is one allocation of
 * exactly the length Go's make gives it (Split's capacity included).
 */
#include <string.h>

#include "packages.h"
#include "text.h"
#include "utf8.h"
#include "vm.h"

/* The words of an operand: string i's pointer and length. */
#define SP(i) ((const char *)w[i])
#define SN(i) ((size_t)w[(i) + 1])

/* Where an empty []string points: not nil, and not on the heap. */
static uint64_t zero_base[1];

/* The element type of a []string, as the collector scans it. */
static const uint8_t string_mask[1] = {1};
static const RType string_rtype = {
	.kind = RK_STRING, .size = 16, .align = 8, .name = "string", .ptrmask = string_mask,
};

/* Result word at: the string p[0:n]. */
static inline void put_str(uint64_t *w, int at, const char *p, size_t n)
{
	w[at] = n ? (uint64_t)p : 0;
	w[at + 1] = n;
}

/* The memory of a new string of n bytes (for n 0, not on the heap), or
 * NULL when out of memory. */
static char *new_str(VM *vm, size_t n)
{
	static char empty[1];
	return n ? gc_alloc(vm_heap(vm), n, NULL) : empty;
}

/* ---- comparing and searching ---- */

TEXT_SEARCH_NATIVES(2)

/* ---- cutting and trimming: results inside the operand ---- */

/* func Cut(s, sep string) (before, after string, found bool) */
static VMStatus cut(VM *vm, uint64_t *w, int nvar)
{
	const char *s = SP(0);
	size_t n = SN(0), m = SN(2);
	int64_t i = text_index(s, n, SP(2), m);
	if (i < 0) {
		put_str(w, 0, s, n);
		put_str(w, 2, NULL, 0);
		w[4] = 0;
		return VM_OK;
	}
	put_str(w, 0, s, (size_t)i);
	put_str(w, 2, s + i + m, n - (size_t)i - m);
	w[4] = 1;
	return VM_OK;
}

/* func CutPrefix(s, prefix string) (after string, found bool) */
static VMStatus cut_prefix(VM *vm, uint64_t *w, int nvar)
{
	bool found = text_has_prefix(SP(0), SN(0), SP(2), SN(2));
	size_t m = found ? SN(2) : 0;
	put_str(w, 0, SP(0) + m, SN(0) - m);
	w[2] = found;
	return VM_OK;
}

/* func CutSuffix(s, suffix string) (before string, found bool) */
static VMStatus cut_suffix(VM *vm, uint64_t *w, int nvar)
{
	bool found = text_has_suffix(SP(0), SN(0), SP(2), SN(2));
	size_t m = found ? SN(2) : 0;
	put_str(w, 0, SP(0), SN(0) - m);
	w[2] = found;
	return VM_OK;
}

static VMStatus trim_cutset(VM *vm, uint64_t *w, bool left, bool right)
{
	size_t lo = 0, hi = SN(0);
	if (SN(0) && SN(2))
		text_trim(SP(0), SN(0), SP(2), SN(2), left, right, &lo, &hi);
	put_str(w, 0, SP(0) + lo, hi - lo);
	return VM_OK;
}

TEXT_NATIVE_VIA(trim, trim_cutset, true, true)
TEXT_NATIVE_VIA(trim_left, trim_cutset, true, false)
TEXT_NATIVE_VIA(trim_right, trim_cutset, false, true)

static VMStatus trim_space(VM *vm, uint64_t *w, int nvar)
{
	size_t lo, hi;
	text_trim_space(SP(0), SN(0), &lo, &hi);
	put_str(w, 0, SP(0) + lo, hi - lo);
	return VM_OK;
}

/* ---- splitting: []string results ---- */

/* w[0..2] = a []string of length len and capacity cap at a. */
static void put_strings(uint64_t *w, uint64_t *a, size_t len, size_t cap)
{
	for (size_t k = 0; k < len; k++)
		if (!a[2 * k + 1])
			a[2 * k] = 0;
	w[0] = (uint64_t)a;
	w[1] = len;
	w[2] = cap;
}

/* Room for cap strings (cap 0: the empty, non-nil []string). */
static uint64_t *new_strings(VM *vm, size_t cap)
{
	return cap ? gc_alloc(vm_heap(vm), cap * 16, &string_rtype) : zero_base;
}

/* Go's genSplit: s around sep (after: each piece keeps its sep), at most
 * lim pieces (lim < 0: all of them); the []string goes to w[0..2]. */
static VMStatus split(VM *vm, uint64_t *w, bool after, int64_t lim)
{
	if (lim == 0) {
		w[0] = w[1] = w[2] = 0;
		return VM_OK;
	}
	size_t cap = text_split_cap(SP(0), SN(0), SP(2), SN(2), lim, false);
	uint64_t *a = new_strings(vm, cap);
	if (!a)
		return vm_out_of_memory(vm);
	TextPieces ps = {a, 2, 0};
	text_gen_split(SP(0), SN(0), SP(2), SN(2), after, cap, false, &ps);
	put_strings(w, a, ps.n, cap);
	return VM_OK;
}

TEXT_NATIVE_VIA(split_fn, split, false, -1)
TEXT_NATIVE_VIA(split_n, split, false, (int64_t)w[4])
TEXT_NATIVE_VIA(split_after, split, true, -1)
TEXT_NATIVE_VIA(split_after_n, split, true, (int64_t)w[4])

static VMStatus fields(VM *vm, uint64_t *w, int nvar)
{
	TextPieces ps = {NULL, 2, 0};
	text_fields(SP(0), SN(0), &ps);
	uint64_t *a = new_strings(vm, ps.n);
	if (!a)
		return vm_out_of_memory(vm);
	size_t n = ps.n;
	ps = (TextPieces){a, 2, 0};
	text_fields(SP(0), SN(0), &ps);
	put_strings(w, a, n, n);
	return VM_OK;
}

/* ---- building new strings ---- */

/* func Join(elems []string, sep string) string */
static VMStatus join(VM *vm, uint64_t *w, int nvar)
{
	const uint64_t *e = (const uint64_t *)w[0];
	size_t ne = (size_t)w[1];
	if (ne == 1) {
		put_str(w, 0, (const char *)e[0], (size_t)e[1]); /* itself, as Go's */
		return VM_OK;
	}
	size_t total = text_join(e, ne, 2, SP(3), SN(3), NULL);
	char *b = new_str(vm, total);
	if (!b)
		return vm_out_of_memory(vm);
	text_join(e, ne, 2, SP(3), SN(3), b);
	put_str(w, 0, b, total);
	return VM_OK;
}

/* func Repeat(s string, count int) string, with Go's panics. */
static VMStatus repeat(VM *vm, uint64_t *w, int nvar)
{
	int64_t count = (int64_t)w[2];
	size_t total;
	if (count < 0)
		return vm_native_panic(vm, "strings: negative Repeat count");
	if (!text_repeat_size(SN(0), count, &total))
		return vm_native_panic(vm, "strings: Repeat output length overflow");
	char *b = new_str(vm, total);
	if (!b)
		return vm_out_of_memory(vm);
	text_repeat(SP(0), SN(0), total, b);
	put_str(w, 0, b, total);
	return VM_OK;
}

/* func Replace(s, old, new string, n int) string */
static VMStatus replace(VM *vm, uint64_t *w, int nvar)
{
	const char *s = SP(0), *old = SP(2), *new_ = SP(4);
	size_t n = SN(0), m = SN(2), k = SN(4);
	int64_t lim = (int64_t)w[6];
	if ((m == k && (!m || memcmp(old, new_, m) == 0)) || lim == 0)
		return VM_OK; /* s is already in w[0..1] */
	int64_t c = text_count(s, n, old, m);
	if (c == 0)
		return VM_OK;
	if (lim < 0 || c < lim)
		lim = c;
	size_t total = n + (size_t)lim * k - (size_t)lim * m;
	char *b = new_str(vm, total);
	if (!b)
		return vm_out_of_memory(vm);
	text_replace(s, n, old, m, new_, k, (size_t)lim, b);
	put_str(w, 0, b, total);
	return VM_OK;
}

static VMStatus replace_all(VM *vm, uint64_t *w, int nvar)
{
	w[6] = (uint64_t)-1;
	return replace(vm, w, nvar);
}

/* ToUpper, ToLower, ToTitle, Title: s itself when nothing changes. */
static VMStatus map_case(VM *vm, uint64_t *w, TextMapping how)
{
	bool changed;
	size_t total = text_map(how, SP(0), SN(0), NULL, &changed);
	char *b = changed ? new_str(vm, total) : NULL;
	if (changed && !b)
		return vm_out_of_memory(vm);
	if (changed) {
		text_map(how, SP(0), SN(0), b, NULL);
		put_str(w, 0, b, total);
	}
	return VM_OK;
}

TEXT_CASE_NATIVES(map_case)

/* func ToValidUTF8(s, replacement string) string: s itself when valid. */
static VMStatus to_valid_utf8(VM *vm, uint64_t *w, int nvar)
{
	bool changed;
	size_t total = text_to_valid(SP(0), SN(0), SP(2), SN(2), NULL, &changed);
	char *b = changed ? new_str(vm, total) : NULL;
	if (changed && !b)
		return vm_out_of_memory(vm);
	if (changed) {
		text_to_valid(SP(0), SN(0), SP(2), SN(2), b, NULL);
		put_str(w, 0, b, total);
	}
	return VM_OK;
}

/* func Clone(s string) string: a copy in new memory. */
static VMStatus clone(VM *vm, uint64_t *w, int nvar)
{
	char *b = new_str(vm, SN(0));
	if (!b)
		return vm_out_of_memory(vm);
	if (SN(0))
		memcpy(b, SP(0), SN(0));
	put_str(w, 0, b, SN(0));
	return VM_OK;
}

/* ---- for strings.go (and its decodeRune, decodeLastRune: text.c) ---- */

/* func bytesString(b []byte) string: b's bytes as a string, not copied
 * (Builder.String; the Builder never writes them again). */
static VMStatus bytes_string(VM *vm, uint64_t *w, int nvar)
{
	if (!w[1])
		w[0] = 0;
	return VM_OK;
}

/* func replacePairs(oldnew []string, s string) string: a Replacer's work,
 * s itself when nothing matches. */
static VMStatus replace_pairs(VM *vm, uint64_t *w, int nvar)
{
	const uint64_t *pairs = (const uint64_t *)w[0];
	size_t np = (size_t)w[1] / 2;
	const char *s = SP(3);
	size_t n = SN(3);
	bool changed;
	size_t total = text_replace_pairs(s, n, pairs, np, NULL, &changed);
	char *b = changed ? new_str(vm, total) : NULL;
	if (changed && !b)
		return vm_out_of_memory(vm);
	if (changed)
		text_replace_pairs(s, n, pairs, np, b, NULL);
	if (changed)
		put_str(w, 0, b, total);
	else
		put_str(w, 0, s, n);
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func Clone(s string) string", clone},
	{"func Compare(a, b string) int", compare},
	{"func Contains(s, substr string) bool", contains},
	{"func ContainsAny(s, chars string) bool", contains_any},
	{"func ContainsRune(s string, r rune) bool", contains_rune},
	{"func Count(s, substr string) int", count},
	{"func Cut(s, sep string) (before, after string, found bool)", cut},
	{"func CutPrefix(s, prefix string) (after string, found bool)", cut_prefix},
	{"func CutSuffix(s, suffix string) (before string, found bool)", cut_suffix},
	{"func EqualFold(s, t string) bool", equal_fold},
	{"func Fields(s string) []string", fields},
	{"func HasPrefix(s, prefix string) bool", has_prefix},
	{"func HasSuffix(s, suffix string) bool", has_suffix},
	{"func Index(s, substr string) int", index_fn},
	{"func IndexAny(s, chars string) int", index_any},
	{"func IndexByte(s string, c byte) int", index_byte},
	{"func IndexRune(s string, r rune) int", index_rune},
	{"func Join(elems []string, sep string) string", join},
	{"func LastIndex(s, substr string) int", last_index},
	{"func LastIndexAny(s, chars string) int", last_index_any},
	{"func LastIndexByte(s string, c byte) int", last_index_byte},
	{"func Repeat(s string, count int) string", repeat},
	{"func Replace(s, old, new string, n int) string", replace},
	{"func ReplaceAll(s, old, new string) string", replace_all},
	{"func Split(s, sep string) []string", split_fn},
	{"func SplitAfter(s, sep string) []string", split_after},
	{"func SplitAfterN(s, sep string, n int) []string", split_after_n},
	{"func SplitN(s, sep string, n int) []string", split_n},
	{"func Title(s string) string", title},
	{"func ToLower(s string) string", to_lower},
	{"func ToTitle(s string) string", to_title},
	{"func ToUpper(s string) string", to_upper},
	{"func ToValidUTF8(s, replacement string) string", to_valid_utf8},
	{"func Trim(s, cutset string) string", trim},
	{"func TrimLeft(s, cutset string) string", trim_left},
	{"func TrimPrefix(s, prefix string) string", cut_prefix},
	{"func TrimRight(s, cutset string) string", trim_right},
	{"func TrimSpace(s string) string", trim_space},
	{"func TrimSuffix(s, suffix string) string", cut_suffix},
	{"func decodeRune(s string) (rune, int)", text_decode_rune_native},
	{"func decodeLastRune(s string) (rune, int)", text_decode_last_rune_native},
	{"func bytesString(b []byte) string", bytes_string},
	{"func replacePairs(oldnew []string, s string) string", replace_pairs},
};

extern const char stdlib_strings_source[];

const NativePackage stdlib_strings = {"strings", decls, sizeof decls / sizeof decls[0],
				      stdlib_strings_source, "/gvm/src/strings/strings.go"};
