/* rand.c: package math/rand's natives: Go 1.19's source of random
 * numbers, its ziggurat tables, and a random seed for the top-level
 * functions.
 *
 * The source is Mitchell and Reeds' additive lagged Fibonacci generator,
 * x[n] = x[n-273] + x[n-607] mod 2**64, over 607 words; Seed fills them
 * from a Park-Miller minimal standard generator started at the seed, each
 * word xor'ed with Go's rngCooked value (tables.c), so a seed gives Go's
 * sequence exactly.  The state is rand.go's rngSource, read here through
 * the struct below, which mirrors it word for word.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "packages.h"
#include "rand.h"
#include "vm.h"

enum { RNG_LEN = 607, RNG_TAP = 273, INT32_MAX_ = 0x7fffffff };

/* rand.go's rngSource: {tap, feed int; vec [607]int64}. */
typedef struct RngSource {
	int64_t tap, feed;
	int64_t vec[RNG_LEN];
} RngSource;

/* x * 48271 mod (2**31 - 1), by Schrage's method in 32 bits. */
static int32_t seedrand(int32_t x)
{
	const int32_t a = 48271, q = 44488, r = 3399;
	int32_t hi = x / q, lo = x % q;
	x = a * lo - r * hi;
	if (x < 0)
		x += INT32_MAX_;
	return x;
}

/* func rngSeed(rng *rngSource, seed int64) */
static VMStatus rng_seed(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	RngSource *rng = (RngSource *)w[0];
	int64_t seed = (int64_t)w[1] % INT32_MAX_;
	rng->tap = 0;
	rng->feed = RNG_LEN - RNG_TAP;
	if (seed < 0)
		seed += INT32_MAX_;
	if (seed == 0)
		seed = 89482311;
	int32_t x = (int32_t)seed;
	for (int i = -20; i < RNG_LEN; i++) {
		x = seedrand(x);
		if (i >= 0) {
			uint64_t u = (uint64_t)(int64_t)x << 40;
			x = seedrand(x);
			u ^= (uint64_t)(int64_t)x << 20;
			x = seedrand(x);
			u ^= (uint64_t)(int64_t)x;
			u ^= (uint64_t)rng_cooked[i];
			rng->vec[i] = (int64_t)u;
		}
	}
	return VM_OK;
}

/* func rngUint64(rng *rngSource) uint64: the next value. */
static VMStatus rng_uint64(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	RngSource *rng = (RngSource *)w[0];
	if (--rng->tap < 0)
		rng->tap += RNG_LEN;
	if (--rng->feed < 0)
		rng->feed += RNG_LEN;
	uint64_t x = (uint64_t)rng->vec[rng->feed] + (uint64_t)rng->vec[rng->tap];
	rng->vec[rng->feed] = (int64_t)x;
	w[0] = x;
	return VM_OK;
}

/* func loadTables(kn *[128]uint32, wn, fn *[128]float32, ke *[256]uint32,
 * we, fe *[256]float32): the ziggurats into rand.go's arrays, which have
 * Go's layout (4-byte elements). */
static VMStatus load_tables(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	memcpy((void *)w[0], zig_kn, sizeof zig_kn);
	memcpy((void *)w[1], zig_wn, sizeof zig_wn);
	memcpy((void *)w[2], zig_fn, sizeof zig_fn);
	memcpy((void *)w[3], zig_ke, sizeof zig_ke);
	memcpy((void *)w[4], zig_we, sizeof zig_we);
	memcpy((void *)w[5], zig_fe, sizeof zig_fe);
	return VM_OK;
}

/* func randomSeed() int64: eight bytes from the OS (the clock and the
 * process id mixed if it has none to give). */
static VMStatus random_seed(VM *vm, uint64_t *w, int nvar)
{
	(void)vm, (void)nvar;
	uint64_t seed = 0;
	FILE *f = fopen("/dev/urandom", "rb");
	bool ok = f && fread(&seed, sizeof seed, 1, f) == 1;
	if (f)
		fclose(f);
	if (!ok) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		seed = ((uint64_t)ts.tv_sec * 1000000007u) ^ (uint64_t)ts.tv_nsec ^
		       ((uint64_t)getpid() << 32);
	}
	w[0] = seed;
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func rngSeed(rng *rngSource, seed int64)", rng_seed},
	{"func rngUint64(rng *rngSource) uint64", rng_uint64},
	{"func loadTables(kn *[128]uint32, wn, fn *[128]float32, ke *[256]uint32, we, fe *[256]float32)",
	 load_tables},
	{"func randomSeed() int64", random_seed},
};

extern const char stdlib_math_rand_source[];

const NativePackage stdlib_math_rand = {"math/rand", decls, sizeof decls / sizeof decls[0],
					stdlib_math_rand_source, "/gvm/src/math/rand/rand.go"};
