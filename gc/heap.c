/* heap.c: spans, the page table, allocation, marking, sweeping, pacing.
 *
 * heap.h explains the design and its invariants (the tri-colour
 * invariant, when an object may be freed, how the page table works).
 * Here, in order: the clock and bit helpers; the page table; arenas and
 * their pages; giving free pages back to the OS; spans and span lists;
 * statistics and pacing; sweeping; the allocation slow path; marking; the
 * phase machine; reporting.
 *
 * Where spans are.  A span is in exactly one place: cached (h->alloc, the
 * current span of its class, on no list), or on one list: partial or full
 * (swept) or unswept (small), large or unswept_large.  Alloc and mark bits
 * and the type side array live with the span's metadata in one Mem block;
 * the objects live in the arena's pages.
 *
 * Out of memory.  Every Mem failure leaves the heap consistent: a failed
 * arena or metadata allocation undoes what it did and gc_alloc returns
 * NULL; a grey stack that cannot grow sets mark_overflow and marking later
 * rescans the marked objects of every span (scanning a black object again
 * is harmless), so marking never fails.
 *
 * Where the bytes from Mem go (MemStats' Sys and its parts).  An arena's
 * pages are heap_sys, each page either in a span (heap_inuse) or free
 * (heap_idle, and heap_released too once given back to the OS); the block's
 * alignment slack and the arena record are other_sys; span metadata is
 * mspan_sys; the page table and the grey stack are gc_sys.
 */
#include "heap.h"

#include <stdio.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define ARENA_PAGES 16         /* a small-object arena: 128 KiB */
#define PT_LEAF_BITS 9
#define PT_LEAF (1u << PT_LEAF_BITS)
#define ADDR_BITS 48
#define HEAP_MINIMUM ((uint64_t)4 << 20)
#define LIMIT_HEADROOM ((uint64_t)1 << 20)  /* Go's memoryLimitHeapGoalHeadroom */

struct GcArena {
	void *block;          /* the Mem block */
	size_t blocksize;
	uintptr_t base;       /* page aligned, inside block */
	uint32_t npages;
	uint32_t nfree;
	uint32_t freemask;    /* small arenas: bit set = page free */
	uint32_t released;    /* of freemask: given back to the OS */
	bool large;           /* holds one large span */
	GcArena *next, *prev;
};

static uint64_t clock_ns(clockid_t id)
{
	struct timespec ts;
	clock_gettime(id, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

static uint64_t now_ns(void)
{
	return clock_ns(CLOCK_MONOTONIC);
}

static inline bool bit_get(const uint64_t *b, uint32_t i)
{
	return (b[i >> 6] >> (i & 63)) & 1;
}

static inline void bit_set(uint64_t *b, uint32_t i)
{
	b[i >> 6] |= (uint64_t)1 << (i & 63);
}

static inline uint32_t nwords(uint32_t nelems)
{
	return (nelems + 63) / 64;
}

/* Mem allocations the heap can survive failing: Mem's `failed` flag means
 * "the program is out of memory" to the VM, so it is restored. */
static void *mem_try(Heap *h, void *p, size_t size)
{
	if (!h->mem)
		return mem_realloc(NULL, p, size);
	bool failed = h->mem->failed;
	void *q = mem_realloc(h->mem, p, size);
	h->mem->failed = failed;
	return q;
}

/* gc_alloc fails: the caller reports the program out of memory. */
static void *oom(Heap *h)
{
	if (h->mem)
		h->mem->failed = true;
	return NULL;
}

/* ---- the page table ---- */

/* The leaf slot of page number pn, or NULL when its nodes are absent. */
static inline GcSpan **pt_slot(Heap *h, uintptr_t pn)
{
	void **l1 = h->pt[pn >> 27];
	if (!l1)
		return NULL;
	void **l2 = l1[(pn >> 18) & 511];
	if (!l2)
		return NULL;
	GcSpan **leaf = l2[(pn >> 9) & 511];
	return leaf ? &leaf[pn & 511] : NULL;
}

static inline GcSpan *pt_get(Heap *h, uintptr_t addr)
{
	if (addr >> ADDR_BITS)
		return NULL;
	GcSpan **slot = pt_slot(h, addr >> GC_PAGE_SHIFT);
	return slot ? *slot : NULL;
}

/* Makes sure the nodes for page number pn exist; false when Mem fails. */
static bool pt_ensure(Heap *h, uintptr_t pn)
{
	void ***l1p = (void ***)&h->pt[pn >> 27];
	if (!*l1p) {
		if (!(*l1p = mem_try(h, NULL, 512 * sizeof(void *))))
			return false;
		memset(*l1p, 0, 512 * sizeof(void *));
		h->stats.gc_sys += 512 * sizeof(void *);
	}
	void **l2p = &(*l1p)[(pn >> 18) & 511];
	if (!*l2p) {
		if (!(*l2p = mem_try(h, NULL, 512 * sizeof(void *))))
			return false;
		memset(*l2p, 0, 512 * sizeof(void *));
		h->stats.gc_sys += 512 * sizeof(void *);
	}
	void **leafp = &((void **)*l2p)[(pn >> 9) & 511];
	if (!*leafp) {
		if (!(*leafp = mem_try(h, NULL, PT_LEAF * sizeof(GcSpan *))))
			return false;
		memset(*leafp, 0, PT_LEAF * sizeof(GcSpan *));
		h->stats.gc_sys += PT_LEAF * sizeof(GcSpan *);
	}
	return true;
}

static void pt_set_span(Heap *h, GcSpan *s, GcSpan *value)
{
	uintptr_t pn = s->base >> GC_PAGE_SHIFT;
	for (uint32_t i = 0; i < s->npages; i++)
		*pt_slot(h, pn + i) = value;
}

static void pt_free(Heap *h)
{
	for (int i = 0; i < 256; i++) {
		void **l1 = h->pt[i];
		if (!l1)
			continue;
		for (int j = 0; j < 512; j++) {
			void **l2 = l1[j];
			if (!l2)
				continue;
			for (int k = 0; k < 512; k++)
				mem_free(h->mem, l2[k]);
			mem_free(h->mem, l2);
		}
		mem_free(h->mem, l1);
		h->pt[i] = NULL;
	}
}

/* ---- arenas ---- */

static GcArena *arena_new(Heap *h, uint32_t npages, bool large)
{
	size_t bytes = (size_t)npages << GC_PAGE_SHIFT;
	GcArena *a = mem_try(h, NULL, sizeof *a);
	if (!a)
		return NULL;
	memset(a, 0, sizeof *a);
	a->blocksize = bytes + GC_PAGE_SIZE;
	a->block = mem_try(h, NULL, a->blocksize);
	if (!a->block) {
		mem_free(h->mem, a);
		return NULL;
	}
	a->base = ((uintptr_t)a->block + GC_PAGE_SIZE - 1) & ~(uintptr_t)(GC_PAGE_SIZE - 1);
	a->npages = npages;
	/* a large arena is born taken by its span */
	a->nfree = large ? 0 : npages;
	a->freemask = large ? 0 : (uint32_t)(((uint64_t)1 << npages) - 1);
	a->large = large;
	bool ok = (a->base + bytes) >> ADDR_BITS == 0;
	for (uint32_t i = 0; ok && i < npages; i++)
		ok = pt_ensure(h, (a->base >> GC_PAGE_SHIFT) + i);
	if (!ok) {
		mem_free(h->mem, a->block);
		mem_free(h->mem, a);
		return NULL;
	}
	a->next = h->arenas;
	if (h->arenas)
		h->arenas->prev = a;
	h->arenas = a;
	h->stats.other_sys += a->blocksize - bytes + sizeof *a;
	h->stats.heap_sys += bytes;
	h->stats.heap_idle += (uint64_t)a->nfree << GC_PAGE_SHIFT;
	return a;
}

static void arena_free(Heap *h, GcArena *a)
{
	if (a->prev)
		a->prev->next = a->next;
	else
		h->arenas = a->next;
	if (a->next)
		a->next->prev = a->prev;
	if (h->arena_hint == a)
		h->arena_hint = NULL;
	h->stats.other_sys -= a->blocksize - ((size_t)a->npages << GC_PAGE_SHIFT) + sizeof *a;
	h->stats.heap_sys -= (uint64_t)a->npages << GC_PAGE_SHIFT;
	h->stats.heap_idle -= (uint64_t)a->nfree << GC_PAGE_SHIFT;
	h->stats.heap_released -= (uint64_t)__builtin_popcount(a->released) << GC_PAGE_SHIFT;
	mem_free(h->mem, a->block);
	mem_free(h->mem, a);
}

/* The bits of pages [first, first + n) in an arena's masks. */
static inline uint32_t page_bits(uint32_t first, uint32_t n)
{
	return (uint32_t)((((uint64_t)1 << n) - 1) << first);
}

/* n contiguous free pages of a small arena: the first page, or -1. */
static int arena_take(Heap *h, GcArena *a, uint32_t n)
{
	if (a->large || a->nfree < n)
		return -1;
	for (uint32_t i = 0; i + n <= a->npages; i++) {
		uint32_t bits = page_bits(i, n);
		if ((a->freemask & bits) == bits) {
			a->freemask &= ~bits;
			a->nfree -= n;
			h->stats.heap_idle -= (uint64_t)n << GC_PAGE_SHIFT;
			h->stats.heap_released -=
				(uint64_t)__builtin_popcount(a->released & bits) << GC_PAGE_SHIFT;
			a->released &= ~bits;
			return (int)i;
		}
	}
	return -1;
}

/* Pages [first, first + n) of a small arena are free again. */
static void arena_give(Heap *h, GcArena *a, uint32_t first, uint32_t n)
{
	a->freemask |= page_bits(first, n);
	a->nfree += n;
	h->stats.heap_idle += (uint64_t)n << GC_PAGE_SHIFT;
}

static bool find_pages(Heap *h, uint32_t n, GcArena **ap, int *first)
{
	if (h->arena_hint && (*first = arena_take(h, h->arena_hint, n)) >= 0) {
		*ap = h->arena_hint;
		return true;
	}
	for (GcArena *a = h->arenas; a; a = a->next) {
		if ((*first = arena_take(h, a, n)) >= 0) {
			*ap = h->arena_hint = a;
			return true;
		}
	}
	return false;
}

/* Small arenas with no span go back to Mem (and so to the OS). */
static void release_free_arenas(Heap *h)
{
	GcArena *next;
	for (GcArena *a = h->arenas; a; a = next) {
		next = a->next;
		if (!a->large && a->nfree == a->npages)
			arena_free(h, a);
	}
}

/* ---- giving free pages back to the OS ----
 *
 * A released page reads as zero when it is touched again (MADV_DONTNEED on
 * private memory; other memory may read anything, which is as good: a slot
 * is zeroed when it is handed out).  madvise works on whole OS pages and
 * rounds the length up, so pages are released only where an OS page
 * divides ours.
 */

static bool os_pages_divide_ours(void)
{
#ifdef MADV_DONTNEED
	long os = sysconf(_SC_PAGESIZE);
	return os > 0 && GC_PAGE_SIZE % (size_t)os == 0;
#else
	return false;
#endif
}

/* Releases pages [first, first + n) of arena a, free and not released. */
static void release_pages(Heap *h, GcArena *a, uint32_t first, uint32_t n)
{
#ifdef MADV_DONTNEED
	void *p = (void *)(a->base + ((uintptr_t)first << GC_PAGE_SHIFT));
	if (madvise(p, (size_t)n << GC_PAGE_SHIFT, MADV_DONTNEED) != 0)
		return;
	a->released |= page_bits(first, n);
	h->stats.heap_released += (uint64_t)n << GC_PAGE_SHIFT;
#endif
}

void gc_release_free_pages(Heap *h)
{
	if (!h->can_release)
		return;
	for (GcArena *a = h->arenas; a; a = a->next) {
		uint32_t todo = a->freemask & ~a->released;
		while (todo) {
			uint32_t first = (uint32_t)__builtin_ctz(todo);
			uint32_t run = (uint32_t)__builtin_ctzll(~((uint64_t)todo >> first));
			release_pages(h, a, first, run);
			todo &= ~page_bits(first, run);
		}
	}
}

/* ---- spans and span lists ---- */

static void list_push(GcSpanList *l, GcSpan *s)
{
	s->prev = NULL;
	s->next = l->first;
	if (l->first)
		l->first->prev = s;
	l->first = s;
}

static void list_remove(GcSpanList *l, GcSpan *s)
{
	if (s->prev)
		s->prev->next = s->next;
	else
		l->first = s->next;
	if (s->next)
		s->next->prev = s->prev;
	s->next = s->prev = NULL;
}

static GcSpan *list_pop(GcSpanList *l)
{
	GcSpan *s = l->first;
	if (s)
		list_remove(l, s);
	return s;
}

/* A span's metadata for nelems slots (types: a side array is wanted). */
static GcSpan *span_meta(Heap *h, uint32_t nelems, bool types)
{
	size_t nw = nwords(nelems);
	size_t size = sizeof(GcSpan) + 2 * nw * sizeof(uint64_t) +
	              (types ? nelems * sizeof(RType *) : 0);
	GcSpan *s = mem_try(h, NULL, size);
	if (!s)
		return NULL;
	memset(s, 0, size);
	s->allocbits = (uint64_t *)(s + 1);
	s->markbits = s->allocbits + nw;
	s->types = types ? (const RType **)(s->markbits + nw) : NULL;
	s->nelems = nelems;
	h->stats.mspan_sys += size;
	return s;
}

static void span_meta_free(Heap *h, GcSpan *s)
{
	h->stats.mspan_sys -= sizeof(GcSpan) + 2 * nwords(s->nelems) * sizeof(uint64_t) +
	                      (s->types ? s->nelems * sizeof(RType *) : 0);
	mem_free(h->mem, s);
}

/* A span's pages go back to their arena (a large span's arena to Mem). */
static void span_release(Heap *h, GcSpan *s)
{
	GcArena *a = s->arena;
	pt_set_span(h, s, NULL);
	if (a->large)
		arena_free(h, a);
	else
		arena_give(h, a, s->firstpage, s->npages);
	span_meta_free(h, s);
}

/* Points the span's cache at its next free slots; false when it is full. */
static bool span_refill_cache(GcSpan *s)
{
	uint32_t fi = s->freeindex;
	while (fi < s->nelems) {
		uint32_t w = fi >> 6;
		uint64_t free = ~s->allocbits[w];
		if (w == (s->nelems - 1) >> 6 && (s->nelems & 63))
			free &= ((uint64_t)1 << (s->nelems & 63)) - 1;
		free >>= fi & 63;
		if (free) {
			s->freeindex = fi;
			s->cache = free;
			return true;
		}
		fi = (w + 1) << 6;
	}
	s->freeindex = s->nelems;
	s->cache = 0;
	return false;
}

/* ---- statistics and pacing ---- */

/* Adds the slots the fast path allocated since the last flush. */
static void span_flush(Heap *h, GcSpan *s)
{
	uint64_t n = s->alloccount - s->counted;
	s->counted = s->alloccount;
	h->history.class_mallocs[s->spanclass >> 1] += n;
	h->stats.mallocs += n;
	h->stats.heap_objects += n;
	h->stats.heap_alloc += n * s->elemsize;
	h->stats.total_alloc += n * s->elemsize;
}

static void flush_all(Heap *h)
{
	for (int sc = 0; sc < GC_NUM_SPAN_CLASSES; sc++)
		if (h->alloc[sc] != &h->empty)
			span_flush(h, h->alloc[sc]);
}

/* Everything the heap holds from Mem. */
static uint64_t sys_bytes(const Heap *h)
{
	return h->stats.heap_sys + h->stats.mspan_sys + h->stats.gc_sys + h->stats.other_sys;
}

/* GOGC's goal, from the last mark. */
static void update_goal(Heap *h)
{
	if (h->gogc < 0) {
		h->gogc_goal = UINT64_MAX;
		return;
	}
	uint64_t live = h->stats.heap_marked;
	uint64_t goal = live + live / 100 * (uint64_t)h->gogc + live % 100 * (uint64_t)h->gogc / 100;
	uint64_t minimum = HEAP_MINIMUM * (uint64_t)h->gogc / 100;
	h->gogc_goal = goal > minimum ? goal : minimum;
}

/* The memory limit's goal (Go's memoryLimitHeapGoal): the limit less
 * what is neither an object nor a free page that is still resident (span
 * tails, free slots, metadata), less what is over the limit, less the
 * headroom; never below the live heap. */
static uint64_t limit_goal(const Heap *h)
{
	uint64_t limit = (uint64_t)h->memory_limit;
	uint64_t mapped = sys_bytes(h) - h->stats.heap_released;
	uint64_t objects_and_free = h->stats.heap_alloc + h->stats.heap_idle - h->stats.heap_released;
	uint64_t nonheap = mapped > objects_and_free ? mapped - objects_and_free : 0;
	uint64_t over = mapped > limit ? mapped - limit : 0;
	if (nonheap + over >= limit)
		return h->stats.heap_marked;
	uint64_t goal = limit - (nonheap + over);
	goal = goal < 2 * LIMIT_HEADROOM ? LIMIT_HEADROOM : goal - LIMIT_HEADROOM;
	return goal > h->stats.heap_marked ? goal : h->stats.heap_marked;
}

/* The heap goal: the lower of GOGC's and the memory limit's (Go's
 * heapGoalInternal, whose other adjustments serve a concurrent cycle). */
static uint64_t heap_goal(const Heap *h)
{
	uint64_t limit = limit_goal(h);
	return limit < h->gogc_goal ? limit : h->gogc_goal;
}

/* Under a memory limit, the heap keeps at most 95% of it resident (Go's
 * scavenger goal, retainExtraPercent aside): past that, every free page
 * goes back to the OS. */
static void scavenge_to_limit(Heap *h)
{
	if (h->memory_limit == INT64_MAX)
		return;
	uint64_t mapped = sys_bytes(h) - h->stats.heap_released;
	if (mapped > (uint64_t)h->memory_limit / 100 * 95)
		gc_release_free_pages(h);
}

/* The current span of class sc goes to the full list (the fast path may
 * have left free slots in it: sweeping or the next refill finds them). */
static void uncache(Heap *h, int sc)
{
	GcSpan *s = h->alloc[sc];
	if (s == &h->empty)
		return;
	span_flush(h, s);
	h->alloc[sc] = &h->empty;
	list_push(span_refill_cache(s) ? &h->partial[sc] : &h->full[sc], s);
}

static void uncache_all(Heap *h)
{
	for (int sc = 0; sc < GC_NUM_SPAN_CLASSES; sc++)
		uncache(h, sc);
}

/* ---- sweeping ---- */

static void sweep_done(Heap *h)
{
	if (h->phase == GC_SWEEP && h->nunswept == 0) {
		release_free_arenas(h);
		scavenge_to_limit(h);
		h->phase = GC_OFF;
	}
}

/* The verifier's poison: a freed object's bytes, so that a use after
 * free reads nonsense rather than the old values. */
static void poison(GcSpan *s)
{
	for (uint32_t i = 0; i < s->nelems; i++)
		if ((i < s->freeindex || bit_get(s->allocbits, i)) && !bit_get(s->markbits, i))
			memset((void *)(s->base + (uintptr_t)i * s->elemsize), 0xA5,
			       s->large ? s->objsize : s->elemsize);
}

/* Sweeps s (on no list): unmarked slots become free.  Returns the number
 * of objects left; at 0 the span has been released. */
static uint32_t sweep_span(Heap *h, GcSpan *s)
{
	uint32_t nw = nwords(s->nelems), live = 0;
	for (uint32_t i = 0; i < nw; i++)
		live += (uint32_t)__builtin_popcountll(s->markbits[i]);
	uint64_t freed = s->alloccount - live;
	if (!s->large)
		h->history.class_frees[s->spanclass >> 1] += freed;
	h->stats.frees += freed;
	h->stats.heap_objects -= freed;
	h->stats.heap_alloc -= freed * s->elemsize;
	if (h->verify && freed)
		poison(s);
	uint64_t *t = s->allocbits;
	s->allocbits = s->markbits;
	s->markbits = t;
	memset(s->markbits, 0, nw * sizeof(uint64_t));
	s->freeindex = 0;
	s->cache = 0;
	s->alloccount = s->counted = live;
	s->unswept = false;
	h->nunswept--;
	if (live == 0)
		span_release(h, s);
	return live;
}

/* Sweeps one unswept span of class sc onto its swept list; false when
 * there is none. */
static bool sweep_one(Heap *h, int sc)
{
	GcSpan *s = list_pop(&h->unswept[sc]);
	if (!s)
		return false;
	uint32_t live = sweep_span(h, s);
	if (live)
		list_push(live < s->nelems ? &h->partial[sc] : &h->full[sc], s);
	return true;
}

static void sweep_remaining(Heap *h)
{
	for (int sc = 0; sc < GC_NUM_SPAN_CLASSES; sc++)
		while (sweep_one(h, sc))
			;
	GcSpan *s;
	while ((s = list_pop(&h->unswept_large)))
		if (sweep_span(h, s))
			list_push(&h->large, s);
}

void gc_sweep_all(Heap *h)
{
	sweep_remaining(h);
	sweep_done(h);
	release_free_arenas(h);
}

/* ---- allocation ---- */

static void check_goal(Heap *h)
{
	if (h->stats.heap_alloc >= heap_goal(h))
		h->want_gc = true;
}

/* A new span of class sc; NULL when Mem fails. */
static GcSpan *span_new(Heap *h, int sc)
{
	int cls = sc >> 1;
	uint32_t npages = gc_class_to_npages[cls];
	uint32_t elemsize = gc_class_to_size[cls];
	GcArena *a;
	int first;
	if (!find_pages(h, npages, &a, &first)) {
		if (h->nunswept) {
			sweep_remaining(h);
			sweep_done(h);
			/* Sweeping may have refilled this class. */
			if (h->partial[sc].first)
				return list_pop(&h->partial[sc]);
		}
		if (!find_pages(h, npages, &a, &first)) {
			if (!(a = arena_new(h, ARENA_PAGES, false)))
				return NULL;
			h->arena_hint = a;
			first = arena_take(h, a, npages);
		}
	}
	GcSpan *s = span_meta(h, (uint32_t)((npages << GC_PAGE_SHIFT) / elemsize), !(sc & 1));
	if (!s) {
		arena_give(h, a, (uint32_t)first, npages);
		return NULL;
	}
	s->base = a->base + ((uintptr_t)first << GC_PAGE_SHIFT);
	s->elemsize = elemsize;
	s->divmul = (uint32_t)(UINT32_MAX / elemsize + 1);
	s->npages = npages;
	s->firstpage = (uint32_t)first;
	s->spanclass = (uint8_t)sc;
	s->arena = a;
	pt_set_span(h, s, s);
	return s;
}

/* A span with a free slot becomes the current span of class sc. */
static bool refill(Heap *h, int sc)
{
	GcSpan *s = h->alloc[sc];
	if (s != &h->empty) {
		if (span_refill_cache(s))
			return true;
		uncache(h, sc);
	}
	check_goal(h);
	s = NULL;
	while (!s && h->unswept[sc].first) {
		sweep_one(h, sc);
		s = list_pop(&h->partial[sc]);
	}
	if (h->nunswept == 0)
		sweep_done(h);
	if (!s)
		s = list_pop(&h->partial[sc]);
	if (!s && !(s = span_new(h, sc)))
		return false;
	s->counted = s->alloccount;
	span_refill_cache(s);
	h->alloc[sc] = s;
	return true;
}

static void mark_new(Heap *h, GcSpan *s, uint32_t idx)
{
	/* Allocated black while marking (never happens stop-the-world). */
	if (h->phase == GC_MARK)
		bit_set(s->markbits, idx);
}

static void *alloc_large(Heap *h, size_t size, const RType *t)
{
	if (size > ((size_t)-1 >> 2))
		return oom(h);
	size_t npages = (size + GC_PAGE_SIZE - 1) >> GC_PAGE_SHIFT;
	if (npages > UINT32_MAX)
		return oom(h);
	bool scan = t && t->ptrmask;
	if (h->nunswept)   /* sweep before growing the heap */
		gc_sweep_all(h);
	GcArena *a = arena_new(h, (uint32_t)npages, true);
	GcSpan *s = a ? span_meta(h, 1, scan) : NULL;
	if (!s) {
		if (a)
			arena_free(h, a);
		return oom(h);
	}
	s->base = a->base;
	s->elemsize = npages << GC_PAGE_SHIFT;
	s->objsize = size;
	s->npages = (uint32_t)npages;
	s->spanclass = !scan;
	s->large = true;
	s->arena = a;
	s->freeindex = 1;
	s->alloccount = s->counted = 1;
	if (scan)
		s->types[0] = t;
	pt_set_span(h, s, s);
	list_push(&h->large, s);
	mark_new(h, s, 0);
	h->stats.mallocs++;
	h->stats.heap_objects++;
	h->stats.heap_alloc += s->elemsize;
	h->stats.total_alloc += s->elemsize;
	check_goal(h);
	memset((void *)s->base, 0, size);
	return (void *)s->base;
}

void *gc_alloc(Heap *h, size_t size, const RType *t)
{
	if (size == 0)
		return &h->zerobase;
	if (size > GC_MAX_SMALL_SIZE)
		return alloc_large(h, size, t);
	bool noscan = !t || !t->ptrmask;
	int sc = gc_size_class(size) * 2 + noscan;
	for (;;) {
		GcSpan *s = h->alloc[sc];
		if (s->cache) {
			unsigned bit = (unsigned)__builtin_ctzll(s->cache);
			uint32_t idx = s->freeindex + bit;
			if (idx < s->nelems) {
				s->freeindex = idx + 1;
				s->cache = bit == 63 ? 0 : s->cache >> (bit + 1);
				s->alloccount++;
				if (!noscan)
					s->types[idx] = t;
				mark_new(h, s, idx);
				void *p = (void *)(s->base + (uintptr_t)idx * s->elemsize);
				memset(p, 0, s->elemsize);
				return p;
			}
		}
		if (!refill(h, sc))
			return oom(h);
	}
}

/* ---- marking ---- */

static void grey_push(Heap *h, uintptr_t p, GcSpan *s, uint32_t idx)
{
	if (h->ngrey == h->greycap) {
		size_t cap = h->greycap ? h->greycap * 2 : 1024;
		GcGrey *g = mem_try(h, h->grey, cap * sizeof *g);
		if (!g) {
			h->mark_overflow = true;
			return;
		}
		h->stats.gc_sys += (cap - h->greycap) * sizeof *g;
		h->grey = g;
		h->greycap = cap;
	}
	h->grey[h->ngrey++] = (GcGrey){p, s, idx};
}

/* Makes the object containing p grey if it is white.  A precise pointer
 * (a root the compiler typed, or an object's pointer word) must not land
 * on a free slot: the verifier counts those. */
static inline void shade_word(Heap *h, uintptr_t p, bool precise)
{
	GcSpan *s = pt_get(h, p);
	if (!s)
		return;
	uint32_t idx = 0;
	if (!s->large) {
		idx = (uint32_t)(((uint64_t)(p - s->base) * s->divmul) >> 32);
		if (idx >= s->nelems)
			return;
	}
	if (idx >= s->freeindex && !bit_get(s->allocbits, idx)) {
		if (precise && h->verify && !h->bad_pointers++)
			h->bad_address = p;
		return;
	}
	if (bit_get(s->markbits, idx))
		return;
	bit_set(s->markbits, idx);
	h->trace.heap_live += s->elemsize;
	if (!(s->spanclass & 1))
		grey_push(h, s->base + (uintptr_t)idx * s->elemsize, s, idx);
}

static inline void shade(Heap *h, uintptr_t p)
{
	shade_word(h, p, true);
}

/* Shades every pointer of an object: it becomes black. */
static void scan_object(Heap *h, uintptr_t p, GcSpan *s, uint32_t idx)
{
	const RType *t = s->types[idx];
	if (!t || !t->ptrmask || t->size < 8)
		return;
	size_t size = s->large ? s->objsize : s->elemsize;
	size_t tw = t->size / 8;
	size_t reps = size / t->size;
	const uintptr_t *w = (const uintptr_t *)p;
	/* a pointer back into the object itself is skipped (Go's scanobject
	 * does the same: an object pointing at itself, finalizer or not, is
	 * still collected) */
	for (size_t r = 0; r < reps; r++, w += tw)
		for (size_t i = 0; i < tw; i++)
			if ((t->ptrmask[i >> 3] & (1u << (i & 7))) && w[i] - p >= size)
				shade(h, w[i]);
}

static void rescan_list(Heap *h, GcSpan *s)
{
	for (; s; s = s->next)
		if (!(s->spanclass & 1))
			for (uint32_t i = 0; i < s->nelems; i++)
				if (bit_get(s->markbits, i))
					scan_object(h, s->base + (uintptr_t)i * s->elemsize, s, i);
}

/* Scans grey objects until there is none (the end of GC_MARK). */
static void drain(Heap *h)
{
	for (;;) {
		while (h->ngrey) {
			GcGrey g = h->grey[--h->ngrey];
			scan_object(h, g.p, g.s, g.idx);
		}
		if (!h->mark_overflow)
			return;
		/* Some grey objects were not pushed: rescan every marked one. */
		h->mark_overflow = false;
		for (int sc = 0; sc < GC_NUM_SPAN_CLASSES; sc += 2) {
			rescan_list(h, h->partial[sc].first);
			rescan_list(h, h->full[sc].first);
		}
		rescan_list(h, h->large.first);
	}
}

/* The span and slot of the object containing address a; false when a is
 * not in a span's slots. */
static bool find_slot(Heap *h, uintptr_t a, GcSpan **sp, uint32_t *idxp)
{
	GcSpan *s = pt_get(h, a);
	if (!s)
		return false;
	uint32_t idx = 0;
	if (!s->large) {
		idx = (uint32_t)(((uint64_t)(a - s->base) * s->divmul) >> 32);
		if (idx >= s->nelems)
			return false;
	}
	*sp = s;
	*idxp = idx;
	return true;
}

bool gc_marked(Heap *h, const void *p)
{
	GcSpan *s;
	uint32_t idx;
	return !find_slot(h, (uintptr_t)p, &s, &idx) || bit_get(s->markbits, idx);
}

void gc_scan_contents(Heap *h, const void *obj)
{
	GcSpan *s;
	uint32_t idx;
	if (find_slot(h, (uintptr_t)obj, &s, &idx) && !(s->spanclass & 1))
		scan_object(h, s->base + (uintptr_t)idx * s->elemsize, s, idx);
}

void gc_drain(Heap *h)
{
	drain(h);
}

void gc_root_ptr(Heap *h, const void *p)
{
	shade(h, (uintptr_t)p);
}

void gc_root_range(Heap *h, const void *start, size_t nwords)
{
	const uintptr_t *w = start;
	for (size_t i = 0; i < nwords; i++)
		shade_word(h, w[i], false);
}

void gc_root_words(Heap *h, const void *start, size_t nwords, const uint8_t *ptrmask)
{
	const uintptr_t *w = start;
	for (size_t i = 0; i < nwords; i++)
		if (ptrmask[i >> 3] & (1u << (i & 7)))
			shade(h, w[i]);
}

void gc_write_barrier_slow(Heap *h, void *const *slot, const void *val)
{
	shade(h, (uintptr_t)*slot);
	shade(h, (uintptr_t)val);
}

/* ---- the phase machine ---- */

static void to_unswept(Heap *h, GcSpanList *from, GcSpanList *to)
{
	GcSpan *s;
	while ((s = list_pop(from))) {
		s->unswept = true;
		h->nunswept++;
		list_push(to, s);
	}
}

/* The cycle's statistics, at the end of mark termination (the end of
 * the pause): the whole cycle stopped the world, so its pause is its
 * length and the collector's share of the time is the pauses' share. */
static void end_cycle(Heap *h, uint64_t end)
{
	uint64_t pause = end - h->t0_ns - h->trace.start_ns;
	uint64_t unix_now = clock_ns(CLOCK_REALTIME);
	uint32_t slot = (uint32_t)(h->stats.num_gc % GC_PAUSES);
	h->history.pause_ns[slot] = pause;
	h->history.pause_end[slot] = unix_now;
	h->stats.pause_total_ns += pause;
	h->stats.last_gc_unix = unix_now;
	uint64_t elapsed = end - h->t0_ns;
	h->stats.gc_cpu_fraction = elapsed ? (double)h->stats.pause_total_ns / (double)elapsed : 0;
	if (h->trace.forced)
		h->stats.num_forced_gc++;
	h->stats.num_gc++;
}

void gc_step(Heap *h, GcRootsFn roots, void *ud)
{
	uint64_t t;
	switch (h->phase) {
	case GC_OFF:
	case GC_SWEEP:
		/* Sweep termination: the previous cycle's sweep must end. */
		h->trace.start_ns = now_ns() - h->t0_ns;
		h->trace.goal = heap_goal(h);
		gc_sweep_all(h);
		uncache_all(h);
		h->trace.heap_start = h->stats.heap_alloc;
		h->trace.heap_live = 0;
		h->trace.stacks = h->trace.globals = 0;
		h->trace.sweepterm_ns = now_ns() - h->t0_ns - h->trace.start_ns;
		h->phase = GC_MARK;
		if (roots)
			roots(h, ud);
		gc_specials_roots(h);
		return;
	case GC_MARK:
		drain(h);
		/* from the end of sweep termination: shading the roots is marking */
		h->trace.mark_ns = now_ns() - h->t0_ns - h->trace.start_ns - h->trace.sweepterm_ns;
		h->phase = GC_MARKTERM;
		return;
	case GC_MARKTERM:
		t = now_ns();
		gc_specials_markterm(h);
		uncache_all(h);
		h->trace.heap_end = h->stats.heap_alloc;
		h->stats.heap_marked = h->trace.heap_live;
		update_goal(h);
		h->want_gc = false;
		for (int sc = 0; sc < GC_NUM_SPAN_CLASSES; sc++) {
			to_unswept(h, &h->partial[sc], &h->unswept[sc]);
			to_unswept(h, &h->full[sc], &h->unswept[sc]);
		}
		to_unswept(h, &h->large, &h->unswept_large);
		h->phase = GC_SWEEP;
		sweep_done(h);
		uint64_t end = now_ns();
		h->trace.markterm_ns = end - t;
		end_cycle(h, end);
		return;
	}
}

static void run_cycle(Heap *h, GcRootsFn roots, void *ud, bool forced)
{
	h->trace.forced = forced;
	gc_step(h, roots, ud);
	while (h->phase == GC_MARK || h->phase == GC_MARKTERM)
		gc_step(h, roots, ud);
}

void gc_cycle(Heap *h, GcRootsFn roots, void *ud)
{
	run_cycle(h, roots, ud, false);
}

void gc_collect(Heap *h, GcRootsFn roots, void *ud)
{
	run_cycle(h, roots, ud, true);
	gc_sweep_all(h);
}

/* ---- the heap ---- */

void gc_heap_init(Heap *h, Mem *mem)
{
	memset(h, 0, sizeof *h);
	h->mem = mem;
	h->gogc = 100;
	h->memory_limit = INT64_MAX;
	h->can_release = os_pages_divide_ours();
	h->phase = GC_OFF;
	for (int sc = 0; sc < GC_NUM_SPAN_CLASSES; sc++)
		h->alloc[sc] = &h->empty;
	update_goal(h);
	h->t0_ns = now_ns();
}

static void free_list(Heap *h, GcSpanList *l)
{
	GcSpan *s;
	while ((s = list_pop(l)))
		span_meta_free(h, s);
}

void gc_heap_free(Heap *h)
{
	for (int sc = 0; sc < GC_NUM_SPAN_CLASSES; sc++) {
		if (h->alloc[sc] != &h->empty)
			span_meta_free(h, h->alloc[sc]);
		h->alloc[sc] = &h->empty;
		free_list(h, &h->partial[sc]);
		free_list(h, &h->full[sc]);
		free_list(h, &h->unswept[sc]);
	}
	free_list(h, &h->large);
	free_list(h, &h->unswept_large);
	while (h->arenas)
		arena_free(h, h->arenas);
	pt_free(h);
	gc_specials_free(h);
	mem_free(h->mem, h->grey);
	h->grey = NULL;
	h->ngrey = h->greycap = 0;
	h->nunswept = 0;
}

int gc_set_percent(Heap *h, int percent)
{
	int old = h->gogc;
	h->gogc = percent < 0 ? -1 : percent;
	update_goal(h);
	check_goal(h);
	return old;
}

int64_t gc_set_memory_limit(Heap *h, int64_t limit)
{
	int64_t old = h->memory_limit;
	if (limit >= 0) {
		h->memory_limit = limit;
		check_goal(h);
	}
	return old;
}

GcStats gc_read_stats(Heap *h)
{
	flush_all(h);
	h->stats.sys = sys_bytes(h);
	h->stats.heap_inuse = h->stats.heap_sys - h->stats.heap_idle;
	h->stats.next_gc = heap_goal(h);
	return h->stats;
}

const GcHistory *gc_read_history(Heap *h)
{
	flush_all(h);
	return &h->history;
}

void gc_trace_roots(Heap *h, uint64_t stacks, uint64_t globals)
{
	h->trace.stacks += stacks;
	h->trace.globals += globals;
}

void *gc_find_object(Heap *h, const void *p)
{
	GcSpan *s;
	uint32_t idx;
	if (!find_slot(h, (uintptr_t)p, &s, &idx))
		return NULL;
	if (idx >= s->freeindex && !bit_get(s->allocbits, idx))
		return NULL;
	return (void *)(s->base + (uintptr_t)idx * s->elemsize);
}

/* ---- gctrace ---- */

/* val / 10^dec with dec decimals (Go's itoaDiv, digit for digit). */
static void itoa_div(char *out, uint64_t val, int dec)
{
	char buf[32];
	int i = (int)sizeof buf - 1;
	int idec = i - dec;
	while (val >= 10 || i >= idec) {
		buf[i--] = (char)('0' + val % 10);
		if (i == idec)
			buf[i--] = '.';
		val /= 10;
	}
	buf[i] = (char)('0' + val);
	memcpy(out, &buf[i], sizeof buf - (size_t)i);
	out[sizeof buf - (size_t)i] = 0;
}

/* ns as milliseconds, as Go's fmtNSAsMS: whole ms from 10 ms, else two
 * significant digits with at most three decimals. */
static char *fmt_ms(char *buf, uint64_t ns)
{
	if (ns >= 10000000) {
		itoa_div(buf, ns / 1000000, 0);
		return buf;
	}
	uint64_t x = ns / 1000;
	if (x == 0) {
		strcpy(buf, "0");
		return buf;
	}
	int dec = 3;
	while (x >= 100) {
		x /= 10;
		dec--;
	}
	itoa_div(buf, x, dec);
	return buf;
}

int gc_trace_line(Heap *h, char *buf, size_t n)
{
	GcTrace *t = &h->trace;
	char at[32], a[32], b[32], c[32], a2[32], b2[32], c2[32];
	itoa_div(at, t->start_ns / 1000000, 3);
	unsigned util = (unsigned)(h->stats.gc_cpu_fraction * 100);
	/* Go's format (gcMarkTermination): the clock times of sweep
	 * termination, mark and mark termination; their CPU times, the mark's
	 * as assist/background/idle; heap at the start -> at the end -> live;
	 * the goal; the roots; GOMAXPROCS. */
	return snprintf(n ? buf : NULL, n,
	                "gc %llu @%ss %u%%: %s+%s+%s ms clock, %s+0/%s/0+%s ms cpu, "
	                "%llu->%llu->%llu MB, %llu MB goal, %llu MB stacks, %llu MB globals, 1 P%s\n",
	                (unsigned long long)h->stats.num_gc, at, util,
	                fmt_ms(a, t->sweepterm_ns), fmt_ms(b, t->mark_ns), fmt_ms(c, t->markterm_ns),
	                fmt_ms(a2, t->sweepterm_ns), fmt_ms(b2, t->mark_ns), fmt_ms(c2, t->markterm_ns),
	                (unsigned long long)(t->heap_start >> 20), (unsigned long long)(t->heap_end >> 20),
	                (unsigned long long)(h->stats.heap_marked >> 20),
	                (unsigned long long)(t->goal >> 20),
	                (unsigned long long)(t->stacks >> 20), (unsigned long long)(t->globals >> 20),
	                t->forced ? " (forced)" : "");
}
