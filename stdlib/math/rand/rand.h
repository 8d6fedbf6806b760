/* rand.h: the tables of math/rand (tables.c, generated from Go's sources
 * by gen_tables.py), for rand.c.  Nothing outside stdlib/math/rand
 * includes this header. */
#ifndef GVM_RAND_H
#define GVM_RAND_H

#include <stdint.h>

/* Mixed into the seeded state of the lagged Fibonacci generator. */
extern const int64_t rng_cooked[607];

/* The ziggurats of NormFloat64 (128 strips) and ExpFloat64 (256). */
extern const uint32_t zig_kn[128], zig_ke[256];
extern const float zig_wn[128], zig_fn[128], zig_we[256], zig_fe[256];

#endif
