/* stackmap.c: which words of a frame hold live pointers at a pc.
 *
 * The collector scans a suspended frame by the stack map of the pc it
 * will resume at (the instruction after a call, the target of the
 * backward jump that reached the budget safepoint, the RET that runs its
 * deferred calls): the slots that codegen typed as heap pointers there
 * (Func.ranges) and that are live, that is, read on some path from that
 * pc before being written.  After a variable's last use its slot is no
 * root, which is why weak.Make(a) reads nil after a's last use.
 *
 * Liveness is the classic backward data flow over the bytecode, with the
 * facts of abi/opinfo.h: live_in(p) = use(p) ∪ (live_out(p) − def(p)),
 * live_out(p) = ∪ live_in(successors).  It errs only towards "live",
 * which keeps an object a little longer but never frees a live one:
 *  - a run of unknown width (a native's operands) is a use of every slot
 *    from its start and never a kill;
 *  - loads from a value held in the frame (x&1) read the exact word
 *    their offset names; stores there write part of a value: no kill;
 *  - ADDR's slot is read through the pointer before the next safepoint,
 *    by instructions that do not name it: every slot from it on is used;
 *  - IFACEREF's value is read by the native call after it;
 *  - in a function with recover_pc, every instruction may continue there
 *    (a panic a deferred call recovers), before its own writes.
 *
 * Maps are computed when the collector first meets a frame of the
 * function (most functions of a short script never are) and kept until
 * the VM is freed, in a table of the VM keyed by the Func (the runtime's
 * own Funcs are static and shared by every VM of the process).  Design note: DESIGN.md, "Frames, stack maps".
 */
#include <string.h>

#include "opinfo.h"
#include "vmint.h"

typedef struct StackMaps {
	const Func *fn;
	uint32_t words;         /* bitmap words per pc */
	uint64_t bits[];        /* (ncode + 1) bitmaps: pc 0 .. ncode */
} StackMaps;

typedef struct Sets {
	uint32_t w, n;          /* words per set, slots */
	uint64_t *use, *def, *in;
} Sets;

static void set_run(uint64_t *set, uint32_t n, long from, long count)
{
	for (long s = from; s < from + count && s < (long)n; s++)
		if (s >= 0)
			set[s / 64] |= 1ull << (s % 64);
}

/* Frame-addressed memory operations: the x&1 forms. */
static bool frame_load(unsigned op, long *words)
{
	switch (op) {
	case OP_LD8S: case OP_LD8U: case OP_LD16S: case OP_LD16U:
	case OP_LD32S: case OP_LD32U: case OP_LD64: case OP_LDF32:
		*words = 1;
		return true;
	default:
		return false;
	}
}

static bool frame_store(unsigned op)
{
	return op == OP_ST8 || op == OP_ST16 || op == OP_ST32 || op == OP_ST64 ||
	       op == OP_STF32 || op == OP_STN;
}

static void uses_and_defs(const Func *fn, Sets *s, int pc, int *pending_ref)
{
	Instr i = fn->code[pc];
	unsigned op = INS_OP(i);
	const OpInfo *inf = &op_info[op];
	uint64_t *use = s->use + (size_t)pc * s->w, *def = s->def + (size_t)pc * s->w;
	bool frame = (INS_X(i) & 1) != 0;
	long words;
	if (frame && frame_load(op, &words)) {
		set_run(use, s->n, (long)INS_B(i) + (long)INS_C(i) / 8, words);
		set_run(def, s->n, INS_A(i), 1);
		return;
	}
	if (frame && op == OP_LDN) {
		const RType *t = (const RType *)fn->k[INS_C(i)];
		long off = (long)(INS_X(i) >> 1);
		long w = (long)((t->size + (size_t)off % 8 + 7) / 8);
		set_run(use, s->n, (long)INS_B(i) + off / 8, w);
		set_run(def, s->n, INS_A(i), (long)((t->size + 7) / 8));
		return;
	}
	for (int u = 0; u < 3; u++) {
		OpRange r = inf->use[u];
		if (r.field == OPR_NONE)
			continue;
		if (u == 0 && frame && frame_store(op))
			continue; /* the address of a value in the frame */
		long first = (long)op_range_slot(r, i);
		long n = op_range_words(r, i, fn->k);
		set_run(use, s->n, first, n < 0 ? (long)s->n : n);
	}
	if (op == OP_ADDR)
		set_run(use, s->n, INS_B(i), (long)s->n);
	if (op == OP_IFACEREF)
		*pending_ref = pc;
	if ((op == OP_NCALL || op == OP_NCALLV) && *pending_ref >= 0) {
		/* every IFACEREF since the last native call is read here */
		for (int p = *pending_ref; p < pc; p++) {
			Instr j = fn->code[p];
			if (INS_OP(j) == OP_IFACEREF)
				set_run(use, s->n, INS_B(j),
					op_range_words(op_info[OP_IFACEREF].use[0], j, fn->k));
		}
		*pending_ref = -1;
	}
	OpRange d = inf->def;
	long n = op_range_words(d, i, fn->k);
	if (d.field != OPR_NONE && n > 0 && !(frame && frame_store(op)))
		set_run(def, s->n, op_range_slot(d, i), n);
}

/* One backward pass; true when some live_in set changed. */
static bool pass(const Func *fn, Sets *s, uint64_t *out)
{
	bool changed = false;
	uint32_t w = s->w;
	const uint64_t *rec = fn->recover_pc ? s->in + (size_t)fn->recover_pc * w : NULL;
	for (int pc = fn->ncode - 1; pc >= 0; pc--) {
		Instr i = fn->code[pc];
		uint16_t fl = op_info[INS_OP(i)].flags;
		memset(out, 0, w * 8);
		if (!(fl & OPF_ENDS) && pc + 1 <= fn->ncode)
			for (uint32_t x = 0; x < w; x++)
				out[x] |= s->in[(size_t)(pc + 1) * w + x];
		int t = op_jump_target(i, pc);
		if (t >= 0 && t <= fn->ncode)
			for (uint32_t x = 0; x < w; x++)
				out[x] |= s->in[(size_t)t * w + x];
		uint64_t *in = s->in + (size_t)pc * w;
		const uint64_t *use = s->use + (size_t)pc * w, *def = s->def + (size_t)pc * w;
		for (uint32_t x = 0; x < w; x++) {
			uint64_t v = use[x] | (out[x] & ~def[x]);
			if (rec)
				v |= rec[x];
			if (v != in[x]) {
				in[x] = v;
				changed = true;
			}
		}
	}
	return changed;
}

static StackMaps *compute(VM *vm, const Func *fn)
{
	uint32_t n = (uint32_t)fn->nslots, w = (n + 63) / 64;
	size_t per = (size_t)(fn->ncode + 1) * w;
	StackMaps *m = mem_alloc(&vm->mem, sizeof *m + (per ? per : 1) * 8);
	Sets s = {w, n, NULL, NULL, NULL};
	if (!m || !w)
		return m;
	s.use = mem_alloc(&vm->mem, per * 8);
	s.def = mem_alloc(&vm->mem, per * 8);
	uint64_t *out = mem_alloc(&vm->mem, (size_t)w * 8);
	if (!s.use || !s.def || !out) {
		mem_free(&vm->mem, s.use);
		mem_free(&vm->mem, s.def);
		mem_free(&vm->mem, out);
		mem_free(&vm->mem, m);
		return NULL;
	}
	s.in = m->bits;
	int pending_ref = -1;
	for (int pc = 0; pc < fn->ncode; pc++)
		uses_and_defs(fn, &s, pc, &pending_ref);
	while (pass(fn, &s, out))
		;
	/* keep the live slots that hold heap pointers there */
	memset(s.use, 0, per * 8);
	for (int r = 0; r < fn->nranges; r++) {
		const SlotRange *sr = &fn->ranges[r];
		if (sr->kind != SLOT_PTR || sr->slot >= n)
			continue;
		for (int pc = sr->from; pc < sr->to && pc <= fn->ncode; pc++)
			s.use[(size_t)pc * w + sr->slot / 64] |= 1ull << (sr->slot % 64);
	}
	for (size_t x = 0; x < per; x++)
		m->bits[x] &= s.use[x];
	mem_free(&vm->mem, s.use);
	mem_free(&vm->mem, s.def);
	mem_free(&vm->mem, out);
	return m;
}

static size_t slot_of(const Func *fn, size_t cap)
{
	uint64_t h = (uint64_t)(uintptr_t)fn * 0x9E3779B97F4A7C15ull;
	return (size_t)(h >> 32) & (cap - 1);
}

static StackMaps *lookup(VM *vm, const Func *fn)
{
	if (!vm->stackmapcap)
		return NULL;
	for (size_t i = slot_of(fn, vm->stackmapcap);; i = (i + 1) & (vm->stackmapcap - 1))
		if (!vm->stackmaps[i] || vm->stackmaps[i]->fn == fn)
			return vm->stackmaps[i];
}

static bool insert(VM *vm, StackMaps *m)
{
	if ((vm->nstackmaps + 1) * 2 > vm->stackmapcap) {
		size_t cap = vm->stackmapcap ? vm->stackmapcap * 2 : 64;
		StackMaps **t = mem_alloc(&vm->mem, cap * sizeof *t);
		if (!t)
			return false;
		for (size_t i = 0; i < vm->stackmapcap; i++) {
			StackMaps *e = vm->stackmaps[i];
			if (!e)
				continue;
			size_t j = slot_of(e->fn, cap);
			while (t[j])
				j = (j + 1) & (cap - 1);
			t[j] = e;
		}
		mem_free(&vm->mem, vm->stackmaps);
		vm->stackmaps = t;
		vm->stackmapcap = cap;
	}
	size_t j = slot_of(m->fn, vm->stackmapcap);
	while (vm->stackmaps[j])
		j = (j + 1) & (vm->stackmapcap - 1);
	vm->stackmaps[j] = m;
	vm->nstackmaps++;
	return true;
}

const uint64_t *vm_stackmap(VM *vm, const Func *fn, const Instr *pc, uint32_t *words)
{
	*words = 0;
	if (!fn->nranges)
		return NULL; /* no pointer slot (the runtime's own Funcs) */
	StackMaps *m = lookup(vm, fn);
	if (!m) {
		m = compute(vm, fn);
		if (m) {
			m->fn = fn;
			m->words = ((uint32_t)fn->nslots + 63) / 64;
		}
		if (!m || !insert(vm, m)) {
			mem_free(&vm->mem, m);
			*words = UINT32_MAX; /* out of memory: scan every word */
			return NULL;
		}
	}
	long p = pc - fn->code;
	if (p < 0 || p > fn->ncode || !m->words) {
		*words = UINT32_MAX;
		return NULL;
	}
	*words = m->words;
	return m->bits + (size_t)p * m->words;
}

void vm_stackmaps_free(VM *vm)
{
	for (size_t i = 0; i < vm->stackmapcap; i++)
		mem_free(&vm->mem, vm->stackmaps[i]);
	mem_free(&vm->mem, vm->stackmaps);
	vm->stackmaps = NULL;
	vm->nstackmaps = vm->stackmapcap = 0;
}
