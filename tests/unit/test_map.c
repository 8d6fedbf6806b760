/* test_map.c: vm/map.c and vm/equal.c against Go's map semantics.
 *
 * RTypes are built by hand, laid out as codegen lays them out (amd64).
 * Each check prints the failing line; the program exits 1 if any failed.
 * At the end a small throughput probe prints ns per operation (informative
 * only, never a failure).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vm/vmint.h"
#include "vm/equal.h"

static int failures;
#define CHECK(c)                                                               \
	do {                                                                   \
		if (!(c)) {                                                    \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__,  \
				__LINE__, #c);                                 \
			failures++;                                            \
		}                                                              \
	} while (0)

static const uint8_t mask_w0[1] = {0x01}, mask_w1[1] = {0x02};

static const RType t_int = {.kind = RK_INT, .size = 8, .align = 8, .name = "int"};
static const RType t_myint = {.kind = RK_INT, .size = 8, .align = 8, .name = "main.MyInt"};
static const RType t_int32 = {.kind = RK_INT32, .size = 4, .align = 4, .name = "int32"};
static const RType t_f64 = {.kind = RK_FLOAT64, .size = 8, .align = 8, .name = "float64"};
static const RType t_string = {.kind = RK_STRING, .size = 16, .align = 8,
			       .name = "string", .ptrmask = mask_w0};
static const RType t_slice = {.kind = RK_SLICE, .size = 24, .align = 8, .name = "[]int",
			      .elem = &t_int, .ptrmask = mask_w0};
static const RType t_any = {.kind = RK_INTERFACE, .size = 16, .align = 8,
			    .name = "interface {}", .ptrmask = mask_w1};
static const RField f_s[2] = {{"a", &t_int32, 0, false}, {"b", &t_string, 8, false}};
/* struct { a int32; b string }: 4 bytes of padding after a */
static const RType t_struct = {.kind = RK_STRUCT, .size = 24, .align = 8,
			       .name = "struct { a int32; b string }",
			       .nfields = 2, .fields = f_s, .ptrmask = mask_w1};
static const RField f_blank[2] = {{"x", &t_int, 0, false}, {"_", &t_int, 8, false}};
static const RType t_blank = {.kind = RK_STRUCT, .size = 16, .align = 8,
			      .name = "struct { x int; _ int }", .nfields = 2, .fields = f_blank};
static const RType t_arr = {.kind = RK_ARRAY, .size = 16, .align = 8, .name = "[2]int",
			    .elem = &t_int, .len = 2};
static const uint8_t mask_arr_any[1] = {0x0A};
static const RType t_arr_any = {.kind = RK_ARRAY, .size = 32, .align = 8,
				.name = "[2]interface {}", .elem = &t_any, .len = 2,
				.ptrmask = mask_arr_any};

#define MAPTYPE(id, k, v) \
	static const RType id = {.kind = RK_MAP, .size = 8, .align = 8, .name = "map", \
				 .key = k, .elem = v, .ptrmask = mask_w0}
MAPTYPE(mt_int_int, &t_int, &t_int);
MAPTYPE(mt_str_int, &t_string, &t_int);
MAPTYPE(mt_f64_int, &t_f64, &t_int);
MAPTYPE(mt_struct_int, &t_struct, &t_int);
MAPTYPE(mt_arr_int, &t_arr, &t_int);
MAPTYPE(mt_any_int, &t_any, &t_int);
MAPTYPE(mt_int_str, &t_int, &t_string);
MAPTYPE(mt_blank_int, &t_blank, &t_int);

typedef struct Str {
	const char *p;
	int64_t n;
} Str;

typedef struct Iface {
	const RType *t;
	const void *data;
} Iface;

static Heap heap;
static uint64_t rng = 12345;

static uint64_t xrand(void)
{
	return map_rand(&rng);
}

static GoMap *mk(const RType *mt, int64_t hint)
{
	MapStatus st;
	GoMap *m = map_new(&heap, mt, hint, &rng, &st);
	CHECK(m && st.err == MAP_OK);
	return m;
}

static int64_t *put(const RType *mt, GoMap *m, const void *k, int64_t v)
{
	MapStatus st;
	int64_t *p = map_assign(mt, m, k, &st);
	CHECK(p && st.err == MAP_OK);
	if (p)
		*p = v;
	return p;
}

static int64_t *get(const RType *mt, GoMap *m, const void *k)
{
	MapStatus st;
	int64_t *p = map_access(mt, m, k, &st);
	CHECK(st.err == MAP_OK);
	return p;
}

/* ---- int keys against a reference array ---- */

static void test_int_random(void)
{
	enum { N = 100000, KEYS = 40000 };
	static int64_t ref[KEYS];
	static bool present[KEYS];
	GoMap *m = mk(&mt_int_int, 0);
	int64_t n = 0;
	for (int op = 0; op < N; op++) {
		int64_t k = (int64_t)(xrand() % KEYS) - KEYS / 2;
		int64_t idx = k + KEYS / 2;
		int r = (int)(xrand() % 4);
		if (r < 2) {
			int64_t v = (int64_t)xrand();
			/* both entry points, alternately */
			if (op & 1) {
				put(&mt_int_int, m, &k, v);
			} else {
				MapStatus st;
				int64_t *p = map_assign_word(m, (uint64_t)k, &st);
				CHECK(p);
				*p = v;
			}
			n += !present[idx];
			present[idx] = true;
			ref[idx] = v;
		} else if (r == 2) {
			int64_t *p = (op & 2) ? get(&mt_int_int, m, &k)
					      : map_access_word(m, (uint64_t)k);
			CHECK(present[idx] ? p && *p == ref[idx] : p == NULL);
		} else {
			MapStatus st;
			bool d = (op & 2) ? map_delete(&mt_int_int, m, &k, &st)
					  : map_delete_word(m, (uint64_t)k);
			CHECK(d == present[idx]);
			n -= present[idx];
			present[idx] = false;
		}
		if (op % 1000 == 0)
			CHECK(map_len(m) == n);
	}
	CHECK(map_len(m) == n);
	for (int64_t idx = 0; idx < KEYS; idx++) {
		int64_t k = idx - KEYS / 2;
		int64_t *p = map_access_word(m, (uint64_t)k);
		CHECK(present[idx] ? p && *p == ref[idx] : p == NULL);
	}
	static uint8_t seen[KEYS];
	memset(seen, 0, sizeof seen);
	MapIter it;
	void *kp, *vp;
	int64_t cnt = 0;
	map_iter_init(&it, m, &rng);
	while (map_iter_next(&it, &kp, &vp)) {
		int64_t k = *(int64_t *)kp, idx = k + KEYS / 2;
		CHECK(idx >= 0 && idx < KEYS && present[idx] && !seen[idx]);
		CHECK(*(int64_t *)vp == ref[idx]);
		seen[idx] = 1;
		cnt++;
	}
	CHECK(cnt == n);
}

/* ---- string keys ---- */

static char *strs[20000];

static void test_strings(void)
{
	enum { N = 20000 };
	for (int i = 0; i < N; i++) {
		char buf[32];
		int len = snprintf(buf, sizeof buf, "key-%d", i * 7919);
		strs[i] = malloc((size_t)len + 1);
		memcpy(strs[i], buf, (size_t)len + 1);
	}
	GoMap *m = mk(&mt_str_int, 0);
	for (int i = 0; i < N; i++) {
		Str k = {strs[i], (int64_t)strlen(strs[i])};
		put(&mt_str_int, m, &k, i);
	}
	CHECK(map_len(m) == N);
	for (int i = 0; i < N; i++) {
		char buf[32]; /* the same contents at another address */
		strcpy(buf, strs[i]);
		Str k = {buf, (int64_t)strlen(buf)};
		int64_t *p = get(&mt_str_int, m, &k);
		CHECK(p && *p == i);
		int64_t *q = map_access_str(m, buf, k.n);
		CHECK(q == p);
	}
	for (int i = 0; i < N; i += 2)
		CHECK(map_delete_str(m, strs[i], (int64_t)strlen(strs[i])));
	CHECK(map_len(m) == N / 2);
	for (int i = 0; i < N; i++) {
		int64_t *p = map_access_str(m, strs[i], (int64_t)strlen(strs[i]));
		CHECK(i % 2 ? p && *p == i : p == NULL);
	}
	/* "" and a prefix are keys of their own */
	Str e = {"", 0}, pre = {"key-", 4};
	put(&mt_str_int, m, &e, -1);
	CHECK(get(&mt_str_int, m, &pre) == NULL);
	CHECK(*get(&mt_str_int, m, &e) == -1);
	/* string values: the entry type carries the value's pointer */
	GoMap *ms = mk(&mt_int_str, 4);
	int64_t k = 3;
	MapStatus st;
	Str *v = map_assign(&mt_int_str, ms, &k, &st);
	CHECK(v && v->p == NULL && v->n == 0);
}

/* ---- floats: NaN and signed zeros ---- */

static void test_floats(void)
{
	GoMap *m = mk(&mt_f64_int, 0);
	double nan = NAN, pz = 0.0, nz = -0.0, one = 1.0;
	put(&mt_f64_int, m, &nan, 1);
	put(&mt_f64_int, m, &nan, 2);
	CHECK(map_len(m) == 2);              /* each m[NaN] = v adds an entry */
	CHECK(get(&mt_f64_int, m, &nan) == NULL);
	MapStatus st;
	CHECK(!map_delete(&mt_f64_int, m, &nan, &st));
	put(&mt_f64_int, m, &pz, 10);
	int64_t *p = get(&mt_f64_int, m, &nz);
	CHECK(p && *p == 10);                /* -0 finds +0 */
	put(&mt_f64_int, m, &nz, 11);
	CHECK(map_len(m) == 3);
	put(&mt_f64_int, m, &one, 5);
	CHECK(map_len(m) == 4);
	int nans = 0, zeros = 0;
	MapIter it;
	void *kp, *vp;
	map_iter_init(&it, m, &rng);
	while (map_iter_next(&it, &kp, &vp)) {
		double k = *(double *)kp;
		if (k != k) {
			nans++;
		} else if (k == 0) {
			zeros++;
			CHECK(signbit(k));   /* Go stores the assigned key: -0 */
			CHECK(*(int64_t *)vp == 11);
		}
	}
	CHECK(nans == 2 && zeros == 1);
	/* many NaNs do not pile up on one probe sequence (random hashes) */
	for (int i = 0; i < 5000; i++)
		put(&mt_f64_int, m, &nan, i);
	CHECK(map_len(m) == 5004);
	map_clear(m);
	CHECK(map_len(m) == 0);
	CHECK(get(&mt_f64_int, m, &one) == NULL);
	uint64_t h1, h2;
	CHECK(rt_hash(&t_f64, &pz, 7, &h1) && rt_hash(&t_f64, &nz, 7, &h2) && h1 == h2);
	CHECK(rt_equal(&t_f64, &pz, &nz) == RT_EQ);
	CHECK(rt_equal(&t_f64, &nan, &nan) == RT_NE);
}

/* ---- struct and array keys ---- */

typedef struct SKey {
	int32_t a;
	int32_t pad;
	Str b;
} SKey;

static void test_struct_array(void)
{
	GoMap *m = mk(&mt_struct_int, 0);
	char b1[] = "hello", b2[] = "hello";
	SKey k1 = {1, 0x1111, {b1, 5}}, k2 = {1, 0x2222, {b2, 5}}, k3 = {2, 0, {b1, 5}};
	put(&mt_struct_int, m, &k1, 100);
	int64_t *p = get(&mt_struct_int, m, &k2); /* padding differs: same key */
	CHECK(p && *p == 100);
	CHECK(get(&mt_struct_int, m, &k3) == NULL);
	put(&mt_struct_int, m, &k3, 200);
	CHECK(map_len(m) == 2);
	SKey k4 = {1, 0, {"hellp", 5}};
	CHECK(get(&mt_struct_int, m, &k4) == NULL);
	CHECK(rt_equal(&t_struct, &k1, &k2) == RT_EQ);
	uint64_t h1, h2;
	CHECK(rt_hash(&t_struct, &k1, 3, &h1) && rt_hash(&t_struct, &k2, 3, &h2) && h1 == h2);

	/* a blank field takes no part */
	GoMap *mb = mk(&mt_blank_int, 0);
	int64_t kb1[2] = {5, 1}, kb2[2] = {5, 2};
	put(&mt_blank_int, mb, kb1, 1);
	p = get(&mt_blank_int, mb, kb2);
	CHECK(p && *p == 1);

	GoMap *ma = mk(&mt_arr_int, 0);
	CHECK(map_key_kind(&t_arr) == MAPKEY_MEMORY);
	for (int64_t i = 0; i < 1000; i++) {
		int64_t k[2] = {i, -i};
		put(&mt_arr_int, ma, k, i * 3);
	}
	for (int64_t i = 0; i < 1000; i++) {
		int64_t k[2] = {i, -i}, k2x[2] = {i, i + 1};
		p = get(&mt_arr_int, ma, k);
		CHECK(p && *p == i * 3);
		CHECK(get(&mt_arr_int, ma, k2x) == NULL);
	}
	CHECK(map_len(ma) == 1000);
}

/* ---- interface keys ---- */

static void test_interfaces(void)
{
	static int64_t one = 1, one2 = 1, two = 2;
	static Str sa = {"a", 1};
	static int64_t sl[3] = {0, 0, 0}; /* a []int header */
	Iface ione = {&t_int, &one}, ione2 = {&t_int, &one2}, itwo = {&t_int, &two};
	Iface imy = {&t_myint, &one}, istr = {&t_string, &sa}, inil = {NULL, NULL};
	Iface islice = {&t_slice, sl};
	GoMap *m = mk(&mt_any_int, 0);
	put(&mt_any_int, m, &ione, 1);
	put(&mt_any_int, m, &istr, 2);
	put(&mt_any_int, m, &inil, 3);
	put(&mt_any_int, m, &imy, 4);       /* MyInt(1) != int(1) */
	CHECK(map_len(m) == 4);
	int64_t *p = get(&mt_any_int, m, &ione2);
	CHECK(p && *p == 1);
	CHECK(get(&mt_any_int, m, &itwo) == NULL);
	p = get(&mt_any_int, m, &inil);
	CHECK(p && *p == 3);
	p = get(&mt_any_int, m, &imy);
	CHECK(p && *p == 4);

	char msg[128];
	MapStatus st;
	CHECK(map_assign(&mt_any_int, m, &islice, &st) == NULL);
	CHECK(st.err == MAP_ERR_UNHASHABLE && st.bad == &t_slice);
	map_status_message(&st, msg, sizeof msg);
	CHECK(strcmp(msg, "runtime error: hash of unhashable type []int") == 0);
	CHECK(map_access(&mt_any_int, m, &islice, &st) == NULL && st.err == MAP_ERR_UNHASHABLE);
	CHECK(!map_delete(&mt_any_int, m, &islice, &st) && st.err == MAP_ERR_UNHASHABLE);
	CHECK(map_len(m) == 4);
	/* a nil or empty map still checks the key, as Go does */
	CHECK(map_access(&mt_any_int, NULL, &islice, &st) == NULL && st.err == MAP_ERR_UNHASHABLE);
	CHECK(!map_delete(&mt_any_int, NULL, &islice, &st) && st.err == MAP_ERR_UNHASHABLE);
	GoMap *empty = mk(&mt_any_int, 0);
	CHECK(map_access(&mt_any_int, empty, &islice, &st) == NULL && st.err == MAP_ERR_UNHASHABLE);
	/* assignment to a nil map reports nil first */
	CHECK(map_assign(&mt_any_int, NULL, &islice, &st) == NULL && st.err == MAP_ERR_NIL);

	/* equality of interfaces */
	const RType *bad = NULL;
	CHECK(rt_equal(&t_any, &ione, &ione2) == RT_EQ);
	CHECK(rt_equal(&t_any, &ione, &imy) == RT_NE);
	CHECK(rt_equal(&t_any, &islice, &ione) == RT_NE);
	CHECK(rt_equal_ex(&t_any, &islice, &islice, &bad) == RT_UNCOMPARABLE && bad == &t_slice);
	Iface a1[2] = {ione, islice}, a2[2] = {itwo, islice}, a3[2] = {ione2, islice};
	CHECK(rt_equal(&t_arr_any, a1, a2) == RT_NE); /* cheap parts first */
	CHECK(rt_equal(&t_arr_any, a1, a3) == RT_UNCOMPARABLE);
	uint64_t h;
	bad = NULL;
	CHECK(!rt_hash_ex(&t_arr_any, a1, 0, &h, &bad) && bad == &t_slice);
}

/* ---- iteration while the map changes ---- */

enum { ITER_N = 3000 };

static void iter_mutate(bool del, bool ins, int64_t hint)
{
	static uint8_t seen[ITER_N * 40];
	static bool deleted[ITER_N];
	memset(seen, 0, sizeof seen);
	memset(deleted, 0, sizeof deleted);
	GoMap *m = mk(&mt_int_int, hint);
	for (int64_t k = 0; k < ITER_N; k++)
		put(&mt_int_int, m, &k, k * 2);
	MapIter it;
	void *kp, *vp;
	int64_t next_new = ITER_N, steps = 0;
	map_iter_init(&it, m, &rng);
	while (map_iter_next(&it, &kp, &vp)) {
		int64_t k = *(int64_t *)kp, v = *(int64_t *)vp;
		CHECK(k >= 0 && k < (int64_t)sizeof seen);
		if (k < 0 || k >= (int64_t)sizeof seen)
			break;
		CHECK(!seen[k]);                     /* never twice */
		seen[k] = 1;
		if (k < ITER_N) {
			CHECK(!deleted[k]);
			CHECK(v == k * 2 || v == -k);  /* the current value */
		}
		steps++;
		if (del) {
			/* delete two random original keys, seen or not */
			for (int j = 0; j < 2; j++) {
				int64_t d = (int64_t)(xrand() % ITER_N);
				if (d == k)
					continue;
				bool was = !deleted[d];
				CHECK(map_delete_word(m, (uint64_t)d) == was);
				deleted[d] = true;
			}
		}
		if (ins) {
			/* grow the map several times over */
			for (int j = 0; j < 8 && next_new < (int64_t)sizeof seen; j++, next_new++)
				put(&mt_int_int, m, &next_new, next_new);
			/* and update an unseen original: the new value shows */
			int64_t u = (int64_t)(xrand() % ITER_N);
			if (!deleted[u] && !seen[u])
				put(&mt_int_int, m, &u, -u);
		}
	}
	for (int64_t k = 0; k < ITER_N; k++)
		CHECK(deleted[k] || seen[k]);            /* exactly once */
	(void)steps;
}

static void test_iter_mutation(void)
{
	iter_mutate(true, false, 0);
	iter_mutate(false, true, 0);
	iter_mutate(true, true, 0);
	iter_mutate(true, true, 100000);

	/* clear stops an iteration */
	GoMap *m = mk(&mt_int_int, 0);
	for (int64_t k = 0; k < 100; k++)
		put(&mt_int_int, m, &k, k);
	MapIter it;
	void *kp, *vp;
	map_iter_init(&it, m, &rng);
	CHECK(map_iter_next(&it, &kp, &vp));
	map_clear(m);
	CHECK(!map_iter_next(&it, &kp, &vp));
	CHECK(map_len(m) == 0);
	int64_t k = 5;
	put(&mt_int_int, m, &k, 1);
	CHECK(map_len(m) == 1 && *get(&mt_int_int, m, &k) == 1);

	/* a delete-everything loop, as in `for k := range m { delete(m, k) }` */
	for (int64_t j = 0; j < 500; j++)
		put(&mt_int_int, m, &j, j);
	int n = 0;
	map_iter_init(&it, m, &rng);
	while (map_iter_next(&it, &kp, &vp)) {
		CHECK(map_delete_word(m, *(uint64_t *)kp));
		n++;
	}
	CHECK(n == 500 && map_len(m) == 0);
}

/* ---- order ---- */

static void order_of(GoMap *m, uint64_t *r, int64_t *out, int n)
{
	MapIter it;
	void *kp, *vp;
	int i = 0;
	map_iter_init(&it, m, r);
	while (map_iter_next(&it, &kp, &vp) && i < n)
		out[i++] = *(int64_t *)kp;
	CHECK(i == n);
}

static void test_order(void)
{
	enum { N = 100 };
	int64_t o1[N], o2[N], o3[N];
	uint64_t r1 = map_entropy(), r2 = map_entropy();
	CHECK(r1 != r2);
	GoMap *a = map_new(&heap, &mt_int_int, 0, &r1, NULL);
	GoMap *b = map_new(&heap, &mt_int_int, 0, &r2, NULL);
	for (int64_t k = 0; k < N; k++) {
		put(&mt_int_int, a, &k, k);
		put(&mt_int_int, b, &k, k);
	}
	order_of(a, &r1, o1, N);
	order_of(b, &r1, o2, N);
	order_of(a, &r2, o3, N);
	CHECK(memcmp(o1, o2, sizeof o1) != 0); /* two maps */
	CHECK(memcmp(o1, o3, sizeof o1) != 0); /* two iterations */
	/* a small map too: the start varies within its one group */
	GoMap *s = mk(&mt_int_int, 0);
	for (int64_t k = 0; k < 5; k++)
		put(&mt_int_int, s, &k, k);
	int64_t first = -1;
	bool varied = false;
	for (int t = 0; t < 50; t++) {
		int64_t o[5];
		order_of(s, &r1, o, 5);
		if (first >= 0 && o[0] != first)
			varied = true;
		first = o[0];
	}
	CHECK(varied);
}

/* ---- nil maps, hints, growth, visiting ---- */

static bool count_visit(void *ctx, const void *k, const void *v)
{
	(*(int64_t *)ctx)++;
	return *(const int64_t *)k == *(const int64_t *)v;
}

static void test_nil_and_growth(void)
{
	MapStatus st;
	int64_t k = 1;
	char msg[64];
	CHECK(map_access(&mt_int_int, NULL, &k, &st) == NULL && st.err == MAP_OK);
	CHECK(map_access_word(NULL, 1) == NULL && map_access_str(NULL, "x", 1) == NULL);
	CHECK(map_len(NULL) == 0);
	CHECK(!map_delete(&mt_int_int, NULL, &k, &st) && st.err == MAP_OK);
	CHECK(map_assign(&mt_int_int, NULL, &k, &st) == NULL && st.err == MAP_ERR_NIL);
	map_status_message(&st, msg, sizeof msg);
	CHECK(strcmp(msg, "assignment to entry in nil map") == 0);
	CHECK(map_assign_word(NULL, 1, &st) == NULL && st.err == MAP_ERR_NIL);
	CHECK(map_assign_str(NULL, "x", 1, &st) == NULL && st.err == MAP_ERR_NIL);
	map_clear(NULL);
	MapIter it;
	void *kp, *vp;
	map_iter_init(&it, NULL, &rng);
	CHECK(!map_iter_next(&it, &kp, &vp));

	/* growth from hint 0 */
	enum { N = 100000 };
	GoMap *m = mk(&mt_int_int, 0);
	for (int64_t i = 0; i < N; i++)
		put(&mt_int_int, m, &(int64_t){i * 31}, i * 31);
	CHECK(map_len(m) == N);
	for (int64_t i = 0; i < N; i++) {
		int64_t *p = map_access_word(m, (uint64_t)(i * 31));
		CHECK(p && *p == i * 31);
	}
	int64_t cnt = 0;
	map_visit(m, count_visit, &cnt);
	CHECK(cnt == N);

	/* a hint sizes the table once: two allocations (ctrl, slots) */
	GoMap *h = mk(&mt_int_int, N);
	uint64_t before = gc_read_stats(&heap).mallocs;
	for (int64_t i = 0; i < N; i++)
		map_assign_word(h, (uint64_t)i, &st);
	CHECK(gc_read_stats(&heap).mallocs - before == 2);
	CHECK(map_len(h) == N);
	/* negative and absurd hints are 0 */
	GoMap *neg = mk(&mt_int_int, -5), *huge = mk(&mt_int_int, INT64_MAX);
	CHECK(map_assign_word(neg, 1, &st) && map_assign_word(huge, 1, &st));

	/* churn: insert/delete cycles reuse tombstones without unbounded growth */
	GoMap *c = mk(&mt_int_int, 0);
	for (int64_t i = 0; i < 200000; i++) {
		map_assign_word(c, (uint64_t)i, &st);
		if (i >= 50)
			CHECK(map_delete_word(c, (uint64_t)(i - 50)));
	}
	CHECK(map_len(c) == 50);
}

/* ---- throughput (informative) ---- */

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

/* Best of three runs of the loop `body` over n operations, in ns each. */
#define TIME(n, body)                                                          \
	({                                                                     \
		double best_ = 1e300;                                          \
		for (int r_ = 0; r_ < 3; r_++) {                               \
			double t_ = now();                                     \
			body;                                                  \
			t_ = (now() - t_) / (n);                               \
			best_ = t_ < best_ ? t_ : best_;                       \
		}                                                              \
		best_;                                                         \
	})

static void probe_size(int n)
{
	MapStatus st;
	uint64_t *keys = malloc((size_t)n * sizeof *keys);
	char (*bufs)[24] = malloc((size_t)n * sizeof *bufs);
	int *lens = malloc((size_t)n * sizeof *lens);
	for (int i = 0; i < n; i++) {
		keys[i] = xrand();
		lens[i] = snprintf(bufs[i], sizeof bufs[i], "s%llx",
				   (unsigned long long)keys[i]);
	}
	int64_t sum = 0;
	GoMap *m = NULL, *s = NULL;
	/* insert into a map growing from hint 0 (a fresh map each run) */
	double ins = TIME(n, {
		m = mk(&mt_int_int, 0);
		for (int i = 0; i < n; i++)
			*(int64_t *)map_assign_word(m, keys[i], &st) = i;
	});
	double hit = TIME(n, for (int i = 0; i < n; i++)
			   sum += *(int64_t *)map_access_word(m, keys[i]));
	double miss = TIME(n, for (int i = 0; i < n; i++)
			    sum += map_access_word(m, keys[i] + 1) != NULL);
	double sins = TIME(n, {
		s = mk(&mt_str_int, 0);
		for (int i = 0; i < n; i++)
			*(int64_t *)map_assign_str(s, bufs[i], lens[i], &st) = i;
	});
	double shit = TIME(n, for (int i = 0; i < n; i++)
			    sum += *(int64_t *)map_access_str(s, bufs[i], lens[i]));
	MapIter it;
	void *kp, *vp;
	double rng_ns = TIME(n, {
		map_iter_init(&it, m, &rng);
		while (map_iter_next(&it, &kp, &vp))
			sum++;
	});
	printf("%8d entries: int insert %6.1f  hit %6.1f  miss %6.1f | "
	       "string insert %6.1f  hit %6.1f | range %5.1f ns/op\n",
	       n, ins, hit, miss, sins, shit, rng_ns);
	CHECK(sum != 0);
	free(keys);
	free(bufs);
	free(lens);
}

static void probe(void)
{
	probe_size(10000);   /* the table fits in cache */
	probe_size(1000000); /* every probe misses the cache */
}

int main(void)
{
	gc_heap_init(&heap, NULL);
	test_int_random();
	test_strings();
	test_floats();
	test_struct_array();
	test_interfaces();
	test_iter_mutation();
	test_order();
	test_nil_and_growth();
	if (!getenv("MAP_NO_PROBE"))
		probe();
	gc_heap_free(&heap);
	for (int i = 0; i < 20000; i++)
		free(strs[i]);
	if (failures) {
		fprintf(stderr, "%d checks failed\n", failures);
		return 1;
	}
	printf("ok\n");
	return 0;
}
