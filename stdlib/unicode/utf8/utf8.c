/* utf8.c: package unicode/utf8's natives, over gvm's one codec (abi/utf8.h).
 *
 * Everything that reads bytes is C: decoding forwards and backwards,
 * counting, validating, FullRune.  Each function over a []byte and its
 * ...InString twin share one C function: a []byte's operand is three words
 * (data, len, cap), a string's two (data, len), and the results go over
 * the first words either way.  EncodeRune and AppendRune are Go
 * (utf8.go), because they index and append to the caller's slice with
 * Go's bounds checks and growth.
 */
#include <stddef.h>

#include "packages.h"
#include "utf8.h"
#include "vm.h"

/* The bytes of the []byte or string operand at w[0], w[1]. */
#define BYTES(w) ((const unsigned char *)(w)[0])
#define LEN(w) ((size_t)(w)[1])

static VMStatus full_rune(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	const unsigned char *p = BYTES(w);
	size_t n = LEN(w);
	if (n == 0) {
		w[0] = false;
		return VM_OK;
	}
	unsigned c = p[0];
	size_t need = c < 0xC2 || c > 0xF4 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
	if (n >= need) {
		w[0] = true; /* ASCII, an invalid lead byte, or long enough */
		return VM_OK;
	}
	/* Too short: full (certainly invalid) if what is there cannot begin a
	 * valid sequence. */
	unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
	unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
	bool bad = (n > 1 && (p[1] < lo || p[1] > hi)) ||
	           (n > 2 && (p[2] < 0x80 || p[2] > 0xBF));
	w[0] = bad;
	return VM_OK;
}

static VMStatus decode_rune(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	size_t n = LEN(w);
	if (n == 0) {
		w[0] = UTF8_RUNE_ERROR;
		w[1] = 0;
		return VM_OK;
	}
	int32_t r;
	int size = utf8_decode((const char *)BYTES(w), n, &r);
	w[0] = (uint64_t)(int64_t)r;
	w[1] = (uint64_t)size;
	return VM_OK;
}

static VMStatus decode_last_rune(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	const unsigned char *p = BYTES(w);
	size_t end = LEN(w);
	if (end == 0) {
		w[0] = UTF8_RUNE_ERROR;
		w[1] = 0;
		return VM_OK;
	}
	if (p[end - 1] < 0x80) {
		w[0] = p[end - 1];
		w[1] = 1;
		return VM_OK;
	}
	/* Back to a start byte, looking at most UTF8_MAX_BYTES bytes back
	 * (so a long run of continuation bytes costs O(1) per call); when
	 * none is found, decoding starts one byte before the limit. */
	ptrdiff_t lim = (ptrdiff_t)end - UTF8_MAX_BYTES;
	if (lim < 0)
		lim = 0;
	ptrdiff_t start = (ptrdiff_t)end - 2;
	while (start >= lim && (p[start] & 0xC0) == 0x80)
		start--;
	if (start < 0)
		start = 0;
	int32_t r;
	int size = utf8_decode((const char *)p + start, end - start, &r);
	if ((size_t)start + (size_t)size != end) {
		r = UTF8_RUNE_ERROR;
		size = 1;
	}
	w[0] = (uint64_t)(int64_t)r;
	w[1] = (uint64_t)size;
	return VM_OK;
}

static VMStatus rune_count(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	w[0] = utf8_rune_count((const char *)BYTES(w), LEN(w));
	return VM_OK;
}

static VMStatus valid(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	const char *p = (const char *)BYTES(w);
	size_t n = LEN(w);
	bool ok = true;
	for (size_t i = 0; i < n && ok;) {
		if ((unsigned char)p[i] < 0x80) {
			i++;
			continue;
		}
		int32_t r;
		int size = utf8_decode(p + i, n - i, &r);
		ok = !utf8_invalid(r, size);
		i += (size_t)size;
	}
	w[0] = ok;
	return VM_OK;
}

static VMStatus rune_len(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	int32_t r = (int32_t)w[0];
	int64_t n;
	if (r < 0)
		n = -1;
	else if (r < 0x80)
		n = 1;
	else if (r < 0x800)
		n = 2;
	else if (r >= 0xD800 && r <= 0xDFFF)
		n = -1;
	else if (r < 0x10000)
		n = 3;
	else
		n = r <= UTF8_MAX_RUNE ? 4 : -1;
	w[0] = (uint64_t)n;
	return VM_OK;
}

static VMStatus valid_rune(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	int32_t r = (int32_t)w[0];
	w[0] = (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= UTF8_MAX_RUNE);
	return VM_OK;
}

static VMStatus rune_start(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	w[0] = ((uint8_t)w[0] & 0xC0) != 0x80;
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func FullRune(p []byte) bool", full_rune},
	{"func FullRuneInString(s string) bool", full_rune},
	{"func DecodeRune(p []byte) (r rune, size int)", decode_rune},
	{"func DecodeRuneInString(s string) (r rune, size int)", decode_rune},
	{"func DecodeLastRune(p []byte) (r rune, size int)", decode_last_rune},
	{"func DecodeLastRuneInString(s string) (r rune, size int)", decode_last_rune},
	{"func RuneCount(p []byte) int", rune_count},
	{"func RuneCountInString(s string) (n int)", rune_count},
	{"func Valid(p []byte) bool", valid},
	{"func ValidString(s string) bool", valid},
	{"func RuneLen(r rune) int", rune_len},
	{"func ValidRune(r rune) bool", valid_rune},
	{"func RuneStart(b byte) bool", rune_start},
};

extern const char stdlib_unicode_utf8_source[];

const NativePackage stdlib_unicode_utf8 = {
	"unicode/utf8", decls, sizeof decls / sizeof decls[0],
	stdlib_unicode_utf8_source, "/gvm/src/unicode/utf8/utf8.go"};
