/* heap.h: the garbage-collected heap: spans, allocation, marking, sweeping,
 * pacing, giving memory back, statistics and specials.
 *
 * What.  Every Go object of a VM lives in its Heap.  Memory comes from the
 * VM's Mem in arenas (blocks aligned to 8 KiB pages by over-allocation, as
 * Mem has no aligned allocator); an arena is cut into spans of whole pages.
 * A small object (at most 32 KiB) takes one slot of a span of its size
 * class (Go's 68 classes, sizeclass.h); a large one has a span, in an arena,
 * of its own.  The collector is a non-moving, stop-the-world mark-sweep that
 * is written as the incremental collector it will become: an explicit phase
 * machine, a grey stack, and a write barrier that is active only while
 * marking (in this stop-the-world form it never runs: no program code runs
 * during GC_MARK).  The heap never collects by itself: the VM runs a
 * cycle at a safepoint once h->want_gc says the goal was reached
 * (vm/collect.c), and tests call gc_collect.  Weak handles, cleanups and
 * finalizers are the heap's specials (special.c).
 *
 * The page table.  Every page of every in-use span maps to its span through
 * a four-level radix tree over the page number (address >> 13, 35 bits of a
 * 48-bit address: 8 + 9 + 9 + 9 bits; the root is in the Heap, the other
 * nodes are allocated from Mem as arenas appear and are kept until
 * gc_heap_free).  So any address, an interior one included (&s.f, buf[6:]),
 * maps to its span in four loads, and to its object by one multiplication
 * (Go's divMagic: index = offset * ceil(2^32 / elemsize) >> 32).  An address
 * outside every span, in a span's tail waste, or in a free slot is not a
 * heap pointer and is ignored, so a root range may hold any words.  A
 * pointer anywhere into a backing array keeps the whole array alive.
 *
 * Types.  Every allocation is typed.  An RType without a ptrmask (or no
 * RType) makes the object noscan: it goes to the noscan span of its class
 * (the span class is size class × 2 + noscan, as Go's spanClass) and is
 * never scanned, whatever its bytes look like.  A span of pointerful
 * objects knows each one's type: while they all have the same type, as
 * they mostly do, the span holds that one RType (s->type); once types mix
 * (they may within a size class), a side array with one RType pointer per
 * slot (s->types), written when the slot is allocated.  (A header word
 * would change every object's size and break Go's size-class arithmetic
 * that append relies on; the side array costs 8 bytes per slot of mixed
 * spans only; Go writes heap bits for objects up to 512 bytes and a header
 * word above.)  An object is scanned as an array of its type:
 * floor(size / t->size) copies of the bitmap, so an allocation of n × elem
 * is scanned as n elements (Go's convention).
 *
 * The tri-colour invariant.  During marking an object is white (mark bit
 * clear), grey (mark bit set and its address on the grey stack, or pending
 * a rescan after the stack overflowed) or black (marked and scanned).  A
 * root is shaded (made grey if white) before any object is scanned;
 * marking pops a grey object, shades every pointer its bitmap names, and it
 * is black.  Invariant: no black object points to a white one.  Marking
 * ends when no object is grey; every object reachable from the roots is
 * then black.  When mutators run during marking (the incremental collector)
 * the write barrier keeps the invariant: a pointer store shades both the
 * old and the new value (Go's hybrid barrier, without the stack shading
 * that precise stacks will bring), and objects allocated while marking
 * must be allocated black (the slow path does; the fast path will check
 * the phase when marking becomes incremental).
 *
 * When an object may be freed.  Only by a sweep after a complete mark: a
 * slot whose mark bit is clear when its span is swept was unreachable when
 * marking ended, and stays so (nothing can create a pointer to an
 * unreachable object), so the slot becomes free (its alloc bit becomes its
 * mark bit).  Sweeping is lazy: at the end of marking every span is
 * unswept; allocation sweeps spans of the class it needs until one has a
 * free slot, a page allocation sweeps everything before growing the heap,
 * and the next cycle finishes the sweep before it marks.  A slot is zeroed
 * when it is handed out again.  A span with no object left returns its
 * pages to its arena (a large object's arena becomes idle, to be reused by
 * a large object of the same size) and its metadata to its slab.
 *
 * Allocation.  gc_alloc_inline is the fast path the interpreter may inline:
 * the next free slot of the current span of that span class, found with a
 * count-trailing-zeros on a cached word of the span's inverted alloc bits
 * (Go's allocCache): no lock, no search; a scan span of one type takes an
 * object of another type on the slow path, which gives the span its side
 * array.  Otherwise gc_alloc (the slow path) sweeps or finds a span, or
 * allocates pages, or returns NULL when Mem fails (the caller reports Go's
 * "fatal error: runtime: out of memory"): the heap is then unchanged and
 * consistent.
 *
 * Pacing.  After marking, the GOGC goal is live + live × GOGC / 100 with a
 * minimum of 4 MB × GOGC / 100 (Go's heapMinimum), GOGC 100 by default,
 * GOGC < 0 meaning off (no GOGC goal).  The memory limit (GOMEMLIMIT,
 * debug.SetMemoryLimit; none by default) gives a second goal, Go's
 * memoryLimitHeapGoal: the limit less everything the heap holds from Mem
 * that is neither an object nor a free page, less what is over the limit,
 * less 1 MiB of headroom, never below the live heap.  The heap goal
 * (heap_goal in heap.c) is the lower of the two, computed afresh at every
 * check, as the limit's goal moves with the heap.  want_gc is set by the
 * slow path when the live heap reaches the heap goal, the live heap being,
 * as Go's heapLive, the bytes marked by the last cycle plus those
 * allocated since: not heap_alloc, which still counts the dead objects
 * that lazy sweeping has not freed yet (right after a cycle it is at the
 * goal already, and comparing it would start a cycle at once that finds
 * nothing new to free).
 *
 * Giving memory back (heap.c, "the scavenger").  Two grains.  Whole
 * arenas: when a sweep ends, the idle arenas (small ones with no span
 * left, large ones whose object was freed) beyond the heap goal plus 10%
 * go back to Mem (all of them after gc_collect, runtime.GC's cycle), and
 * when any did, the empty metadata slabs; their pages are madvised away
 * first, so that RSS falls after the collection of a large heap whatever
 * Mem does with the block (glibc's free keeps most blocks in the
 * process).  Free pages of the small arenas still in use:
 * gc_release_free_pages madvises them (Go's scavenger) and marks them in
 * the arena's released mask, counted in HeapReleased until a span takes
 * them again; it runs for debug.FreeOSMemory, and after every sweep while
 * the heap holds more than 95% of the memory limit (Go's scavenger goal
 * under a limit), returning the idle arenas whole first.
 */
#ifndef GVM_HEAP_H
#define GVM_HEAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "mem.h"
#include "rtype.h"
#include "sizeclass.h"

typedef struct GcSpan GcSpan;
typedef struct GcArena GcArena;
typedef struct GcSlab GcSlab;
typedef struct Heap Heap;

/* The collector's phases, stepped by gc_step. */
typedef enum GcPhase {
	GC_OFF,       /* no cycle: allocation only (spans may still be unswept) */
	GC_MARK,      /* roots shaded, grey objects being scanned */
	GC_MARKTERM,  /* no grey object left: statistics, pacing, sweep setup */
	GC_SWEEP,     /* spans are swept lazily; OFF when the last one is */
} GcPhase;

#define GC_NUM_SPAN_CLASSES (GC_NUM_SIZE_CLASSES * 2)
/* Span metadata by span class, of large spans (scan, noscan), and type
 * side arrays by span class (heap.c, "span metadata"). */
#define GC_SLAB_KINDS (GC_NUM_SPAN_CLASSES * 2 + 2)

struct GcSpan {
	/* Read by the allocation fast path: keep together. */
	uint64_t cache;       /* ~allocbits from freeindex on: bit set = free */
	uint32_t freeindex;   /* slots below it are allocated */
	uint32_t nelems;      /* slots (1 for a large span, 0 for the empty span) */
	uintptr_t base;       /* first byte, page aligned */
	uintptr_t elemsize;   /* slot size (large: npages × page size) */
	uint32_t alloccount;  /* allocated slots */
	const RType *type;    /* scan spans: every object's type, or NULL */
	const RType **types;  /* scan spans whose types mix: per slot */

	uint32_t divmul;      /* ceil(2^32 / elemsize); 0 for large spans */
	uint32_t npages;
	uint32_t firstpage;   /* index of the first page in its arena */
	uint32_t counted;     /* alloccount already added to the statistics */
	size_t objsize;       /* large: the requested size (scanned, zeroed) */
	uint8_t spanclass;    /* size class × 2 + noscan; large: 0 or 1 */
	bool large;
	bool unswept;         /* marked in this cycle, not yet swept */
	uint64_t *allocbits;  /* bit set: allocated (with freeindex) */
	uint64_t *markbits;   /* bit set: marked in this cycle */
	GcSpan *next, *prev;  /* in one of the heap's span lists */
	GcArena *arena;
	GcSlab *slab;         /* the slab whose cell this metadata is */
	GcSlab *types_slab;   /* the slab whose cell types is */
};

/* A doubly-linked list of spans. */
typedef struct GcSpanList {
	GcSpan *first;
} GcSpanList;

/* A grey object: its address and span. */
typedef struct GcGrey {
	uintptr_t p;
	GcSpan *s;
	uint32_t idx;
} GcGrey;

/* runtime.MemStats' fields that the heap keeps (Go's meanings). */
typedef struct GcStats {
	uint64_t heap_alloc;     /* bytes of allocated objects (unswept dead ones included) */
	uint64_t heap_objects;   /* allocated objects */
	uint64_t total_alloc;    /* cumulative bytes allocated */
	uint64_t mallocs;        /* cumulative objects allocated */
	uint64_t frees;          /* cumulative objects freed */
	uint64_t sys;            /* bytes obtained from Mem: the four *_sys below */
	uint64_t heap_sys;       /* bytes of arena pages */
	uint64_t heap_idle;      /* of heap_sys: free pages (idle arenas', released ones) */
	uint64_t heap_inuse;     /* of heap_sys: pages of spans */
	uint64_t heap_released;  /* of heap_idle: pages given back to the OS */
	uint64_t mspan_sys;      /* span metadata: the slabs of spans, bits, types */
	uint64_t gc_sys;         /* the page table and the grey stack */
	uint64_t other_sys;      /* arena records and their alignment slack */
	uint64_t num_gc;         /* completed cycles */
	uint64_t num_forced_gc;  /* of num_gc: full cycles (gc_collect) */
	uint64_t pause_total_ns; /* stop-the-world time */
	uint64_t next_gc;        /* the heap goal */
	uint64_t heap_marked;    /* live bytes at the end of the last mark */
	uint64_t last_gc_unix;   /* end of the last cycle, ns since 1970; 0: none */
	double gc_cpu_fraction;  /* of the time since the heap's start, in cycles */
} GcStats;

/* The arrays of runtime.MemStats: the pauses of the last GC_PAUSES cycles
 * (cycle n, counting from 0, at n % GC_PAUSES: Go's PauseNs and PauseEnd)
 * and the objects allocated and freed per size class (BySize). */
#define GC_PAUSES 256
typedef struct GcHistory {
	uint64_t pause_ns[GC_PAUSES];
	uint64_t pause_end[GC_PAUSES];  /* ns since 1970 */
	uint64_t class_mallocs[GC_NUM_SIZE_CLASSES];
	uint64_t class_frees[GC_NUM_SIZE_CLASSES];
} GcHistory;

/* The last cycle, for the gctrace line. */
typedef struct GcTrace {
	uint64_t start_ns;                 /* ns since the heap's start */
	uint64_t sweepterm_ns, mark_ns, markterm_ns;
	uint64_t heap_start, heap_end, heap_live, goal;
	uint64_t stacks, globals;          /* root bytes (gc_trace_roots) */
	bool forced;
} GcTrace;

/* A weak handle's entry (special.c). */
typedef struct GcWeak {
	uintptr_t target;
	uint64_t *handle;         /* NULL: empty slot */
} GcWeak;

/* A cleanup or finalizer record, or a call in the ready queue. */
typedef struct GcSpecial {
	uint64_t id;              /* a cleanup's (Cleanup.Stop), 0: finalizer */
	uintptr_t target;         /* the object it watches */
	const void *fn;           /* the func value to call */
	const RType *argtype;     /* its argument as an interface's two words:
				   * a cleanup's arg, or a finalizer's object
				   * (argdata) of type argtype */
	uint64_t argdata;
	bool iface;               /* the parameter is an interface: pass the
				   * two words, else the value inside */
} GcSpecial;

struct Heap {
	/* The fast path: the current span of each span class. */
	GcSpan *alloc[GC_NUM_SPAN_CLASSES];
	Mem *mem;                 /* the VM's allocator */
	GcPhase phase;
	int gogc;                 /* percent; < 0: off */
	uint64_t gogc_goal;       /* GOGC's goal (UINT64_MAX: off) */
	int64_t memory_limit;     /* bytes; INT64_MAX: none */
	bool can_release;         /* OS pages divide ours: madvise works */
	bool want_gc;             /* the heap has reached its goal */
	bool want_run;            /* calls are queued (special.c) */
	uint64_t alloc_at_mark;   /* stats.total_alloc when the last mark ended */
	bool mark_overflow;       /* the grey stack could not grow: rescan */
	bool verify;              /* the stress mode's verifier: poison freed
				   * objects, count precise pointers to free
				   * slots */
	uint64_t bad_pointers;    /* found by the verifier (the first at
				   * bad_address) */
	uintptr_t bad_address;
	GcSpan empty;             /* a span with no slot: the fast path misses */
	_Alignas(16) uint64_t zerobase; /* where zero-sized objects are
					 * (16-aligned as is every object
					 * whose size is a multiple of 16) */

	GcSpanList partial[GC_NUM_SPAN_CLASSES];  /* swept, with free slots */
	GcSpanList full[GC_NUM_SPAN_CLASSES];     /* swept, no free slot */
	GcSpanList unswept[GC_NUM_SPAN_CLASSES];  /* to sweep in this cycle */
	GcSpanList large;                         /* swept large spans */
	GcSpanList unswept_large;
	size_t nunswept;          /* spans still to sweep */

	GcArena *avail;           /* small arenas with a free page */
	GcArena *used;            /* full small arenas, large arenas */
	GcArena *idle;            /* large arenas whose object was freed */
	size_t nidle;
	GcSlab *slabs[GC_SLAB_KINDS];  /* span metadata with a free cell, by kind */
	GcArena *arena_hint;      /* where the last span came from */
	void **pt[256];           /* the page table's root */

	GcGrey *grey;             /* the grey stack */
	size_t ngrey, greycap;

	/* special.c */
	GcWeak *weak;             /* open addressing by target */
	size_t nweak, nweakgone, weakcap;
	GcSpecial *cleanups, *finalizers, *ready;
	size_t ncleanups, cleanupcap, nfinalizers, finalizercap;
	size_t nready, readycap, readyhead;
	uint64_t special_ids;

	GcStats stats;            /* sys, heap_inuse, next_gc: see gc_read_stats */
	GcHistory history;
	GcTrace trace;
	uint64_t t0_ns;           /* the heap's start (monotonic clock) */
};

void gc_heap_init(Heap *h, Mem *mem);
/* Frees every arena and all metadata: every object at once. */
void gc_heap_free(Heap *h);

/* Zeroed memory for one object of `size` bytes of type t (NULL or no
 * ptrmask: no pointers; an object larger than t is an array of t), 8-byte
 * aligned (16 for sizes that are multiples of 16, as Go); NULL when Mem
 * fails, leaving the heap as it was (the caller reports Go's "fatal error:
 * runtime: out of memory").  Never during GC_MARK from a roots callback. */
void *gc_alloc(Heap *h, size_t size, const RType *t);

/* The fast path of gc_alloc, for the interpreter: the next slot of the
 * current span, else gc_alloc. */
static inline void *gc_alloc_inline(Heap *h, size_t size, const RType *t)
{
	if (size - 1 < GC_MAX_SMALL_SIZE) {
		bool noscan = !t || !t->ptrmask;
		GcSpan *s = h->alloc[gc_size_class(size) * 2 + noscan];
		uint64_t c = s->cache;
		if (c) {
			unsigned bit = (unsigned)__builtin_ctzll(c);
			uint32_t idx = s->freeindex + bit;
			/* A new type in a span of one type: the slow path. */
			if (idx < s->nelems && (noscan || s->type == t || s->types)) {
				s->freeindex = idx + 1;
				s->cache = bit == 63 ? 0 : c >> (bit + 1);
				s->alloccount++;
				if (!noscan && s->types)
					s->types[idx] = t;
				void *p = (void *)(s->base + (uintptr_t)idx * s->elemsize);
				memset(p, 0, s->elemsize);
				return p;
			}
		}
	}
	return gc_alloc(h, size, t);
}

/* Roots.  gc_collect calls the callback once, in GC_MARK, and it shades
 * every root with these (each word is looked up in the page table, so
 * non-heap values are ignored). */
typedef void (*GcRootsFn)(Heap *h, void *ud);
/* Every word of [start, start + nwords) may be a pointer. */
void gc_root_range(Heap *h, const void *start, size_t nwords);
/* Word i of start is a pointer when bit i of ptrmask is set (globals). */
void gc_root_words(Heap *h, const void *start, size_t nwords, const uint8_t *ptrmask);
/* p is a pointer (NULL and non-heap pointers are ignored). */
void gc_root_ptr(Heap *h, const void *p);

/* One full cycle as runtime.GC: finish the previous sweep, mark from the
 * roots, and sweep everything, so the statistics are exact afterwards and
 * free arenas are back in Mem. */
void gc_collect(Heap *h, GcRootsFn roots, void *ud);
/* One cycle that leaves sweeping to allocation (a paced cycle). */
void gc_cycle(Heap *h, GcRootsFn roots, void *ud);
/* Advances the phase machine by one step (roots are shaded on the step
 * from GC_OFF); gc_collect and gc_cycle are loops over it. */
void gc_step(Heap *h, GcRootsFn roots, void *ud);
/* Sweeps every unswept span and returns free arenas to Mem. */
void gc_sweep_all(Heap *h);

/* GOGC: a percent, or < 0 for off; returns the previous value
 * (debug.SetGCPercent).  The goal is recomputed from the last mark. */
int gc_set_percent(Heap *h, int percent);
/* The memory limit in bytes (INT64_MAX: none); a negative limit only
 * reads it.  Returns the previous value (debug.SetMemoryLimit). */
int64_t gc_set_memory_limit(Heap *h, int64_t limit);
/* Gives every free page of the arenas back to the OS (debug.FreeOSMemory,
 * after a gc_collect). */
void gc_release_free_pages(Heap *h);
/* The statistics, exact (the current spans' counts flushed). */
GcStats gc_read_stats(Heap *h);
/* The pause and size-class history, exact as gc_read_stats. */
const GcHistory *gc_read_history(Heap *h);
/* Called from the roots callback: the bytes of goroutine stacks and of
 * package variables it scans (the gctrace line's "MB stacks" and "MB
 * globals"). */
void gc_trace_roots(Heap *h, uint64_t stacks, uint64_t globals);
/* The object containing address p (its start), or NULL when p is not in
 * an allocated heap object. */
void *gc_find_object(Heap *h, const void *p);
/* The gctrace line of the last cycle (GODEBUG=gctrace=1), newline ended,
 * in Go's format; returns snprintf's count. */
int gc_trace_line(Heap *h, char *buf, size_t n);

/* ---- for special.c ---- */
/* Whether the object containing p is marked (p not in the heap: true). */
bool gc_marked(Heap *h, const void *p);
/* Shades the pointers of the object starting at obj, not the object. */
void gc_scan_contents(Heap *h, const void *obj);
/* Scans grey objects until none is left. */
void gc_drain(Heap *h);

/* ---- specials (special.c): weak handles, cleanups, finalizers ---- */
/* p's weak handle (found or made; NULL for nil, or with *oom set). */
void *gc_weak_handle(Heap *h, const void *p, bool *oom);
/* A cleanup of the object at target: fn(arg) once it is unreachable;
 * its id (0 when out of memory). */
uint64_t gc_add_cleanup(Heap *h, const void *target, const void *fn,
			const RType *argtype, uint64_t argdata, bool iface);
void gc_stop_cleanup(Heap *h, uint64_t id);
/* obj's finalizer becomes fn (NULL: none); false when out of memory. */
bool gc_set_finalizer(Heap *h, const void *obj, const void *fn, const RType *objtype,
		      bool iface);
bool gc_has_finalizer(Heap *h, const void *obj);
/* The next queued call, false when none is left. */
bool gc_next_ready(Heap *h, GcSpecial *out);
static inline bool gc_has_ready(const Heap *h)
{
	return h->readyhead < h->nready;
}
void gc_specials_roots(Heap *h);
void gc_specials_markterm(Heap *h);
void gc_specials_free(Heap *h);

/* The write barrier: `*slot = val` of a pointer in a heap object or a
 * global must be preceded by GC_WRITE_BARRIER(h, slot, val).  It costs one
 * compare outside GC_MARK; while marking it shades the old and new values
 * (the stop-the-world collector never runs program code while marking, so
 * the slow path is reached only by tests for now). */
#define GC_WRITE_BARRIER(h, slot, val)                                         \
	do {                                                                   \
		if (__builtin_expect((h)->phase == GC_MARK, 0))                \
			gc_write_barrier_slow((h), (void *const *)(slot),      \
			                      (const void *)(val));            \
	} while (0)
void gc_write_barrier_slow(Heap *h, void *const *slot, const void *val);

#endif
