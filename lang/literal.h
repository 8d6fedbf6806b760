/* literal.h: decoding literal tokens' source text into values.
 *
 * The lexer only checks that literals are well formed; the checker decodes
 * BASICLIT nodes (lit/litlen, quotes included) with these helpers.  Inputs
 * are assumed to have passed the lexer; the functions still fail cleanly
 * on malformed text instead of reading past it.
 */
#ifndef GVM_LITERAL_H
#define GVM_LITERAL_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"

/* The value of a "..." or `...` literal (raw strings lose their \r), as a
 * NUL-terminated arena copy (*outlen excludes the NUL; the value may hold
 * NUL bytes itself).  False if the text is not a valid string literal. */
bool lit_unquote_string(Arena *arena, const char *lit, int len, char **out,
			int64_t *outlen);
/* The code point of a rune literal '...'; \xhh and \ooo give a byte value. */
bool lit_rune(const char *lit, int len, int32_t *out);
/* An integer literal's value; false if it does not fit in 64 bits. */
bool lit_uint64(const char *lit, int len, uint64_t *out);
/* An integer literal's digits without prefix or '_' (NUL-terminated, in
 * the arena) and its base (2, 8, 10 or 16), for values beyond 64 bits. */
const char *lit_int_digits(Arena *arena, const char *lit, int len, int *base);

/* The value of a hexadecimal (or lower base) digit, -1 for a non-digit. */
int lit_digit_value(int c);

#endif
