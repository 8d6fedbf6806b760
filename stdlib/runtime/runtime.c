/* runtime.c: package runtime's natives: the collector's API, and what a
 * program may ask about the machine it runs on.
 *
 * ReadMemStats fills Go's MemStats (declared in runtime.go) from the
 * heap's statistics (gc/heap.h) and the VM's stacks: the C struct below
 * mirrors the Go one word for word, and the static assertion holds it to
 * Go's amd64 size.  GOOS and GOARCH are constants of the machine gvm was
 * built for, named as Go names them.
 */
#include <stdbool.h>
#include <unistd.h>

#include "packages.h"
#include "vm.h"

/* func GC(): a full cycle, as Go's runtime.GC. */
static VMStatus gc(VM *vm, uint64_t *w, int nvar)
{
	(void)w;
	(void)nvar;
	return vm_gc(vm, true) ? VM_OK : VM_PANIC;
}

/* func KeepAlive(x any): its operand is a use, which keeps x live until
 * here (stack maps); the call itself does nothing. */
static VMStatus keep_alive(VM *vm, uint64_t *w, int nvar)
{
	(void)vm;
	(void)w;
	(void)nvar;
	return VM_OK;
}

/* ---- memory statistics ---- */

/* runtime.MemStats, field for field. */
typedef struct MemStats {
	uint64_t alloc, total_alloc, sys, lookups, mallocs, frees;
	uint64_t heap_alloc, heap_sys, heap_idle, heap_inuse, heap_released, heap_objects;
	uint64_t stack_inuse, stack_sys, mspan_inuse, mspan_sys, mcache_inuse, mcache_sys;
	uint64_t buckhash_sys, gc_sys, other_sys;
	uint64_t next_gc, last_gc, pause_total_ns;
	uint64_t pause_ns[GC_PAUSES], pause_end[GC_PAUSES];
	uint32_t num_gc, num_forced_gc;
	double gc_cpu_fraction;
	bool enable_gc, debug_gc;
	struct {
		uint32_t size;
		uint64_t mallocs, frees;
	} by_size[61];
} MemStats;

_Static_assert(sizeof(MemStats) == 5776, "runtime.MemStats has Go's layout");
_Static_assert(GC_NUM_SIZE_CLASSES >= 61, "BySize has a row per size class");

/* func ReadMemStats(m *MemStats).  Go dereferences m on its system
 * stack, so a nil m is a fatal error there, not a panic. */
static VMStatus read_mem_stats(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	MemStats *m = (MemStats *)w[0];
	if (!m)
		return vm_throw(vm, "unexpected signal during runtime execution\n"
				    "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
	Heap *h = vm_heap(vm);
	GcStats st = gc_read_stats(h);
	const GcHistory *hist = gc_read_history(h);
	uint64_t stacks = vm_stack_bytes(vm);
	*m = (MemStats){
		.alloc = st.heap_alloc,
		.total_alloc = st.total_alloc,
		.sys = st.sys + stacks,
		.mallocs = st.mallocs,
		.frees = st.frees,
		.heap_alloc = st.heap_alloc,
		.heap_sys = st.heap_sys,
		.heap_idle = st.heap_idle,
		.heap_inuse = st.heap_inuse,
		.heap_released = st.heap_released,
		.heap_objects = st.heap_objects,
		.stack_inuse = stacks,
		.stack_sys = stacks,
		.mspan_inuse = st.mspan_sys,
		.mspan_sys = st.mspan_sys,
		.gc_sys = st.gc_sys,
		.other_sys = st.other_sys,
		.next_gc = st.next_gc,
		.last_gc = st.last_gc_unix,
		.pause_total_ns = st.pause_total_ns,
		.num_gc = (uint32_t)st.num_gc,
		.num_forced_gc = (uint32_t)st.num_forced_gc,
		.gc_cpu_fraction = st.gc_cpu_fraction,
		.enable_gc = true,
	};
	for (int i = 0; i < GC_PAUSES; i++) {
		m->pause_ns[i] = hist->pause_ns[i];
		m->pause_end[i] = hist->pause_end[i];
	}
	for (int i = 0; i < 61; i++) {
		m->by_size[i].size = gc_class_to_size[i];
		m->by_size[i].mallocs = hist->class_mallocs[i];
		m->by_size[i].frees = hist->class_frees[i];
	}
	return VM_OK;
}

/* ---- the machine ---- */

#if defined(__linux__)
#define GOOS "linux"
#elif defined(__APPLE__)
#define GOOS "darwin"
#elif defined(__FreeBSD__)
#define GOOS "freebsd"
#elif defined(__NetBSD__)
#define GOOS "netbsd"
#elif defined(__OpenBSD__)
#define GOOS "openbsd"
#elif defined(_WIN32)
#define GOOS "windows"
#else
#define GOOS "unknown"
#endif

#if defined(__x86_64__)
#define GOARCH "amd64"
#elif defined(__i386__)
#define GOARCH "386"
#elif defined(__aarch64__)
#define GOARCH "arm64"
#elif defined(__arm__)
#define GOARCH "arm"
#elif defined(__riscv) && __riscv_xlen == 64
#define GOARCH "riscv64"
#elif defined(__powerpc64__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define GOARCH "ppc64le"
#elif defined(__powerpc64__)
#define GOARCH "ppc64"
#elif defined(__s390x__)
#define GOARCH "s390x"
#elif defined(__loongarch64)
#define GOARCH "loong64"
#else
#define GOARCH "unknown"
#endif

/* func NumCPU() int: the logical CPUs online, as Go counts them at
 * start-up (one at least). */
static VMStatus num_cpu(VM *vm, uint64_t *w, int nvar)
{
	(void)vm;
	(void)nvar;
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	w[0] = (uint64_t)(n > 0 ? n : 1);
	return VM_OK;
}

/* func NumGoroutine() int: the main goroutine is the only one until the
 * VM has a scheduler. */
static VMStatus num_goroutine(VM *vm, uint64_t *w, int nvar)
{
	(void)vm;
	(void)nvar;
	w[0] = 1;
	return VM_OK;
}

/* func Gosched(): yields to the other goroutines, of which there are none
 * yet. */
static VMStatus gosched(VM *vm, uint64_t *w, int nvar)
{
	(void)vm;
	(void)w;
	(void)nvar;
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func GC()", gc},
	{"func KeepAlive(x any)", keep_alive},

	/* memory statistics and the machine */
	{"func ReadMemStats(m *MemStats)", read_mem_stats},
	{"func NumCPU() int", num_cpu},
	{"func NumGoroutine() int", num_goroutine},
	{"func Gosched()", gosched},
	{"const GOOS string = \"" GOOS "\"", NULL},
	{"const GOARCH string = \"" GOARCH "\"", NULL},
	{"const buildVersion = \"go1.24.0-gvm" GVM_VERSION "\"", NULL},
};

extern const char stdlib_runtime_source[];

const NativePackage stdlib_runtime = {"runtime", decls, sizeof decls / sizeof decls[0],
				      stdlib_runtime_source, "/gvm/src/runtime/runtime.go"};
