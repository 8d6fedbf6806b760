/* heap.c: spans, the page table, allocation, marking, sweeping, pacing,
 * the scavenger and the statistics.
 *
 * heap.h explains the design and its invariants (the tri-colour
 * invariant, when an object may be freed, how the page table works).
 * Here, in order: the clock and bit helpers; the page table; arenas and
 * their pages; spans and span lists; span metadata in slabs; statistics
 * and pacing; the scavenger (whole arenas, and free pages inside arenas
 * in use); sweeping; the allocation slow path; marking; the phase
 * machine; reporting.
 *
 * Where spans are.  A span is in exactly one place: cached (h->alloc, the
 * current span of its class, on no list), or on one list: partial or full
 * (swept) or unswept (small), large or unswept_large.  Alloc and mark bits
 * live with the span's metadata in one slab cell (a type side array in
 * another); the objects live in the arena's pages.
 *
 * Out of memory.  Every Mem failure leaves the heap consistent: a failed
 * arena or metadata allocation undoes what it did and gc_alloc returns
 * NULL; a grey stack that cannot grow sets mark_overflow and marking later
 * rescans the marked objects of every span (scanning a black object again
 * is harmless), so marking never fails.
 *
 * Where the bytes from Mem go (MemStats' Sys and its parts).  An arena's
 * pages are heap_sys, each page either in a span (heap_inuse) or free
 * (heap_idle: free pages of small arenas and the pages of idle large
 * ones; heap_released too once given back to the OS); the block's
 * alignment slack and the arena record are other_sys; the slabs of span
 * metadata (spans, their bits, type side arrays), used cells or not, are
 * mspan_sys; the page table and the grey stack are gc_sys.  An arena or
 * slab given back to Mem leaves every figure.
 */
#include "heap.h"

#include <stdio.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define ARENA_PAGES 32         /* a small-object arena: 256 KiB (freemask's bits) */
#define SMALL_HEAP ((uint64_t)8 << 20) /* below: arenas of half the size */
#define PT_LEAF_BITS 9
#define PT_LEAF (1u << PT_LEAF_BITS)
#define ADDR_BITS 48
#define HEAP_MINIMUM ((uint64_t)4 << 20)
#define IDLE_MAX 64            /* idle large arenas kept for reuse, at most */
#define GREY_KEEP 4096         /* grey stack entries the scavenger leaves */
#define SLAB_MAX ((size_t)256 << 10)
#define LARGE_KIND(noscan) (GC_NUM_SPAN_CLASSES + (noscan)) /* a slab kind */
#define TYPES_KIND(sc) (GC_NUM_SPAN_CLASSES + 2 + (sc))
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
	GcArena *next, *prev; /* on *list */
	GcArena **list;       /* h->avail, h->used or h->idle */
};

/* A slab of span metadata cells (see "span metadata"). */
struct GcSlab {
	GcSlab *next;         /* on its kind's list while it has a free cell */
	void *free;           /* freed cells, linked through their first word */
	uint32_t cellsize;
	uint32_t ncells;
	uint32_t nfresh;      /* cells from here on were never handed out */
	uint32_t nused;
	uint32_t bytes;       /* the block's size */
	int kind;             /* span class, LARGE_KIND or TYPES_KIND */
	/* the cells follow */
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

/* ---- arenas ----
 *
 * An arena is on one of three lists, a->list says which: h->avail, small
 * arenas with a free page, the only ones find_pages looks at (so that a
 * heap of thousands of full arenas does not make each new span a long
 * search); h->used, full small arenas and large ones holding their
 * object; h->idle, large arenas whose object was freed, kept for the next
 * large object of the same size until the scavenger gives them back.  A
 * page is free when its bit of freemask is set (small arenas) or its
 * arena is idle; nfree counts the free pages either way, and they are
 * heap_idle.  The released mask (of freemask) says which free pages
 * gc_release_free_pages gave back to the OS. */

static void arena_link(GcArena **list, GcArena *a)
{
	a->prev = NULL;
	a->next = *list;
	if (*list)
		(*list)->prev = a;
	*list = a;
	a->list = list;
}

static void arena_unlink(GcArena *a)
{
	if (a->prev)
		a->prev->next = a->next;
	else
		*a->list = a->next;
	if (a->next)
		a->next->prev = a->prev;
	a->next = a->prev = NULL;
	a->list = NULL;
}

static void arena_move(GcArena **list, GcArena *a)
{
	arena_unlink(a);
	arena_link(list, a);
}

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
	arena_link(large ? &h->used : &h->avail, a);
	h->stats.other_sys += a->blocksize - bytes + sizeof *a;
	h->stats.heap_sys += bytes;
	h->stats.heap_idle += (uint64_t)a->nfree << GC_PAGE_SHIFT;
	return a;
}

static void arena_free(Heap *h, GcArena *a)
{
	arena_unlink(a);
	if (h->arena_hint == a)
		h->arena_hint = NULL;
	h->stats.other_sys -= a->blocksize - ((size_t)a->npages << GC_PAGE_SHIFT) + sizeof *a;
	h->stats.heap_sys -= (uint64_t)a->npages << GC_PAGE_SHIFT;
	h->stats.heap_idle -= (uint64_t)a->nfree << GC_PAGE_SHIFT;
	h->stats.heap_released -= (uint64_t)__builtin_popcount(a->released) << GC_PAGE_SHIFT;
	mem_free(h->mem, a->block);
	mem_free(h->mem, a);
}

/* The pages inside the block [p, p + n), which is about to go back to Mem,
 * go back to the OS now: Mem may keep the block in the process (glibc's
 * free keeps blocks below its mmap threshold, which rises each time a
 * larger block is freed), and the contents of a free arena or slab no
 * longer matter, a slot being zeroed when it is handed out.  (Mem's own
 * bookkeeping, written into the block when it is freed, brings back a
 * page or two of each block: a large heap's arenas and slabs are 256 KiB
 * to keep that small.)  Only the OS pages wholly inside the block are
 * released, whatever their size. */
static void release_block(void *p, size_t n)
{
#ifdef MADV_DONTNEED
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t lo = ((uintptr_t)p + page - 1) & ~(page - 1);
	uintptr_t hi = ((uintptr_t)p + n) & ~(page - 1);
	if (hi > lo)
		madvise((void *)lo, hi - lo, MADV_DONTNEED);
#else
	(void)p;
	(void)n;
#endif
}

/* An arena goes back to Mem and its pages to the OS. */
static void arena_release(Heap *h, GcArena *a)
{
	release_block(a->block, a->blocksize);
	arena_free(h, a);
}

/* The bits of pages [first, first + n) in a small arena's masks. */
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
			if (a->nfree == 0)
				arena_move(&h->used, a);
			return (int)i;
		}
	}
	return -1;
}

/* Pages [first, first + n) of a small arena are free again. */
static void arena_give(Heap *h, GcArena *a, uint32_t first, uint32_t n)
{
	if (a->nfree == 0)
		arena_move(&h->avail, a);
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
	for (GcArena *a = h->avail; a; a = a->next) {
		if ((*first = arena_take(h, a, n)) >= 0) {
			*ap = h->arena_hint = a;
			return true;
		}
	}
	return false;
}

/* A large arena whose object was freed: idle (its pages free), or back
 * to Mem when enough are idle already. */
static void idle_put(Heap *h, GcArena *a)
{
	if (h->nidle == IDLE_MAX) {
		arena_release(h, a);
		return;
	}
	a->nfree = a->npages;
	h->stats.heap_idle += (uint64_t)a->npages << GC_PAGE_SHIFT;
	arena_move(&h->idle, a);
	h->nidle++;
}

/* An idle large arena of npages pages, moved to h->used; NULL if none. */
static GcArena *idle_take(Heap *h, uint32_t npages)
{
	for (GcArena *a = h->idle; a; a = a->next) {
		if (a->npages == npages) {
			arena_move(&h->used, a);
			h->nidle--;
			a->nfree = 0;
			h->stats.heap_idle -= (uint64_t)npages << GC_PAGE_SHIFT;
			return a;
		}
	}
	return NULL;
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

/* ---- span metadata ----
 *
 * A span's metadata (the GcSpan and its alloc and mark bits) is a cell of
 * a slab: a Mem block cut into cells of one kind, whose cells have one
 * size: the metadata of a span class, or of large spans with or without a
 * type, or the type side array of a mixed span of a class.  Freed one by
 * one into Mem, the metadata of a dropped large heap would stay behind as
 * thousands of small free blocks among live ones, which the C allocator
 * keeps resident; a slab goes back whole, when the scavenger finds all its
 * cells free.  A slab is a sixteenth of the heap's arenas, from 4 cells
 * (so that a small heap stays small) to SLAB_MAX.  It is on its kind's
 * list (h->slabs) exactly when it has a free cell; a full slab is on no
 * list, and goes back on it when a cell is freed. */

static GcSlab *slab_new(Heap *h, int kind, size_t cellsize)
{
	size_t bytes = h->stats.heap_sys / 16;
	if (bytes > SLAB_MAX)
		bytes = SLAB_MAX;
	if (bytes < sizeof(GcSlab) + 4 * cellsize)
		bytes = sizeof(GcSlab) + 4 * cellsize;
	GcSlab *sl = mem_try(h, NULL, bytes);
	if (!sl)
		return NULL;
	memset(sl, 0, sizeof *sl);
	sl->cellsize = (uint32_t)cellsize;
	sl->ncells = (uint32_t)((bytes - sizeof *sl) / cellsize);
	sl->bytes = (uint32_t)bytes;
	sl->kind = kind;
	sl->next = h->slabs[kind];
	h->slabs[kind] = sl;
	h->stats.mspan_sys += bytes;
	return sl;
}

/* A zeroed cell of `size` bytes (the same for every cell of its kind), its
 * slab in *slp; NULL when Mem fails. */
static void *cell_alloc(Heap *h, int kind, size_t size, GcSlab **slp)
{
	size = (size + 7) & ~(size_t)7;
	GcSlab *sl = h->slabs[kind];
	if (!sl && !(sl = slab_new(h, kind, size)))
		return NULL;
	void *cell;
	if (sl->free) {
		cell = sl->free;
		sl->free = *(void **)cell;
	} else {
		cell = (char *)(sl + 1) + (size_t)sl->nfresh++ * sl->cellsize;
	}
	if (++sl->nused == sl->ncells)
		h->slabs[kind] = sl->next;
	memset(cell, 0, size);
	*slp = sl;
	return cell;
}

static void cell_free(Heap *h, GcSlab *sl, void *cell)
{
	if (sl->nused-- == sl->ncells) {
		sl->next = h->slabs[sl->kind];
		h->slabs[sl->kind] = sl;
	}
	*(void **)cell = sl->free;
	sl->free = cell;
}

/* The metadata of a span of kind `kind` with nelems slots, zeroed; NULL
 * when Mem fails. */
static GcSpan *span_meta(Heap *h, int kind, uint32_t nelems)
{
	size_t nw = nwords(nelems);
	GcSlab *sl;
	GcSpan *s = cell_alloc(h, kind, sizeof(GcSpan) + 2 * nw * sizeof(uint64_t), &sl);
	if (!s)
		return NULL;
	s->allocbits = (uint64_t *)(s + 1);
	s->markbits = s->allocbits + nw;
	s->nelems = nelems;
	s->slab = sl;
	return s;
}

static void span_meta_free(Heap *h, GcSpan *s)
{
	if (s->types)
		cell_free(h, s->types_slab, s->types);
	cell_free(h, s->slab, s);
}

/* A t is about to be allocated in scan span s: the span's one type, or a
 * second one, which gives the span its side array; false when Mem fails. */
static bool span_type(Heap *h, GcSpan *s, const RType *t)
{
	if (s->types || s->type == t)
		return true;
	if (!s->type) {
		s->type = t;
		return true;
	}
	GcSlab *sl;
	const RType **types = cell_alloc(h, TYPES_KIND(s->spanclass),
	                                 s->nelems * sizeof *types, &sl);
	if (!types)
		return false;
	for (uint32_t i = 0; i < s->nelems; i++)
		types[i] = s->type;
	s->types = types;
	s->types_slab = sl;
	s->type = NULL;
	return true;
}

/* The type of the object in slot idx of scan span s. */
static inline const RType *slot_type(const GcSpan *s, uint32_t idx)
{
	return s->types ? s->types[idx] : s->type;
}

/* A span's pages go back to their arena (a large span's arena is idle). */
static void span_release(Heap *h, GcSpan *s)
{
	GcArena *a = s->arena;
	pt_set_span(h, s, NULL);
	if (a->large)
		idle_put(h, a);
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

/* ---- the scavenger ----
 *
 * Memory the heap no longer uses goes back in two grains.
 *
 * Whole arenas go back to Mem when a sweep ends: idle arenas (small ones
 * with no span left, large ones whose object was freed) while the
 * resident arenas (heap_sys less heap_released) add up to more than the
 * heap goal plus 10%, which is what Go's scavenger retains, so that the
 * next cycle does not fault in again the pages the last one freed; after
 * runtime.GC (gc_sweep_all), every idle arena, as a program that calls it
 * after dropping a large heap expects its RSS to fall.  When arenas went
 * back, so do the empty metadata slabs, and the grey stack if a large
 * mark made it grow (past GREY_KEEP entries).  Arenas and slabs go
 * through release_block first.
 *
 * The free pages of small arenas still in use go back to the OS only
 * (gc_release_free_pages: debug.FreeOSMemory, and the end of every sweep
 * while the heap holds more than 95% of the memory limit), after the idle
 * arenas went back whole: so a large arena, whose pages have no mask,
 * never holds released pages.  A released page is marked in its arena's
 * released mask and counted in heap_released until arena_take hands it
 * out again.  It reads as zero when it is touched again (MADV_DONTNEED on
 * private memory; other memory may read anything, which is as good: a
 * slot is zeroed when it is handed out).  madvise works on whole OS pages
 * and rounds the length up, so pages are released only where an OS page
 * divides ours. */

static void release_empty_slabs(Heap *h)
{
	for (int k = 0; k < GC_SLAB_KINDS; k++) {
		GcSlab **p = &h->slabs[k];
		while (*p) {
			GcSlab *sl = *p;
			if (sl->nused) {
				p = &sl->next;
				continue;
			}
			*p = sl->next;
			h->stats.mspan_sys -= sl->bytes;
			release_block(sl, sl->bytes);
			mem_free(h->mem, sl);
		}
	}
}

/* The arena pages that are resident (not given back to the OS). */
static uint64_t resident(const Heap *h)
{
	return h->stats.heap_sys - h->stats.heap_released;
}

/* Gives idle arenas back until the resident ones add up to `keep` bytes. */
static void scavenge(Heap *h, uint64_t keep)
{
	bool shrunk = false;
	while (h->idle && resident(h) > keep) {
		h->nidle--;
		arena_release(h, h->idle);
		shrunk = true;
	}
	GcArena *next;
	for (GcArena *a = h->avail; a && resident(h) > keep; a = next) {
		next = a->next;
		if (a->nfree == a->npages) {
			arena_release(h, a);
			shrunk = true;
		}
	}
	if (!shrunk && keep)
		return;
	release_empty_slabs(h);
	if (h->greycap > GREY_KEEP) {
		h->stats.gc_sys -= h->greycap * sizeof *h->grey;
		mem_free(h->mem, h->grey);
		h->grey = NULL;
		h->greycap = 0;
	}
}

/* What a sweep's end keeps: the heap goal plus 10%. */
static uint64_t retained(const Heap *h)
{
	uint64_t goal = heap_goal(h);
	return goal + goal / 10;
}

static bool os_pages_divide_ours(void)
{
#ifdef MADV_DONTNEED
	long os = sysconf(_SC_PAGESIZE);
	return os > 0 && GC_PAGE_SIZE % (size_t)os == 0;
#else
	return false;
#endif
}

/* Releases pages [first, first + n) of small arena a, free and not
 * released. */
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
	scavenge(h, 0);
	if (!h->can_release)
		return;
	/* Only h->avail has free pages: the arenas of h->used are full. */
	for (GcArena *a = h->avail; a; a = a->next) {
		uint32_t todo = a->freemask & ~a->released;
		while (todo) {
			uint32_t first = (uint32_t)__builtin_ctz(todo);
			uint32_t run = (uint32_t)__builtin_ctzll(~((uint64_t)todo >> first));
			release_pages(h, a, first, run);
			todo &= ~page_bits(first, run);
		}
	}
}

/* Under a memory limit, the heap keeps at most 95% of it resident (Go's
 * scavenger goal, retainExtraPercent aside): past that, the idle arenas go
 * back to Mem and every other free page to the OS. */
static void scavenge_to_limit(Heap *h)
{
	if (h->memory_limit == INT64_MAX)
		return;
	uint64_t mapped = sys_bytes(h) - h->stats.heap_released;
	if (mapped > (uint64_t)h->memory_limit / 100 * 95)
		gc_release_free_pages(h);
}

/* ---- sweeping ---- */

static void sweep_done(Heap *h)
{
	if (h->phase == GC_SWEEP && h->nunswept == 0) {
		scavenge(h, retained(h));
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

/* Sweeps everything left, keeping what the scavenger retains. */
static void sweep_finish(Heap *h)
{
	sweep_remaining(h);
	sweep_done(h);
}

void gc_sweep_all(Heap *h)
{
	sweep_finish(h);
	scavenge(h, 0);
}

/* ---- allocation ---- */

/* The live heap (heap.h, "Pacing") has reached the goal. */
static void check_goal(Heap *h)
{
	uint64_t since = h->stats.total_alloc - h->alloc_at_mark;
	if (h->stats.heap_marked + since >= heap_goal(h))
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
			sweep_finish(h);
			/* Sweeping may have refilled this class. */
			if (h->partial[sc].first)
				return list_pop(&h->partial[sc]);
		}
		if (!find_pages(h, npages, &a, &first)) {
			uint32_t pages = h->stats.heap_sys < SMALL_HEAP ? ARENA_PAGES / 2 : ARENA_PAGES;
			if (!(a = arena_new(h, pages, false)))
				return NULL;
			h->arena_hint = a;
			first = arena_take(h, a, npages);
		}
	}
	GcSpan *s = span_meta(h, sc, (uint32_t)((npages << GC_PAGE_SHIFT) / elemsize));
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
		sweep_finish(h);
	GcArena *a = idle_take(h, (uint32_t)npages);
	if (!a)
		a = arena_new(h, (uint32_t)npages, true);
	GcSpan *s = a ? span_meta(h, LARGE_KIND(!scan), 1) : NULL;
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
		s->type = t;
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
				if (!noscan && !span_type(h, s, t))
					return oom(h);
				s->freeindex = idx + 1;
				s->cache = bit == 63 ? 0 : s->cache >> (bit + 1);
				s->alloccount++;
				if (!noscan && s->types)
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
	const RType *t = slot_type(s, idx);
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
		sweep_finish(h);
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
		h->alloc_at_mark = h->stats.total_alloc;
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
	/* Every cell is free now: every slab is on its kind's list. */
	for (int k = 0; k < GC_SLAB_KINDS; k++) {
		GcSlab *sl;
		while ((sl = h->slabs[k])) {
			h->slabs[k] = sl->next;
			h->stats.mspan_sys -= sl->bytes;
			mem_free(h->mem, sl);
		}
	}
	while (h->avail)
		arena_free(h, h->avail);
	while (h->used)
		arena_free(h, h->used);
	while (h->idle)
		arena_free(h, h->idle);
	h->nidle = 0;
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
