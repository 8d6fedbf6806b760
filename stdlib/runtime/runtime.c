/* runtime.c: package runtime's natives: the collector's API, and what a
 * program may ask about the machine it runs on. */
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
	return vm_native_fatal(vm, sb->data ? sb->data : "runtime.SetFinalizer");
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
		return vm_native_fatal(vm, sb->data ? sb->data : "runtime.SetFinalizer");
	}
	if (gc_has_finalizer(h, obj))
		return throw2(vm, "finalizer already set", "", "");
	bool iface = ft->fields[0].type->kind == RK_INTERFACE;
	if (!gc_set_finalizer(h, obj, (const void *)w[3], ot, iface))
		return vm_out_of_memory(vm);
	return VM_OK;
}

static const NativeDecl decls[] = {
	{"func GC()", gc},
	{"func KeepAlive(x any)", keep_alive},
	{"func addCleanup(ptr any, cleanup any, arg any, iface bool) Cleanup", add_cleanup},
	{"func stopCleanup(id uint64)", stop_cleanup},
	{"func SetFinalizer(obj any, finalizer any)", set_finalizer},
};

extern const char stdlib_runtime_source[];

const NativePackage stdlib_runtime = {"runtime", decls, sizeof decls / sizeof decls[0],
				      stdlib_runtime_source, "/gvm/src/runtime/runtime.go"};
