/* special.c: the collector's specials: weak handles, cleanups and
 * finalizers (Go's mspecial records), and the queue of calls they make.
 *
 * Weak handles (weak.Make).  A handle is an 8-byte noscan heap object
 * holding the target address; a weak.Pointer holds the handle, so the
 * handle lives as long as some weak pointer does, and the target is not
 * kept alive by it (noscan: the collector never reads the word).  The
 * table maps each target address (interior ones apart: one handle per
 * (object, offset), so pointers to two fields of one object give weak
 * pointers that differ) to its handle, so weak pointers made from equal
 * pointers share one handle and compare equal before and after the
 * target dies.  When marking ends, a handle whose target is unmarked is
 * cleared (Value then reads nil) and leaves the table, before any
 * finalizer resurrects its target; a handle nobody refers to any more
 * leaves the table and is swept.
 *
 * Cleanups (runtime.AddCleanup).  A record holds the target address
 * (interior allowed), the cleanup func value and its argument (an
 * interface: type and data word).  The func value and the argument are
 * roots, the target is not; when marking ends with the target unmarked,
 * the record moves to the ready queue.  Several per object; Stop removes
 * one by its id.
 *
 * Finalizers (runtime.SetFinalizer).  One per object, at its start.  At
 * the start of marking, everything the object points to is shaded (not
 * the object itself) with the finalizer func value, so that when the
 * finalizer runs what it reads is still there, and an object in a cycle
 * with a finalizer is reachable from itself and never freed, as in Go.
 * When marking ends with the object unmarked, the record moves to the
 * ready queue and the object is shaded again (resurrected) for one more
 * cycle.
 *
 * The ready queue is a root.  The VM pops it at a safepoint and runs each
 * call (vm/collect.c).
 */
#include "heap.h"

#include <string.h>

static void *grow(Heap *h, void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return p;
	size_t n = *cap ? *cap * 2 : 16;
	while (n < need)
		n *= 2;
	void *q = mem_realloc(h->mem, p, n * size);
	if (!q)
		return NULL;
	*cap = n;
	return q;
}

/* ---- weak handles ---- */

/* A removed entry: probing goes on past it (linear probing). */
#define WEAK_GONE ((uint64_t *)1)

static size_t weak_slot(uintptr_t target, size_t cap)
{
	return (size_t)((target * 0x9E3779B97F4A7C15ull) >> 32) & (cap - 1);
}

/* Room for one more entry: a table of twice the live entries, without
 * the removed ones, when live and removed fill half of it. */
static bool weak_room(Heap *h)
{
	if ((h->nweak + h->nweakgone + 1) * 2 <= h->weakcap)
		return true;
	size_t cap = 64;
	while (cap < (h->nweak + 1) * 4)
		cap *= 2;
	GcWeak *t = mem_alloc(h->mem, cap * sizeof *t);
	if (!t)
		return false;
	for (size_t i = 0; i < h->weakcap; i++) {
		GcWeak e = h->weak[i];
		if (!e.handle || e.handle == WEAK_GONE)
			continue;
		size_t j = weak_slot(e.target, cap);
		while (t[j].handle)
			j = (j + 1) & (cap - 1);
		t[j] = e;
	}
	mem_free(h->mem, h->weak);
	h->weak = t;
	h->weakcap = cap;
	h->nweakgone = 0;
	return true;
}

void *gc_weak_handle(Heap *h, const void *p, bool *oom)
{
	uintptr_t target = (uintptr_t)p;
	*oom = false;
	if (!p)
		return NULL;
	for (size_t i = h->weakcap ? weak_slot(target, h->weakcap) : 0;
	     h->weakcap && h->weak[i].handle; i = (i + 1) & (h->weakcap - 1))
		if (h->weak[i].handle != WEAK_GONE && h->weak[i].target == target)
			return h->weak[i].handle;
	uint64_t *handle = weak_room(h) ? gc_alloc(h, 8, NULL) : NULL;
	if (!handle) {
		*oom = true;
		return NULL;
	}
	*handle = target;
	size_t j = weak_slot(target, h->weakcap);
	while (h->weak[j].handle && h->weak[j].handle != WEAK_GONE)
		j = (j + 1) & (h->weakcap - 1);
	if (h->weak[j].handle == WEAK_GONE)
		h->nweakgone--;
	h->weak[j] = (GcWeak){target, handle};
	h->nweak++;
	return handle;
}

/* Marking ended: clear the handles of unmarked targets; the entries of
 * cleared handles and of handles no weak pointer refers to go. */
static void weak_markterm(Heap *h)
{
	for (size_t i = 0; i < h->weakcap; i++) {
		GcWeak *e = &h->weak[i];
		if (!e->handle || e->handle == WEAK_GONE)
			continue;
		bool referenced = gc_marked(h, e->handle);
		if (referenced && gc_marked(h, (const void *)e->target))
			continue;
		if (referenced)
			*e->handle = 0;
		e->handle = WEAK_GONE;
		h->nweak--;
		h->nweakgone++;
	}
}

/* ---- cleanups and finalizers ---- */

uint64_t gc_add_cleanup(Heap *h, const void *target, const void *fn,
			const RType *argtype, uint64_t argdata, bool iface)
{
	GcSpecial *s = grow(h, h->cleanups, &h->cleanupcap, h->ncleanups + 1, sizeof *s);
	if (!s)
		return 0;
	h->cleanups = s;
	uint64_t id = ++h->special_ids;
	s[h->ncleanups++] = (GcSpecial){id, (uintptr_t)target, fn, argtype, argdata, iface};
	return id;
}

void gc_stop_cleanup(Heap *h, uint64_t id)
{
	for (size_t i = 0; i < h->ncleanups; i++)
		if (h->cleanups[i].id == id) {
			h->cleanups[i] = h->cleanups[--h->ncleanups];
			return;
		}
}

bool gc_has_finalizer(Heap *h, const void *obj)
{
	for (size_t i = 0; i < h->nfinalizers; i++)
		if (h->finalizers[i].target == (uintptr_t)obj)
			return true;
	return false;
}

bool gc_set_finalizer(Heap *h, const void *obj, const void *fn, const RType *objtype,
		      bool iface)
{
	for (size_t i = 0; i < h->nfinalizers; i++)
		if (h->finalizers[i].target == (uintptr_t)obj) {
			if (!fn)
				h->finalizers[i] = h->finalizers[--h->nfinalizers];
			else
				h->finalizers[i].fn = fn;
			return true;
		}
	if (!fn)
		return true;
	GcSpecial *s = grow(h, h->finalizers, &h->finalizercap, h->nfinalizers + 1, sizeof *s);
	if (!s)
		return false;
	h->finalizers = s;
	s[h->nfinalizers++] = (GcSpecial){0, (uintptr_t)obj, fn, objtype, (uint64_t)(uintptr_t)obj,
					  iface};
	return true;
}

static bool enqueue(Heap *h, GcSpecial s)
{
	GcSpecial *q = grow(h, h->ready, &h->readycap, h->nready + 1, sizeof *q);
	if (!q)
		return false;
	h->ready = q;
	q[h->nready++] = s;
	return true;
}

bool gc_next_ready(Heap *h, GcSpecial *out)
{
	if (h->readyhead == h->nready) {
		h->readyhead = h->nready = 0;
		h->want_run = false;
		return false;
	}
	*out = h->ready[h->readyhead++];
	return true;
}

/* The start of marking: the specials' roots. */
void gc_specials_roots(Heap *h)
{
	for (size_t i = 0; i < h->ncleanups; i++) {
		gc_root_ptr(h, h->cleanups[i].fn);
		gc_root_ptr(h, (const void *)h->cleanups[i].argdata);
	}
	for (size_t i = 0; i < h->nfinalizers; i++) {
		gc_root_ptr(h, h->finalizers[i].fn);
		gc_scan_contents(h, (const void *)h->finalizers[i].target);
	}
	for (size_t i = h->readyhead; i < h->nready; i++) {
		gc_root_ptr(h, h->ready[i].fn);
		gc_root_ptr(h, (const void *)h->ready[i].argdata);
	}
}

/* Marking ended (every reachable object is black): clear weak handles,
 * queue the cleanups and finalizers of unreachable objects, resurrect
 * the latter.  Shading here is safe: it only adds marks, and a drain
 * follows. */
void gc_specials_markterm(Heap *h)
{
	weak_markterm(h);
	for (size_t i = 0; i < h->ncleanups;) {
		GcSpecial *s = &h->cleanups[i];
		if (gc_marked(h, (const void *)s->target) || !enqueue(h, *s)) {
			i++;
			continue;
		}
		h->cleanups[i] = h->cleanups[--h->ncleanups];
	}
	bool any = false;
	for (size_t i = 0; i < h->nfinalizers;) {
		GcSpecial *s = &h->finalizers[i];
		if (gc_marked(h, (const void *)s->target) || !enqueue(h, *s)) {
			i++;
			continue;
		}
		gc_root_ptr(h, (const void *)s->target);
		any = true;
		h->finalizers[i] = h->finalizers[--h->nfinalizers];
	}
	if (any)
		gc_drain(h);
	h->want_run = h->readyhead < h->nready;
}

void gc_specials_free(Heap *h)
{
	mem_free(h->mem, h->weak);
	mem_free(h->mem, h->cleanups);
	mem_free(h->mem, h->finalizers);
	mem_free(h->mem, h->ready);
	h->weak = NULL;
	h->cleanups = h->finalizers = h->ready = NULL;
	h->nweak = h->nweakgone = h->weakcap = h->ncleanups = h->cleanupcap = 0;
	h->nfinalizers = h->finalizercap = h->nready = h->readycap = h->readyhead = 0;
}
