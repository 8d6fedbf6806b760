/* unicode.c: package unicode's natives, and the C interface of unicode.h.
 *
 * The predicates (IsLetter ...), the case mappings (ToUpper, To,
 * SimpleFold), the search of a range table (Is, for Go's tables and a
 * program's own) and the loading of Go's tables are C; unicode.go keeps
 * the SpecialCase methods and declares the package's variables, each
 * table copied from tables.c into the heap when the package starts
 * (load), so that a program sees ordinary Go slices it may read and even
 * change.
 *
 * Lookup is Go's: a table's 16-bit ranges then its 32-bit ones, each
 * searched linearly when short (at most 18 ranges) or at Latin-1, by
 * binary search otherwise; a stride other than 1 admits every stride-th
 * rune of the range.  For Latin-1 Go reads its own properties table
 * instead, which says what the range tables say, so gvm reads the tables
 * (with an ASCII shortcut for letters), except in the two places where
 * Go's answer is not a table's: IsControl is true for U+0000-U+001F and
 * U+007F-U+009F only, and IsSpace has its own Latin-1 list.  IsPrint and
 * IsGraphic are strconv's (stdlib/fmt/isprint.c), the same sets.
 *
 * A program can change the tables it sees (unicode.Letter.R16[0] = ...);
 * the predicates keep reading the C tables (a difference from Go that the
 * README lists).
 */
#include <string.h>

#include "fmt.h"
#include "packages.h"
#include "unicode.h"
#include "vm.h"

enum { LINEAR_MAX = 18 };

/* One range of either width. */
typedef struct Range {
	uint32_t lo, hi, stride;
} Range;

static Range range_at(const void *rs, bool wide, size_t i)
{
	if (wide) {
		const UniRange32 *p = (const UniRange32 *)rs + i;
		return (Range){p->lo, p->hi, p->stride};
	}
	const UniRange16 *p = (const UniRange16 *)rs + i;
	return (Range){p->lo, p->hi, p->stride};
}

/* Whether r is in the sorted ranges rs[0:n] (UniRange32 if wide, else
 * UniRange16): 1 or 0, or -1 when r falls in a range of stride 0 (on
 * which Go's search divides by zero).  Linear when the list is short or,
 * for 16-bit ranges, when r is Latin-1; binary otherwise. */
static int search(const void *rs, bool wide, size_t n, uint32_t r)
{
	size_t lo = 0, hi = n;
	bool linear = n <= LINEAR_MAX || (!wide && r <= UNI_MAX_LATIN1);
	while (lo < hi) {
		size_t m = linear ? lo : lo + (hi - lo) / 2;
		Range g = range_at(rs, wide, m);
		if (g.lo <= r && r <= g.hi) {
			if (g.stride == 0)
				return -1;
			return g.stride == 1 || (r - g.lo) % g.stride == 0;
		}
		if (r < g.lo)
			hi = m;
		else
			lo = m + 1;
	}
	return 0;
}

/* Go's Is over the ranges r16[0:n16] and r32[0:n32], as search. */
static int contains(const UniRange16 *r16, size_t n16, const UniRange32 *r32,
                    size_t n32, int32_t r)
{
	if (n16 > 0 && (uint32_t)r <= r16[n16 - 1].hi)
		return search(r16, false, n16, (uint16_t)r);
	if (n32 > 0 && r >= (int32_t)r32[0].lo)
		return search(r32, true, n32, (uint32_t)r);
	return 0;
}

/* Go's Is, or isExcludingLatin when skip is the table's LatinOffset. */
static bool lookup(const UniTable *t, int skip, int32_t r)
{
	return contains(t->r16 + skip, t->n16 - skip, t->r32, t->n32, r) > 0;
}

bool uni_is(const UniTable *t, int32_t r)
{
	return lookup(t, 0, r);
}

static bool is_cat(int id, int32_t r)
{
	const UniTable *t = &uni_tables[id];
	return lookup(t, (uint32_t)r <= UNI_MAX_LATIN1 ? 0 : t->latin_offset, r);
}

bool uni_is_letter(int32_t r)
{
	if ((uint32_t)r < 0x80)
		return (uint32_t)((r | 0x20) - 'a') < 26;
	return is_cat(UNI_L, r);
}

bool uni_is_upper(int32_t r)
{
	if ((uint32_t)r < 0x80)
		return (uint32_t)(r - 'A') < 26;
	return is_cat(UNI_Lu, r);
}

bool uni_is_lower(int32_t r)
{
	if ((uint32_t)r < 0x80)
		return (uint32_t)(r - 'a') < 26;
	return is_cat(UNI_Ll, r);
}

bool uni_is_title(int32_t r)
{
	return r > UNI_MAX_LATIN1 && is_cat(UNI_Lt, r);
}

bool uni_is_digit(int32_t r)
{
	if (r <= UNI_MAX_LATIN1)
		return r >= '0' && r <= '9';
	return is_cat(UNI_Nd, r);
}

bool uni_is_number(int32_t r)
{
	return is_cat(UNI_N, r);
}

bool uni_is_mark(int32_t r)
{
	return is_cat(UNI_M, r);
}

bool uni_is_punct(int32_t r)
{
	return uni_is(&uni_tables[UNI_P], r);
}

bool uni_is_symbol(int32_t r)
{
	return is_cat(UNI_S, r);
}

bool uni_is_space(int32_t r)
{
	if ((uint32_t)r <= UNI_MAX_LATIN1) {
		switch (r) {
		case '\t': case '\n': case '\v': case '\f': case '\r': case ' ':
		case 0x85: case 0xA0:
			return true;
		}
		return false;
	}
	return is_cat(UNI_White_Space, r);
}

bool uni_is_control(int32_t r)
{
	return (uint32_t)r < 0x20 || (r >= 0x7F && r <= 0x9F);
}

bool uni_is_print(int32_t r)
{
	return r >= 0 && r <= UNI_MAX_RUNE && fmt_is_print(r);
}

bool uni_is_graphic(int32_t r)
{
	return r >= 0 && r <= UNI_MAX_RUNE && fmt_is_graphic(r);
}

/* Go's to(): the case mapping of r by the ranges, found says whether a
 * range held r. */
static int32_t to_case(int64_t which, int32_t r, bool *found)
{
	*found = false;
	if (which < 0 || which >= UNI_MAX_CASE)
		return UNI_REPLACEMENT;
	int lo = 0, hi = UNI_NCASE_RANGES;
	while (lo < hi) {
		int m = lo + (hi - lo) / 2;
		const UniCaseRange *cr = &uni_case_ranges[m];
		if ((int32_t)cr->lo <= r && r <= (int32_t)cr->hi) {
			int32_t delta = cr->delta[which];
			*found = true;
			if (delta > UNI_MAX_RUNE) /* alternating Upper, Lower */
				return (int32_t)cr->lo + (((r - (int32_t)cr->lo) & ~1) |
				                          (int32_t)(which & 1));
			return r + delta;
		}
		if (r < (int32_t)cr->lo)
			hi = m;
		else
			lo = m + 1;
	}
	return r;
}

int32_t uni_to(int64_t which, int32_t r)
{
	bool found;
	return to_case(which, r, &found);
}

int32_t uni_to_upper(int32_t r)
{
	if (r <= UNI_MAX_ASCII)
		return r >= 'a' && r <= 'z' ? r - ('a' - 'A') : r;
	return uni_to(UNI_UPPER, r);
}

int32_t uni_to_lower(int32_t r)
{
	if (r <= UNI_MAX_ASCII)
		return r >= 'A' && r <= 'Z' ? r + ('a' - 'A') : r;
	return uni_to(UNI_LOWER, r);
}

int32_t uni_to_title(int32_t r)
{
	if (r <= UNI_MAX_ASCII)
		return r >= 'a' && r <= 'z' ? r - ('a' - 'A') : r;
	return uni_to(UNI_TITLE, r);
}

int32_t uni_simple_fold(int32_t r)
{
	if (r < 0 || r > UNI_MAX_RUNE)
		return r;
	int lo = 0, hi = UNI_NCASE_ORBIT;
	while (lo < hi) {
		int m = lo + (hi - lo) / 2;
		if (uni_case_orbit[m].from < r)
			lo = m + 1;
		else
			hi = m;
	}
	if (lo < UNI_NCASE_ORBIT && uni_case_orbit[lo].from == r)
		return uni_case_orbit[lo].to;
	int32_t l = uni_to_lower(r);
	return l != r ? l : uni_to_upper(r);
}

/* ---- the natives ---- */

#define PREDICATE(name, fn)                                          \
	static VMStatus name(VM *vm, uint64_t *w, int nvar)          \
	{                                                            \
		(void)vm, (void)nvar;                                \
		w[0] = fn((int32_t)w[0]);                            \
		return VM_OK;                                        \
	}

PREDICATE(is_letter, uni_is_letter)
PREDICATE(is_upper, uni_is_upper)
PREDICATE(is_lower, uni_is_lower)
PREDICATE(is_title, uni_is_title)
PREDICATE(is_digit, uni_is_digit)
PREDICATE(is_number, uni_is_number)
PREDICATE(is_mark, uni_is_mark)
PREDICATE(is_punct, uni_is_punct)
PREDICATE(is_symbol, uni_is_symbol)
PREDICATE(is_space, uni_is_space)
PREDICATE(is_control, uni_is_control)
PREDICATE(is_graphic, uni_is_graphic)
PREDICATE(is_print, uni_is_print)

/* A rune result, sign-extended into its word as the VM keeps an int32. */
#define MAPPING(name, fn)                                            \
	static VMStatus name(VM *vm, uint64_t *w, int nvar)          \
	{                                                            \
		(void)vm, (void)nvar;                                \
		w[0] = (uint64_t)(int64_t)fn((int32_t)w[0]);         \
		return VM_OK;                                        \
	}

MAPPING(to_upper, uni_to_upper)
MAPPING(to_lower, uni_to_lower)
MAPPING(to_title, uni_to_title)
MAPPING(simple_fold, uni_simple_fold)

static VMStatus to(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	w[0] = (uint64_t)(int64_t)uni_to((int64_t)w[0], (int32_t)w[1]);
	return VM_OK;
}

/* func is(r16 []Range16, r32 []Range32, r rune) int: Go's Is over a
 * table's ranges, as contains (unicode.go panics as Go does on -1). */
static VMStatus is(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	w[0] = (uint64_t)(int64_t)contains((const UniRange16 *)w[0], w[1],
	                                    (const UniRange32 *)w[3], w[4],
	                                    (int32_t)w[6]);
	return VM_OK;
}

/* A fresh noscan copy of n elements of size bytes at src, as a slice
 * header at w[0..2] (nil for n == 0); false when out of memory. */
static bool copy_slice(VM *vm, uint64_t *w, const void *src, size_t n, size_t size)
{
	w[0] = w[1] = w[2] = 0;
	if (n == 0)
		return true;
	void *p = gc_alloc(vm_heap(vm), n * size, NULL);
	if (!p)
		return false;
	memcpy(p, src, n * size);
	w[0] = (uint64_t)p;
	w[1] = w[2] = n;
	return true;
}

/* func ranges(id int) (r16 []Range16, r32 []Range32, latinOffset int):
 * table id of tables.c in Go's form.  Range16 and Range32 are laid out as
 * UniRange16 and UniRange32. */
static VMStatus ranges(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	uint64_t id = w[0];
	if (id >= UNI_NTABLES) {
		memset(w, 0, 7 * sizeof *w);
		return VM_OK;
	}
	const UniTable *t = &uni_tables[id];
	uint64_t r32[3];
	if (!copy_slice(vm, r32, t->r32, t->n32, sizeof *t->r32) ||
	    !copy_slice(vm, w, t->r16, t->n16, sizeof *t->r16))
		return vm_out_of_memory(vm);
	memcpy(w + 3, r32, sizeof r32);
	w[6] = t->latin_offset;
	return VM_OK;
}

/* func caseRanges() []CaseRange: Go's CaseRanges (CaseRange is laid out
 * as UniCaseRange). */
static VMStatus case_ranges(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	if (!copy_slice(vm, w, uni_case_ranges, UNI_NCASE_RANGES,
	                sizeof uni_case_ranges[0]))
		return vm_out_of_memory(vm);
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func IsLetter(r rune) bool", is_letter},
	{"func IsUpper(r rune) bool", is_upper},
	{"func IsLower(r rune) bool", is_lower},
	{"func IsTitle(r rune) bool", is_title},
	{"func IsDigit(r rune) bool", is_digit},
	{"func IsNumber(r rune) bool", is_number},
	{"func IsMark(r rune) bool", is_mark},
	{"func IsPunct(r rune) bool", is_punct},
	{"func IsSymbol(r rune) bool", is_symbol},
	{"func IsSpace(r rune) bool", is_space},
	{"func IsControl(r rune) bool", is_control},
	{"func IsGraphic(r rune) bool", is_graphic},
	{"func IsPrint(r rune) bool", is_print},
	{"func ToUpper(r rune) rune", to_upper},
	{"func ToLower(r rune) rune", to_lower},
	{"func ToTitle(r rune) rune", to_title},
	{"func To(_case int, r rune) rune", to},
	{"func SimpleFold(r rune) rune", simple_fold},
	{"func is(r16 []Range16, r32 []Range32, r rune) int", is},
	{"func ranges(id int) (r16 []Range16, r32 []Range32, latinOffset int)", ranges},
	{"func caseRanges() []CaseRange", case_ranges},
};

extern const char stdlib_unicode_source[];

const NativePackage stdlib_unicode = {
	"unicode", decls, sizeof decls / sizeof decls[0], stdlib_unicode_source,
	"/gvm/src/unicode/unicode.go"};
