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
#include <string.h>
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

/* ---- cleanups and finalizers (gc/special.c) ---- */

/* func addCleanup(ptr any, cleanup any, arg any, iface bool) Cleanup:
 * Go's checks and texts (runtime/mcleanup.go). */
static VMStatus add_cleanup(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	const void *ptr = (const void *)w[1];
	if (!ptr)
		return vm_native_panic(vm, "runtime.AddCleanup: ptr is nil");
	const RType *at = (const RType *)w[4];
	if (at && (at->kind == RK_POINTER || at->kind == RK_UNSAFEPOINTER) && w[5] == w[1])
		return vm_native_panic(vm, "runtime.AddCleanup: ptr is equal to arg, cleanup will never run");
	Heap *h = vm_heap(vm);
	uint64_t id = 0;
	if (gc_find_object(h, ptr)) {
		id = gc_add_cleanup(h, ptr, (const void *)w[3], at, w[5], w[6] != 0);
		if (!id)
			return vm_out_of_memory(vm);
	} /* not in the heap (a global, a zero-sized value): never runs */
	w[0] = id;
	w[1] = (uint64_t)ptr;
	return VM_OK;
}

/* func stopCleanup(id uint64) */
static VMStatus stop_cleanup(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	gc_stop_cleanup(vm_heap(vm), w[0]);
	return VM_OK;
}

/* Whether a finalizer with parameter type p accepts the object of
 * pointer type t (Go's SetFinalizer rules). */
static bool finalizer_accepts(const RType *p, const RType *t)
{
	if (p == t)
		return true;
	if (p->kind == RK_POINTER)
		return p->elem == t->elem && (!p->nmethods || !t->nmethods);
	if (p->kind == RK_INTERFACE)
		return vm_implements(t, p);
	return false;
}

static VMStatus throw2(VM *vm, const char *a, const char *b, const char *c)
{
	StrBuf *sb = vm_scratch(vm);
	sb_reset(sb);
	sb_printf(sb, "runtime.SetFinalizer: %s%s%s", a, b, c);
	return vm_throw(vm, sb->data ? sb->data : "runtime.SetFinalizer");
}

/* func SetFinalizer(obj any, finalizer any): Go's checks and texts
 * (runtime/mfinal.go), which are fatal errors there too. */
static VMStatus set_finalizer(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	const RType *ot = (const RType *)w[0], *ft = (const RType *)w[2];
	if (!ot)
		return throw2(vm, "first argument is nil", "", "");
	if (ot->kind != RK_POINTER)
		return throw2(vm, "first argument is ", ot->name, ", not pointer");
	Heap *h = vm_heap(vm);
	const void *obj = (const void *)w[1];
	const void *base = gc_find_object(h, obj);
	if (!base)
		return VM_OK; /* a global or a zero-sized value: never collected */
	if (base != obj) {
		/* Go allows an inner byte of what its tiny allocator may have
		 * combined (no pointers, under 16 bytes), and finalizes
		 * nothing then: gvm has no tiny allocator */
		if (ot->elem->ptrmask || ot->elem->size >= 16)
			return throw2(vm, "pointer not at beginning of allocated block", "", "");
		return VM_OK;
	}
	if (!ft) {
		gc_set_finalizer(h, obj, NULL, ot, false);
		return VM_OK;
	}
	if (ft->kind != RK_FUNC)
		return throw2(vm, "second argument is ", ft->name, ", not a function");
	StrBuf *sb = vm_scratch(vm);
	if (ft->len || ft->nfields != 1 || !finalizer_accepts(ft->fields[0].type, ot)) {
		sb_reset(sb);
		sb_printf(sb, "runtime.SetFinalizer: cannot pass %s to finalizer %s%s", ot->name,
			  ft->name, ft->len ? " because dotdotdot" : "");
		return vm_throw(vm, sb->data ? sb->data : "runtime.SetFinalizer");
	}
	if (gc_has_finalizer(h, obj))
		return throw2(vm, "finalizer already set", "", "");
	bool iface = ft->fields[0].type->kind == RK_INTERFACE;
	if (!gc_set_finalizer(h, obj, (const void *)w[3], ot, iface))
		return vm_out_of_memory(vm);
	return VM_OK;
}

/* ---- the callers ---- */

/* func Caller(skip int) (pc uintptr, file string, line int, ok bool) */
static VMStatus caller(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	VMCaller c;
	int64_t skip = (int64_t)w[0];
	bool ok = skip >= 0 && skip < (1 << 30) && vm_caller(vm, (int)skip, &c);
	w[0] = ok ? c.pc : 0;
	w[1] = ok ? (uint64_t)c.file : 0;
	w[2] = ok ? strlen(c.file) : 0;
	w[3] = ok ? (uint64_t)c.line : 0;
	w[4] = ok;
	return VM_OK;
}

/* func Callers(skip int, pc []uintptr) int: skip 0 is Callers itself,
 * as in Go, so 1 is its caller. */
static VMStatus callers(VM *vm, uint64_t *w, int nvar)
{
	(void)nvar;
	int64_t skip = (int64_t)w[0];
	uint64_t *pcs = (uint64_t *)w[1];
	int64_t n = 0, len = (int64_t)w[2];
	VMCaller c;
	for (int64_t k = skip < 1 ? 0 : skip - 1; n < len && k < (1 << 30) && vm_caller(vm, (int)k, &c); k++)
		pcs[n++] = c.pc;
	w[0] = (uint64_t)n;
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
	{"func addCleanup(ptr any, cleanup any, arg any, iface bool) Cleanup", add_cleanup},
	{"func stopCleanup(id uint64)", stop_cleanup},
	{"func SetFinalizer(obj any, finalizer any)", set_finalizer},
	{"func Caller(skip int) (pc uintptr, file string, line int, ok bool)", caller},
	{"func Callers(skip int, pc []uintptr) int", callers},

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
