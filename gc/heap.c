/* heap.c: spans, the page table, allocation, marking, sweeping, pacing.
 *
 * heap.h explains the design and its invariants (the tri-colour
 * invariant, when an object may be freed, how the page table works).
 * Here, in order: the clock and bit helpers; the page table; arenas and
 * their pages; spans and span lists; span metadata in slabs; statistics;
 * the scavenger; sweeping; the allocation slow path; marking; the phase
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

struct GcArena {
	void *block;          /* the Mem block */
	size_t blocksize;
	uintptr_t base;       /* page aligned, inside block */
	uint32_t npages;
	uint32_t nfree;
	uint32_t freemask;    /* small arenas: bit set = page free */
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

static uint64_t now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
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
		h->stats.sys += 512 * sizeof(void *);
	}
	void **l2p = &(*l1p)[(pn >> 18) & 511];
	if (!*l2p) {
		if (!(*l2p = mem_try(h, NULL, 512 * sizeof(void *))))
			return false;
		memset(*l2p, 0, 512 * sizeof(void *));
		h->stats.sys += 512 * sizeof(void *);
	}
	void **leafp = &((void **)*l2p)[(pn >> 9) & 511];
	if (!*leafp) {
		if (!(*leafp = mem_try(h, NULL, PT_LEAF * sizeof(GcSpan *))))
			return false;
		memset(*leafp, 0, PT_LEAF * sizeof(GcSpan *));
		h->stats.sys += PT_LEAF * sizeof(GcSpan *);
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
 * large object of the same size until the scavenger gives them back. */

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
	a->nfree = npages;
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
	h->stats.sys += a->blocksize + sizeof *a;
	h->stats.heap_sys += bytes;
	return a;
}

static void arena_free(Heap *h, GcArena *a)
{
	arena_unlink(a);
	if (h->arena_hint == a)
		h->arena_hint = NULL;
	h->stats.sys -= a->blocksize + sizeof *a;
	h->stats.heap_sys -= (uint64_t)a->npages << GC_PAGE_SHIFT;
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
 * to keep that small.) */
static void release_pages(void *p, size_t n)
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
	release_pages(a->block, a->blocksize);
	arena_free(h, a);
}

/* n contiguous free pages of a small arena: the first page, or -1. */
static int arena_take(Heap *h, GcArena *a, uint32_t n)
{
	if (a->large || a->nfree < n)
		return -1;
	uint32_t want = (uint32_t)(((uint64_t)1 << n) - 1);
	for (uint32_t i = 0; i + n <= a->npages; i++) {
		if (((a->freemask >> i) & want) == want) {
			a->freemask &= ~(want << i);
			a->nfree -= n;
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
	a->freemask |= (uint32_t)((((uint64_t)1 << n) - 1) << first);
	a->nfree += n;
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

/* A large arena whose object was freed: idle, or back to Mem when enough
 * are idle already. */
static void idle_put(Heap *h, GcArena *a)
{
	if (h->nidle == IDLE_MAX) {
		arena_release(h, a);
		return;
	}
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
	h->stats.sys += bytes;
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

/* ---- statistics ---- */

/* Adds the slots the fast path allocated since the last flush. */
static void span_flush(Heap *h, GcSpan *s)
{
	uint64_t n = s->alloccount - s->counted;
	s->counted = s->alloccount;
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

static void update_goal(Heap *h)
{
	if (h->gogc < 0) {
		h->stats.next_gc = UINT64_MAX;
		return;
	}
	uint64_t live = h->stats.heap_marked;
	uint64_t goal = live + live / 100 * (uint64_t)h->gogc + live % 100 * (uint64_t)h->gogc / 100;
	uint64_t minimum = HEAP_MINIMUM * (uint64_t)h->gogc / 100;
	h->stats.next_gc = goal > minimum ? goal : minimum;
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
 * Memory the heap no longer uses goes back to Mem, and its pages to the
 * OS, when a sweep ends: idle arenas (small ones with no span left, large
 * ones whose object was freed) while the arenas add up to more than the
 * goal plus 10%, which is what Go's scavenger retains, so that the next
 * cycle does not fault in again the pages the last one freed; after
 * runtime.GC (gc_sweep_all), everything idle, as a program that calls it
 * after dropping a large heap expects its RSS to fall.  When arenas went
 * back, so do the empty metadata slabs, and the grey stack if a large
 * mark made it grow (past GREY_KEEP entries).  Arenas and slabs go
 * through release_pages first. */

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
			h->stats.sys -= sl->bytes;
			release_pages(sl, sl->bytes);
			mem_free(h->mem, sl);
		}
	}
}

/* Gives idle memory back until the arenas add up to `keep` bytes. */
static void scavenge(Heap *h, uint64_t keep)
{
	bool shrunk = false;
	while (h->idle && h->stats.heap_sys > keep) {
		h->nidle--;
		arena_release(h, h->idle);
		shrunk = true;
	}
	GcArena *next;
	for (GcArena *a = h->avail; a && h->stats.heap_sys > keep; a = next) {
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
		h->stats.sys -= h->greycap * sizeof *h->grey;
		mem_free(h->mem, h->grey);
		h->grey = NULL;
		h->greycap = 0;
	}
}

/* What a sweep's end keeps: the goal plus 10%. */
static uint64_t retained(Heap *h)
{
	uint64_t goal = h->stats.next_gc;
	return goal == UINT64_MAX ? goal : goal + goal / 10;
}

/* ---- sweeping ---- */

static void sweep_done(Heap *h)
{
	if (h->phase == GC_SWEEP && h->nunswept == 0) {
		scavenge(h, retained(h));
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
	if (h->stats.heap_marked + since >= h->stats.next_gc)
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
	a->nfree = 0;
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
		h->stats.sys += (cap - h->greycap) * sizeof *g;
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
	for (size_t r = 0; r < reps; r++, w += tw)
		for (size_t i = 0; i < tw; i++)
			if (t->ptrmask[i >> 3] & (1u << (i & 7)))
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

void gc_step(Heap *h, GcRootsFn roots, void *ud)
{
	uint64_t t;
	switch (h->phase) {
	case GC_OFF:
	case GC_SWEEP:
		/* Sweep termination: the previous cycle's sweep must end. */
		h->trace.start_ns = now_ns() - h->t0_ns;
		h->trace.goal = h->stats.next_gc;
		sweep_finish(h);
		uncache_all(h);
		h->trace.heap_start = h->stats.heap_alloc;
		h->trace.heap_live = 0;
		h->trace.sweepterm_ns = now_ns() - h->t0_ns - h->trace.start_ns;
		h->phase = GC_MARK;
		if (roots)
			roots(h, ud);
		return;
	case GC_MARK:
		t = now_ns();
		drain(h);
		h->trace.mark_ns = now_ns() - t;
		h->phase = GC_MARKTERM;
		return;
	case GC_MARKTERM:
		t = now_ns();
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
		h->stats.num_gc++;
		h->stats.last_gc_ns = end - h->t0_ns;
		h->stats.pause_total_ns += end - h->t0_ns - h->trace.start_ns;
		return;
	}
}

void gc_cycle(Heap *h, GcRootsFn roots, void *ud)
{
	gc_step(h, roots, ud);
	while (h->phase == GC_MARK || h->phase == GC_MARKTERM)
		gc_step(h, roots, ud);
	h->trace.forced = false;
}

void gc_collect(Heap *h, GcRootsFn roots, void *ud)
{
	gc_cycle(h, roots, ud);
	gc_sweep_all(h);
	h->trace.forced = true;
}

/* ---- the heap ---- */

void gc_heap_init(Heap *h, Mem *mem)
{
	memset(h, 0, sizeof *h);
	h->mem = mem;
	h->gogc = 100;
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
	return old;
}

GcStats gc_read_stats(Heap *h)
{
	flush_all(h);
	return h->stats;
}

void *gc_find_object(Heap *h, const void *p)
{
	uintptr_t a = (uintptr_t)p;
	GcSpan *s = pt_get(h, a);
	if (!s)
		return NULL;
	uint32_t idx = 0;
	if (!s->large) {
		idx = (uint32_t)(((uint64_t)(a - s->base) * s->divmul) >> 32);
		if (idx >= s->nelems)
			return NULL;
	}
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
	uint64_t elapsed = h->stats.last_gc_ns ? h->stats.last_gc_ns : 1;
	unsigned util = (unsigned)(h->stats.pause_total_ns * 100 / elapsed);
	return snprintf(n ? buf : NULL, n,
	                "gc %llu @%ss %u%%: %s+%s+%s ms clock, %s+0/%s/0+%s ms cpu, "
	                "%llu->%llu->%llu MB, %llu MB goal, 0 MB stacks, 0 MB globals, 1 P%s\n",
	                (unsigned long long)h->stats.num_gc, at, util,
	                fmt_ms(a, t->sweepterm_ns), fmt_ms(b, t->mark_ns), fmt_ms(c, t->markterm_ns),
	                fmt_ms(a2, t->sweepterm_ns), fmt_ms(b2, t->mark_ns), fmt_ms(c2, t->markterm_ns),
	                (unsigned long long)(t->heap_start >> 20), (unsigned long long)(t->heap_end >> 20),
	                (unsigned long long)(h->stats.heap_marked >> 20),
	                (unsigned long long)(t->goal == UINT64_MAX ? 0 : t->goal >> 20),
	                t->forced ? " (forced)" : "");
}
