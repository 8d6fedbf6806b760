/* text.c: the byte-string algorithms of packages strings and bytes.
 *
 * Each function here is one of Go's strings functions over (pointer,
 * length), so that strings.c and bytes/bytes.c are thin: they unpack
 * operands, allocate results and apply the few rules in which the two
 * packages differ (nil slices, capacities).  The rules followed are Go
 * 1.19's, including the corners:
 *
 *   - A rune is decoded as utf8.DecodeRune does: an invalid byte is
 *     U+FFFD of width 1.  So searching for U+FFFD (IndexRune, IndexAny,
 *     a cutset) finds invalid bytes as well as an encoded U+FFFD, and
 *     Map-like results (ToUpper, Title) turn invalid bytes into U+FFFD.
 *   - A set of runes given as a string (IndexAny's chars, Trim's cutset)
 *     holds the runes its decoding gives.  All-ASCII sets become a
 *     256-bit table and the scan goes byte by byte, as Go's asciiSet.
 *   - Going backwards (LastIndexAny, TrimRight, TrimSpace) decodes as
 *     utf8.DecodeLastRune: at most four bytes back to a byte that can
 *     start a rune, and an invalid byte if that rune does not end here.
 *
 * Searching forwards uses memchr and memmem (glibc's two-way search);
 * backwards, memrchr for the first byte of the separator and a compare.
 * A function that builds a result is called twice by its native: first
 * with out NULL to measure (and to learn whether anything changes, so
 * that strings can return its operand), then to write.
 */
#define _GNU_SOURCE
#include <string.h>

#include "text.h"
#include "utf8.h"

/* Go's asciiSpace: the ASCII white space of unicode.IsSpace. */
static const uint8_t ascii_space[128] = {
	['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1, [' '] = 1,
};

/* ---- Unicode ---- */

static bool in_ranges(const TextRunePair *t, int n, int32_t r)
{
	int lo = 0, hi = n;
	while (lo < hi) {
		int m = lo + (hi - lo) / 2;
		if (r < t[m].lo)
			hi = m;
		else if (r > t[m].hi)
			lo = m + 1;
		else
			return true;
	}
	return false;
}

int32_t text_to_case(TextCase c, int32_t r)
{
	if (r < 0x80) {
		if (c == TEXT_LOWER)
			return r >= 'A' && r <= 'Z' ? r + ('a' - 'A') : r;
		return r >= 'a' && r <= 'z' ? r - ('a' - 'A') : r;
	}
	int lo = 0, hi = text_ncase_ranges;
	while (lo < hi) {
		int m = lo + (hi - lo) / 2;
		const TextCaseRange *cr = &text_case_ranges[m];
		if (r < cr->lo) {
			hi = m;
		} else if (r > cr->hi) {
			lo = m + 1;
		} else {
			int32_t d = cr->delta[c];
			/* in an upper-lower run the even offsets are upper case;
			 * UPPER and TITLE are even, LOWER odd */
			if (d == TEXT_UPPER_LOWER)
				return cr->lo + (((r - cr->lo) & ~1) | (int32_t)(c & 1));
			return r + d;
		}
	}
	return r;
}

int32_t text_simple_fold(int32_t r)
{
	if (r < 0 || r > UTF8_MAX_RUNE)
		return r;
	int lo = 0, hi = text_ncase_orbit;
	while (lo < hi) {
		int m = lo + (hi - lo) / 2;
		if (text_case_orbit[m].lo < r)
			lo = m + 1;
		else
			hi = m;
	}
	if (lo < text_ncase_orbit && text_case_orbit[lo].lo == r)
		return text_case_orbit[lo].hi;
	int32_t l = text_to_case(TEXT_LOWER, r);
	return l != r ? l : text_to_case(TEXT_UPPER, r);
}

bool text_is_space(int32_t r)
{
	if (r < 0x80)
		return r >= 0 && ascii_space[r];
	switch (r) {
	case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
	case 0x202F: case 0x205F: case 0x3000:
		return true;
	}
	return r >= 0x2000 && r <= 0x200A;
}

bool text_is_letter(int32_t r)
{
	if (r < 0x80)
		return (r | 0x20) >= 'a' && (r | 0x20) <= 'z';
	return in_ranges(text_letters, text_nletters, r);
}

bool text_is_digit(int32_t r)
{
	if (r < 0x80)
		return r >= '0' && r <= '9';
	return in_ranges(text_digits, text_ndigits, r);
}

int text_decode(const char *s, size_t n, int32_t *r)
{
	if ((uint8_t)s[0] < 0x80) {
		*r = (uint8_t)s[0];
		return 1;
	}
	return utf8_decode(s, n, r);
}

int text_decode_last(const char *s, size_t n, int32_t *r)
{
	size_t start = n - 1;
	if ((uint8_t)s[start] < 0x80) {
		*r = (uint8_t)s[start];
		return 1;
	}
	size_t lim = n > UTF8_MAX_BYTES ? n - UTF8_MAX_BYTES : 0;
	while (start > lim && ((uint8_t)s[start] & 0xC0) == 0x80)
		start--;
	int w = utf8_decode(s + start, n - start, r);
	if (start + (size_t)w != n) {
		*r = UTF8_RUNE_ERROR;
		return 1;
	}
	return w;
}

/* decodeRune (last false) or decodeLastRune of the text in w[0], w[1]. */
static VMStatus decode_native(uint64_t *w, bool last)
{
	int32_t r = UTF8_RUNE_ERROR;
	const char *s = (const char *)w[0];
	size_t n = (size_t)w[1];
	int width = !n ? 0 : last ? text_decode_last(s, n, &r) : text_decode(s, n, &r);
	w[0] = (uint64_t)(int64_t)r;
	w[1] = (uint64_t)width;
	return VM_OK;
}

VMStatus text_decode_rune_native(VM *vm, uint64_t *w, int nvar)
{
	return decode_native(w, false);
}

VMStatus text_decode_last_rune_native(VM *vm, uint64_t *w, int nvar)
{
	return decode_native(w, true);
}

/* ---- rune sets given as strings ---- */

typedef struct RuneSet {
	uint64_t ascii[2];   /* bit c: the ASCII byte c is in the set */
	bool all_ascii;
	bool has_error;      /* U+FFFD (an invalid byte or an encoded one) */
	const char *chars;
	size_t m;
} RuneSet;

static void runeset_init(RuneSet *rs, const char *chars, size_t m)
{
	memset(rs, 0, sizeof *rs);
	rs->chars = chars;
	rs->m = m;
	rs->all_ascii = true;
	for (size_t i = 0; i < m;) {
		uint8_t c = (uint8_t)chars[i];
		if (c < 0x80) {
			rs->ascii[c >> 6] |= 1ull << (c & 63);
			i++;
			continue;
		}
		int32_t r;
		rs->all_ascii = false;
		i += (size_t)utf8_decode(chars + i, m - i, &r);
		if (r == UTF8_RUNE_ERROR)
			rs->has_error = true;
	}
}

static inline bool runeset_has_byte(const RuneSet *rs, uint8_t c)
{
	return c < 0x80 && (rs->ascii[c >> 6] >> (c & 63)) & 1;
}

/* Whether rune r (decoded, U+FFFD for an invalid byte) is in the set.  A
 * valid encoding found in chars is one of its runes: a byte that starts
 * a rune never continues one. */
static bool runeset_has(const RuneSet *rs, int32_t r)
{
	if (r < 0x80)
		return runeset_has_byte(rs, (uint8_t)r);
	if (r == UTF8_RUNE_ERROR)
		return rs->has_error;
	if (rs->all_ascii)
		return false;
	char buf[UTF8_MAX_BYTES];
	int k = utf8_encode(buf, r);
	return memmem(rs->chars, rs->m, buf, (size_t)k) != NULL;
}

/* ---- searching ---- */

int64_t text_index_byte(const char *s, size_t n, uint8_t c)
{
	const char *p = n ? memchr(s, c, n) : NULL;
	return p ? p - s : -1;
}

int64_t text_last_index_byte(const char *s, size_t n, uint8_t c)
{
	const char *p = n ? memrchr(s, c, n) : NULL;
	return p ? p - s : -1;
}

int64_t text_index(const char *s, size_t n, const char *sep, size_t m)
{
	if (m == 0)
		return 0;
	if (m > n)
		return -1;
	if (m == 1)
		return text_index_byte(s, n, (uint8_t)sep[0]);
	const char *p = memmem(s, n, sep, m);
	return p ? p - s : -1;
}

int64_t text_last_index(const char *s, size_t n, const char *sep, size_t m)
{
	if (m == 0)
		return (int64_t)n;
	if (m > n)
		return -1;
	if (m == 1)
		return text_last_index_byte(s, n, (uint8_t)sep[0]);
	/* candidates are the places of sep[0] in s[0:end] */
	for (size_t end = n - m + 1; end > 0;) {
		const char *p = memrchr(s, (uint8_t)sep[0], end);
		if (!p)
			return -1;
		if (memcmp(p + 1, sep + 1, m - 1) == 0)
			return p - s;
		end = (size_t)(p - s);
	}
	return -1;
}

int64_t text_index_rune(const char *s, size_t n, int32_t r)
{
	if (r >= 0 && r < 0x80)
		return text_index_byte(s, n, (uint8_t)r);
	if (r == UTF8_RUNE_ERROR) {
		for (size_t i = 0; i < n;) {
			int32_t c;
			int w = text_decode(s + i, n - i, &c);
			if (c == UTF8_RUNE_ERROR)
				return (int64_t)i;
			i += (size_t)w;
		}
		return -1;
	}
	if (r < 0 || r > UTF8_MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF))
		return -1;
	char buf[UTF8_MAX_BYTES];
	int k = utf8_encode(buf, r);
	return text_index(s, n, buf, (size_t)k);
}

/* IndexAny (last false) or LastIndexAny. */
static int64_t index_any(const char *s, size_t n, const char *chars, size_t m, bool last)
{
	if (m == 0)
		return -1;
	RuneSet rs;
	runeset_init(&rs, chars, m);
	if (rs.all_ascii) {
		for (size_t k = 0; k < n; k++) {
			size_t i = last ? n - 1 - k : k;
			if (runeset_has_byte(&rs, (uint8_t)s[i]))
				return (int64_t)i;
		}
		return -1;
	}
	for (size_t i = last ? n : 0; last ? i > 0 : i < n;) {
		int32_t r;
		size_t at = i;
		if (last)
			at = i -= (size_t)text_decode_last(s, i, &r);
		else
			i += (size_t)text_decode(s + i, n - i, &r);
		if (runeset_has(&rs, r))
			return (int64_t)at;
	}
	return -1;
}

int64_t text_index_any(const char *s, size_t n, const char *chars, size_t m)
{
	return index_any(s, n, chars, m, false);
}

int64_t text_last_index_any(const char *s, size_t n, const char *chars, size_t m)
{
	return index_any(s, n, chars, m, true);
}

bool text_has_prefix(const char *s, size_t n, const char *prefix, size_t m)
{
	return n >= m && (!m || memcmp(s, prefix, m) == 0);
}

bool text_has_suffix(const char *s, size_t n, const char *suffix, size_t m)
{
	return n >= m && (!m || memcmp(s + n - m, suffix, m) == 0);
}

int64_t text_count(const char *s, size_t n, const char *sep, size_t m)
{
	if (m == 0)
		return (int64_t)utf8_rune_count(s, n) + 1;
	int64_t count = 0;
	if (m == 1) {
		uint8_t c = (uint8_t)sep[0];
		for (size_t i = 0; i < n; i++)
			count += (uint8_t)s[i] == c;
		return count;
	}
	for (;;) {
		int64_t i = text_index(s, n, sep, m);
		if (i < 0)
			return count;
		count++;
		s += (size_t)i + m;
		n -= (size_t)i + m;
	}
}

bool text_equal_fold(const char *s, size_t n, const char *t, size_t m)
{
	size_t i = 0, j = 0;
	while (i < n && j < m) {
		int32_t sr, tr;
		i += (size_t)text_decode(s + i, n - i, &sr);
		j += (size_t)text_decode(t + j, m - j, &tr);
		if (sr == tr)
			continue;
		if (tr < sr) {
			int32_t x = tr;
			tr = sr;
			sr = x;
		}
		if (tr < 0x80) {
			if (sr >= 'A' && sr <= 'Z' && tr == sr + 'a' - 'A')
				continue;
			return false;
		}
		/* SimpleFold walks sr's orbit upwards, wrapping round */
		int32_t r = text_simple_fold(sr);
		while (r != sr && r < tr)
			r = text_simple_fold(r);
		if (r != tr)
			return false;
	}
	return n - i == m - j;
}

int text_compare(const char *s, size_t n, const char *t, size_t m)
{
	int c = n && m ? memcmp(s, t, n < m ? n : m) : 0;
	if (c)
		return c < 0 ? -1 : 1;
	return n < m ? -1 : n > m;
}

/* ---- trimming ---- */

void text_trim(const char *s, size_t n, const char *cutset, size_t m,
	       bool left, bool right, size_t *lo, size_t *hi)
{
	size_t a = 0, b = n;
	RuneSet rs;
	runeset_init(&rs, cutset, m);
	if (rs.all_ascii) {
		while (right && b > a && runeset_has_byte(&rs, (uint8_t)s[b - 1]))
			b--;
		while (left && a < b && runeset_has_byte(&rs, (uint8_t)s[a]))
			a++;
	} else {
		/* right first, decoding backwards over all of s, as Go's
		 * Trim is TrimLeft(TrimRight(s)) */
		while (right && b > 0) {
			int32_t r;
			int w = text_decode_last(s, b, &r);
			if (!runeset_has(&rs, r))
				break;
			b -= (size_t)w;
		}
		while (left && a < b) {
			int32_t r;
			int w = text_decode(s + a, b - a, &r);
			if (!runeset_has(&rs, r))
				break;
			a += (size_t)w;
		}
	}
	*lo = a;
	*hi = b;
}

void text_trim_space(const char *s, size_t n, size_t *lo, size_t *hi)
{
	size_t a = 0, b = n;
	while (a < n) {
		int32_t r;
		int w = text_decode(s + a, n - a, &r);
		if (!text_is_space(r))
			break;
		a += (size_t)w;
	}
	/* backwards within s[a:], as Go's TrimRightFunc of the rest */
	while (b > a) {
		int32_t r;
		int w = text_decode_last(s + a, b - a, &r);
		if (!text_is_space(r))
			break;
		b -= (size_t)w;
	}
	*lo = a;
	*hi = b;
}

/* ---- splitting ---- */

static inline void piece(TextPieces *ps, const char *p, size_t len)
{
	if (ps->out) {
		uint64_t *w = ps->out + ps->n * (size_t)ps->stride;
		w[0] = (uint64_t)p;
		w[1] = len;
	}
	ps->n++;
}

/* The width of the rune at s[0:n] if it is white space, else 0. */
static inline int space_width(const char *s, size_t n)
{
	uint8_t c = (uint8_t)s[0];
	if (c < 0x80)
		return ascii_space[c];
	int32_t r;
	int w = utf8_decode(s, n, &r);
	return text_is_space(r) ? w : 0;
}

void text_fields(const char *s, size_t n, TextPieces *ps)
{
	size_t i = 0;
	for (;;) {
		int w;
		while (i < n && (w = space_width(s + i, n - i)) > 0)
			i += (size_t)w;
		if (i == n)
			return;
		size_t start = i;
		while (i < n) {
			uint8_t c = (uint8_t)s[i];
			if (c < 0x80) {
				if (ascii_space[c])
					break;
				i++;
			} else {
				int32_t r;
				w = utf8_decode(s + i, n - i, &r);
				if (text_is_space(r))
					break;
				i += (size_t)w;
			}
		}
		piece(ps, s + start, i - start);
	}
}

/* SplitN (sepsave 0) or SplitAfterN (sepsave m), m > 0, limit > 0. */
static void split(const char *s, size_t n, const char *sep, size_t m,
		  size_t sepsave, size_t limit, TextPieces *ps)
{
	for (size_t k = 1; k < limit; k++) {
		int64_t at = text_index(s, n, sep, m);
		if (at < 0)
			break;
		piece(ps, s, (size_t)at + sepsave);
		s += (size_t)at + m;
		n -= (size_t)at + m;
	}
	piece(ps, s, n);
}

static const char rune_error[] = "\xEF\xBF\xBD";

/* Split with an empty separator. */
static void explode(const char *s, size_t n, size_t limit, bool as_bytes, TextPieces *ps)
{
	for (size_t k = 1; n > 0; k++) {
		if (k >= limit) {
			piece(ps, s, n);
			return;
		}
		int32_t r;
		int w = text_decode(s, n, &r);
		if (r == UTF8_RUNE_ERROR && !as_bytes)
			piece(ps, rune_error, 3);
		else
			piece(ps, s, (size_t)w);
		s += w;
		n -= (size_t)w;
	}
}

size_t text_split_cap(const char *s, size_t n, const char *sep, size_t m, int64_t lim,
		      bool as_bytes)
{
	size_t most = as_bytes || m ? n : utf8_rune_count(s, n);
	if (m == 0)
		return lim < 0 || (uint64_t)lim > most ? most : (size_t)lim;
	if (lim < 0)
		return (size_t)text_count(s, n, sep, m) + 1;
	return (uint64_t)lim > n + 1 ? n + 1 : (size_t)lim;
}

void text_gen_split(const char *s, size_t n, const char *sep, size_t m, bool after,
		    size_t cap, bool as_bytes, TextPieces *ps)
{
	if (m == 0)
		explode(s, n, cap, as_bytes, ps);
	else
		split(s, n, sep, m, after ? m : 0, cap, ps);
}

/* ---- building ---- */

/* Title's word boundaries (Go's isSeparator). */
static bool is_separator(int32_t r)
{
	if (r < 0x80)
		return !((r | 0x20) >= 'a' && (r | 0x20) <= 'z') &&
		       !(r >= '0' && r <= '9') && r != '_';
	if (text_is_letter(r) || text_is_digit(r))
		return false;
	return text_is_space(r);
}

static inline int put_rune(char *out, size_t at, int32_t r)
{
	if (r < 0x80) {
		if (out)
			out[at] = (char)r;
		return 1;
	}
	char buf[UTF8_MAX_BYTES];
	int w = utf8_encode(out ? out + at : buf, r);
	return w;
}

size_t text_map(TextMapping how, const char *s, size_t n, char *out, bool *changed)
{
	size_t o = 0;
	bool ch = false;
	int32_t prev = ' ';
	for (size_t i = 0; i < n;) {
		uint8_t c = (uint8_t)s[i];
		int32_t r, m;
		int w = 1;
		if (c < 0x80 && how != TEXT_MAP_WORDS) {
			/* ASCII: the common case, without a call */
			bool up = c >= 'a' && c <= 'z', low = c >= 'A' && c <= 'Z';
			m = c;
			if (how == TEXT_MAP_LOWER ? low : up) {
				m = how == TEXT_MAP_LOWER ? c + 32 : c - 32;
				ch = true;
			}
			if (out)
				out[o] = (char)m;
			o++;
			i++;
			continue;
		}
		w = text_decode(s + i, n - i, &r);
		switch (how) {
		case TEXT_MAP_UPPER: m = text_to_case(TEXT_UPPER, r); break;
		case TEXT_MAP_LOWER: m = text_to_case(TEXT_LOWER, r); break;
		case TEXT_MAP_TITLE: m = text_to_case(TEXT_TITLE, r); break;
		default:
			m = is_separator(prev) ? text_to_case(TEXT_TITLE, r) : r;
			prev = r;
			break;
		}
		if (m != r || (w == 1 && c >= 0x80))
			ch = true;
		o += (size_t)put_rune(out, o, m);
		i += (size_t)w;
	}
	if (changed)
		*changed = ch;
	return o;
}

size_t text_join(const uint64_t *elems, size_t ne, int stride, const char *sep,
		 size_t m, char *out)
{
	size_t o = 0;
	for (size_t k = 0; k < ne; k++) {
		const uint64_t *e = elems + k * (size_t)stride;
		if (k && m && out)
			memcpy(out + o, sep, m);
		if (k)
			o += m;
		if (e[1] && out)
			memcpy(out + o, (const char *)e[0], (size_t)e[1]);
		o += (size_t)e[1];
	}
	return o;
}

bool text_repeat_size(size_t n, int64_t count, size_t *total)
{
	uint64_t t = (uint64_t)n * (uint64_t)count;
	if (count && (t / (uint64_t)count != n || t > (1ull << 48)))
		return false;
	*total = (size_t)t;
	return true;
}

void text_repeat(const char *s, size_t n, size_t total, char *out)
{
	if (!total)
		return;
	memcpy(out, s, n);
	for (size_t have = n; have < total; have *= 2)
		memcpy(out + have, out, have * 2 <= total ? have : total - have);
}

void text_replace(const char *s, size_t n, const char *old, size_t m,
		  const char *new_, size_t k, size_t count, char *out)
{
	size_t start = 0, o = 0;
	for (size_t i = 0; i < count; i++) {
		size_t j = start;
		if (m == 0) {
			if (i > 0) {
				int32_t r;
				j += (size_t)text_decode(s + start, n - start, &r);
			}
		} else {
			j += (size_t)text_index(s + start, n - start, old, m);
		}
		memcpy(out + o, s + start, j - start);
		o += j - start;
		if (k)
			memcpy(out + o, new_, k);
		o += k;
		start = j + m;
	}
	if (n > start)
		memcpy(out + o, s + start, n - start);
}

size_t text_replace_pairs(const char *s, size_t n, const uint64_t *pairs, size_t np,
			  char *out, bool *changed)
{
	uint64_t first[4] = {0};  /* the first bytes of the old strings */
	bool has_empty = false;
	for (size_t p = 0; p < np; p++) {
		size_t m = (size_t)pairs[4 * p + 1];
		uint8_t c = m ? *(const uint8_t *)pairs[4 * p] : 0;
		if (m)
			first[c >> 6] |= 1ull << (c & 63);
		else
			has_empty = true;
	}
	size_t o = 0, last = 0;
	bool prev_empty = false, any = false;
	for (size_t i = 0; i <= n;) {
		if (!has_empty && (i == n || !((first[(uint8_t)s[i] >> 6] >> ((uint8_t)s[i] & 63)) & 1))) {
			i++;
			continue;
		}
		/* the first pair whose old string is here, an empty one only
		 * if the previous match here was not empty (Go's genericReplacer
		 * lookup with ignoreRoot) */
		const uint64_t *hit = NULL;
		for (size_t p = 0; p < np && !hit; p++) {
			const uint64_t *q = pairs + 4 * p;
			size_t m = (size_t)q[1];
			if (m == 0 ? !prev_empty : m <= n - i && memcmp(s + i, (const char *)q[0], m) == 0)
				hit = q;
		}
		prev_empty = hit && hit[1] == 0;
		if (!hit) {
			i++;
			continue;
		}
		any = true;
		if (out) {
			memcpy(out + o, s + last, i - last);
			if (hit[3])
				memcpy(out + o + (i - last), (const char *)hit[2], (size_t)hit[3]);
		}
		o += i - last + (size_t)hit[3];
		i += (size_t)hit[1];
		last = i;
	}
	if (out && n > last)
		memcpy(out + o, s + last, n - last);
	o += n - last;
	if (changed)
		*changed = any;
	return o;
}

size_t text_to_valid(const char *s, size_t n, const char *repl, size_t k,
		     char *out, bool *changed)
{
	size_t o = 0;
	bool invalid = false, any = false;
	for (size_t i = 0; i < n;) {
		int32_t r;
		int w = text_decode(s + i, n - i, &r);
		if (w == 1 && (uint8_t)s[i] >= 0x80) {
			if (!invalid && out && k)
				memcpy(out + o, repl, k);
			if (!invalid)
				o += k;
			invalid = any = true;
		} else {
			if (out)
				memcpy(out + o, s + i, (size_t)w);
			o += (size_t)w;
			invalid = false;
		}
		i += (size_t)w;
	}
	if (changed)
		*changed = any;
	return o;
}
