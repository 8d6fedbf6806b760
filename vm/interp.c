/* interp.c: the interpreter loop.
 *
 * vm_execute runs whatever goroutine vm->g is, from the registers saved in
 * its G, until its outermost function returns, it panics, the program
 * exits, or the budget stops it at a safepoint (it can then be resumed).
 * It keeps the registers in C locals: pc, base (the current frame's first
 * slot), fn, k (fn's constant words) and the budget.  Instructions are
 * typed and slots are untagged words, so every handler is a few machine
 * instructions: no type test, no boxing.
 *
 * Calls never recurse on the C stack.  CALL takes its callee from a
 * constant word, writes a three-word record (return pc, caller base,
 * caller fn) just below the callee's frame and switches the registers;
 * RET copies results to the callee's slot 0, which is where the caller put
 * the arguments, reads the record back and continues.  The stack is a
 * single block that grows by doubling (stack.c fixes the records' saved
 * bases); after a move the cached base is re-derived from g->base.
 *
 * A native returns a status: VM_SWITCH makes the loop load the registers
 * of whatever goroutine is now current (Wren's fiber switch), anything but
 * VM_OK and VM_SWITCH leaves the loop.  The budget is spent at calls and
 * taken backward jumps; when it runs out the loop stops at that safepoint
 * (vm_safepoint decides whether to go on).
 *
 * Dispatch is by computed goto (one indirect jump per handler, which
 * predicts well) unless GVM_SWITCH_DISPATCH selects the portable switch.
 * Anything that may allocate, move the stack, call a native or report a
 * panic saves the registers in the G first (SAVE), so a future collector
 * and the traceback printer see a consistent goroutine.
 */
#include <math.h>
#include <string.h>

#include "utf8.h"
#include "vmint.h"

#if !defined(__GNUC__) && !defined(GVM_SWITCH_DISPATCH)
#define GVM_SWITCH_DISPATCH 1
#endif

static inline double getf(const uint64_t *p)
{
	double d;
	memcpy(&d, p, 8);
	return d;
}

static inline void setf(uint64_t *p, double d)
{
	memcpy(p, &d, 8);
}

static inline int cmpstr(const uint64_t *x, const uint64_t *y)
{
	size_t lx = x[1], ly = y[1], n = lx < ly ? lx : ly;
	/* An empty string may have a nil data pointer: no memcmp then. */
	int c = n ? memcmp((const void *)x[0], (const void *)y[0], n) : 0;
	if (c)
		return c;
	return lx < ly ? -1 : lx > ly;
}

static inline bool eqstr(const uint64_t *x, const uint64_t *y)
{
	return x[1] == y[1] &&
	       (x[0] == y[0] || x[1] == 0 || memcmp((const void *)x[0], (const void *)y[0], x[1]) == 0);
}

/* float64 → int64 without C's undefined behaviour: out-of-range values and
 * NaN give amd64's "integer indefinite" 0x8000000000000000, as Go does. */
static inline uint64_t f2i(double f)
{
	if (f >= -9223372036854775808.0 && f < 9223372036854775808.0)
		return (uint64_t)(int64_t)f;
	return 0x8000000000000000ull;
}

static inline uint64_t f2u(double f)
{
	if (f < 9223372036854775808.0)
		return f2i(f);
	if (f < 18446744073709551616.0)
		return (uint64_t)(int64_t)(f - 9223372036854775808.0) ^ 0x8000000000000000ull;
	return 0x8000000000000000ull;
}

/* False when out of memory. */
static bool box_value(VM *vm, uint64_t *dst, const uint64_t *src, const RType *t)
{
	if (rtype_is_pointer_shaped(t)) {
		dst[1] = src[0];
		dst[0] = (uint64_t)t;
		return true;
	}
	size_t words = (t->size + 7) / 8;
	uint64_t *box = gc_alloc_inline(&vm->heap, words ? words * 8 : 8, t);
	if (!box)
		return false;
	if (t->kind == RK_FLOAT32) {
		float f = (float)getf(src);
		memcpy(box, &f, 4);
	} else {
		memcpy(box, src, words * 8);
	}
	dst[0] = (uint64_t)t;
	dst[1] = (uint64_t)box;
	return true;
}

VMStatus vm_execute(VM *vm)
{
#ifndef GVM_SWITCH_DISPATCH
	static const void *const labels[OP__COUNT] = {
#define OP(name, ...) [OP_##name] = &&L_##name,
		OPCODES(OP)
#undef OP
	};
#endif
	G *g;
	const Func *fn;
	const Instr *pc;
	const uint64_t *k;
	uint64_t *base;
	int32_t budget = vm->budget;
	Instr i;
	char msg[256];
	const Func *callee;
	uint64_t *nb;

#define LOAD_G()                                  \
	(g = vm->g, fn = g->fn, pc = g->pc, k = fn->k, \
	 base = g->stack + g->base)
	LOAD_G();

#define A INS_A(i)
#define B INS_B(i)
#define C INS_C(i)
#define R(x) base[x]
#define RS(x) ((int64_t)base[x])
/* The grades of protection (Lua's lvm.c): SAVE stores the registers in
 * the G before anything that may report, allocate or look at the stack;
 * RELOAD re-derives base after something that may have moved the stack;
 * STOP leaves the loop with the goroutine resumable. */
#define SAVE() (g->pc = pc, g->fn = fn, g->base = (size_t)(base - g->stack))
#define RELOAD() (base = g->stack + g->base)
#define STOP(status) do { vm->budget = budget; return (status); } while (0)
/* After an instruction that allocated: when the heap reached its goal,
 * the next call or backward jump is a safepoint that collects. */
#define ALLOCATED()                                           \
	do {                                                  \
		if (__builtin_expect(vm->heap.want_gc |       \
				     vm->heap.want_run, 0))   \
			budget = 0;                           \
		DISPATCH();                                   \
	} while (0)
/* After a native returned st: go on, reload a switched goroutine, or stop. */
#define NATIVE_RETURNED(st)                                   \
	do {                                                  \
		if (__builtin_expect((st) != VM_OK, 0)) {     \
			if ((st) != VM_SWITCH)                \
				STOP(st);                     \
			LOAD_G();                             \
			ALLOCATED();                          \
		}                                             \
		RELOAD();                                     \
		ALLOCATED();                                  \
	} while (0)
/* A runtime error: a panic that runs the deferred calls (defer.c). */
#define PANIC_MSG(text)                                  \
	do {                                             \
		SAVE();                                  \
		if (!vm_panic_msg(vm, g, (text)))        \
			STOP(VM_PANIC);                  \
		goto panicking;                          \
	} while (0)
/* After a failed allocation (registers saved): Go's fatal error. */
#define OUT_OF_MEMORY()                          \
	do {                                     \
		vm_fatal(vm, g, VM_OOM_MSG);     \
		STOP(VM_PANIC);                  \
	} while (0)
/* A taken backward jump spends budget: a loop reaches a safepoint. */
#define JUMP(off)                                                   \
	do {                                                        \
		int32_t off_ = (off);                               \
		pc += off_;                                         \
		budget += off_ >> 31; /* -1 for a backward jump */  \
		if (__builtin_expect(budget < 0, 0))                \
			goto safepoint;                             \
	} while (0)

/* A call: the frame record (return pc, caller base, caller Func) below
 * the callee's frame at nb, then the callee's registers; a call spends
 * budget, so it is a safepoint. */
#define PUSH_FRAME(callee, nb)                                \
	do {                                                  \
		(nb)[-3] = (uint64_t)pc;                      \
		(nb)[-2] = (uint64_t)base;                    \
		(nb)[-1] = (uint64_t)fn;                      \
		base = (nb);                                  \
		fn = (callee);                                \
		k = fn->k;                                    \
		pc = fn->code;                                \
		if (__builtin_expect(--budget < 0, 0))        \
			goto safepoint;                       \
	} while (0)

/* Memory operands: x&1 says the address is frame slot r's own (a value
 * held in the frame), else slot r holds a pointer, which may be nil. */
#define MEMADDR(r, off) \
	(((INS_X(i) & 1) ? (char *)(base + (r)) : (char *)R(r)) + (off))
#define NILCHK(r) \
	if (__builtin_expect(!(INS_X(i) & 1) && !R(r), 0)) goto nilderef
/* A slice or array index must be below the length (unsigned: a negative
 * index is huge); Go's panic prints it signed. */
#define CHECK_INDEX(x, n)                                                      \
	do {                                                                   \
		if (__builtin_expect((x) >= (n), 0)) {                         \
			vm_bounds_msg(msg, sizeof msg, BOUNDS_INDEX, (int64_t)(x), \
				      true, (int64_t)(n));                     \
			PANIC_MSG(msg);                                        \
		}                                                              \
	} while (0)
#define LDOP(T)                                          \
	do {                                             \
		T v_;                                    \
		NILCHK(B);                               \
		memcpy(&v_, MEMADDR(B, C), sizeof v_);   \
		R(A) = (uint64_t)v_;                     \
		DISPATCH();                              \
	} while (0)
#define STOP_(T)                                         \
	do {                                             \
		T v_ = (T)R(B);                          \
		NILCHK(A);                               \
		memcpy(MEMADDR(A, C), &v_, sizeof v_);   \
		DISPATCH();                              \
	} while (0)

#ifdef GVM_SWITCH_DISPATCH
#define CASE(name) case OP_##name:
#define DISPATCH() goto dispatch
dispatch:
	i = *pc++;
	switch ((Opcode)INS_OP(i)) {
	{
#else
#define CASE(name) L_##name:
#define DISPATCH()                              \
	do {                                    \
		i = *pc++;                      \
		goto *labels[INS_OP(i)];        \
	} while (0)
	DISPATCH();
	{
		{
#endif
		CASE(NOP) DISPATCH();
		CASE(MOV) { R(A) = R(B); DISPATCH(); }
		CASE(MOV2) {
			uint64_t x = R(B), y = R(B + 1);
			R(A) = x;
			R(A + 1) = y;
			DISPATCH();
		}
		CASE(MOV3) {
			uint64_t x = R(B), y = R(B + 1), z = R(B + 2);
			R(A) = x;
			R(A + 1) = y;
			R(A + 2) = z;
			DISPATCH();
		}
		CASE(MOVN) {
			memmove(base + A, base + B, (size_t)C * 8);
			DISPATCH();
		}
		CASE(ZERO) {
			memset(base + A, 0, (size_t)B * 8);
			DISPATCH();
		}
		CASE(LOADI) { R(A) = (uint64_t)(int64_t)INS_SBX(i); DISPATCH(); }
		CASE(LOADK) { R(A) = k[B]; DISPATCH(); }
		CASE(LOADS) {
			R(A) = k[B];
			R(A + 1) = k[B + 1];
			DISPATCH();
		}
		CASE(GGET) {
			memcpy(base + A, (const uint64_t *)k[B], (size_t)C * 8);
			DISPATCH();
		}
		CASE(GSET) {
			memcpy((uint64_t *)k[A], base + B, (size_t)C * 8);
			DISPATCH();
		}
		CASE(ADD) { R(A) = R(B) + R(C); DISPATCH(); }
		CASE(ADDK) { R(A) = R(B) + (uint64_t)(int64_t)INS_SC(i); DISPATCH(); }
		CASE(SUB) { R(A) = R(B) - R(C); DISPATCH(); }
		CASE(MUL) { R(A) = R(B) * R(C); DISPATCH(); }
		CASE(MULK) { R(A) = R(B) * (uint64_t)(int64_t)INS_SC(i); DISPATCH(); }
		CASE(DIVK) { R(A) = (uint64_t)(RS(B) / INS_SC(i)); DISPATCH(); }
		CASE(MODK) { R(A) = (uint64_t)(RS(B) % INS_SC(i)); DISPATCH(); }
		CASE(DIVUK) { R(A) = R(B) / C; DISPATCH(); }
		CASE(MODUK) { R(A) = R(B) % C; DISPATCH(); }
		CASE(ANDK) { R(A) = R(B) & C; DISPATCH(); }
		CASE(ORK) { R(A) = R(B) | C; DISPATCH(); }
		CASE(XORK) { R(A) = R(B) ^ C; DISPATCH(); }
		CASE(DIV) {
			int64_t y = RS(C), x = RS(B);
			if (y == 0)
				goto divzero;
			/* MinInt64 / -1 overflows in C; Go wraps to MinInt64. */
			R(A) = y == -1 ? 0 - (uint64_t)x : (uint64_t)(x / y);
			DISPATCH();
		}
		CASE(DIVU) {
			uint64_t y = R(C);
			if (y == 0)
				goto divzero;
			R(A) = R(B) / y;
			DISPATCH();
		}
		CASE(MOD) {
			int64_t y = RS(C), x = RS(B);
			if (y == 0)
				goto divzero;
			R(A) = y == -1 ? 0 : (uint64_t)(x % y);
			DISPATCH();
		}
		CASE(MODU) {
			uint64_t y = R(C);
			if (y == 0)
				goto divzero;
			R(A) = R(B) % y;
			DISPATCH();
		}
		CASE(AND) { R(A) = R(B) & R(C); DISPATCH(); }
		CASE(OR) { R(A) = R(B) | R(C); DISPATCH(); }
		CASE(XOR) { R(A) = R(B) ^ R(C); DISPATCH(); }
		CASE(ANDNOT) { R(A) = R(B) & ~R(C); DISPATCH(); }
		CASE(SHL) {
			uint64_t s = R(C);
			R(A) = s >= 64 ? 0 : R(B) << s;
			DISPATCH();
		}
		CASE(SHR) {
			uint64_t s = R(C);
			int64_t x = RS(B);
			R(A) = (uint64_t)(s >= 64 ? (x < 0 ? -1 : 0) : x >> s);
			DISPATCH();
		}
		CASE(SHRU) {
			uint64_t s = R(C);
			R(A) = s >= 64 ? 0 : R(B) >> s;
			DISPATCH();
		}
		CASE(SHLK) { R(A) = R(B) << C; DISPATCH(); }
		CASE(SHRK) { R(A) = (uint64_t)(RS(B) >> C); DISPATCH(); }
		CASE(SHRUK) { R(A) = R(B) >> C; DISPATCH(); }
		CASE(CHKSHIFT) {
			if (RS(A) < 0)
				PANIC_MSG("runtime error: negative shift amount");
			DISPATCH();
		}
		CASE(NEG) { R(A) = 0 - R(B); DISPATCH(); }
		CASE(BNOT) { R(A) = ~R(B); DISPATCH(); }
		CASE(NOT) { R(A) = R(B) ^ 1; DISPATCH(); }
		CASE(SEXT8) { R(A) = (uint64_t)(int64_t)(int8_t)R(B); DISPATCH(); }
		CASE(SEXT16) { R(A) = (uint64_t)(int64_t)(int16_t)R(B); DISPATCH(); }
		CASE(SEXT32) { R(A) = (uint64_t)(int64_t)(int32_t)R(B); DISPATCH(); }
		CASE(ZEXT8) { R(A) = (uint8_t)R(B); DISPATCH(); }
		CASE(ZEXT16) { R(A) = (uint16_t)R(B); DISPATCH(); }
		CASE(ZEXT32) { R(A) = (uint32_t)R(B); DISPATCH(); }
		CASE(ADDF) { setf(base + A, getf(base + B) + getf(base + C)); DISPATCH(); }
		CASE(SUBF) { setf(base + A, getf(base + B) - getf(base + C)); DISPATCH(); }
		CASE(MULF) { setf(base + A, getf(base + B) * getf(base + C)); DISPATCH(); }
		CASE(DIVF) { setf(base + A, getf(base + B) / getf(base + C)); DISPATCH(); }
		CASE(NEGF) { setf(base + A, -getf(base + B)); DISPATCH(); }
		CASE(F32) { setf(base + A, (double)(float)getf(base + B)); DISPATCH(); }
		CASE(I2F) { setf(base + A, (double)RS(B)); DISPATCH(); }
		CASE(U2F) { setf(base + A, (double)R(B)); DISPATCH(); }
		CASE(F2I) { R(A) = f2i(getf(base + B)); DISPATCH(); }
		CASE(F2U) { R(A) = f2u(getf(base + B)); DISPATCH(); }
		CASE(EQ) { R(A) = R(B) == R(C); DISPATCH(); }
		CASE(NE) { R(A) = R(B) != R(C); DISPATCH(); }
		CASE(LT) { R(A) = RS(B) < RS(C); DISPATCH(); }
		CASE(LE) { R(A) = RS(B) <= RS(C); DISPATCH(); }
		CASE(LTU) { R(A) = R(B) < R(C); DISPATCH(); }
		CASE(LEU) { R(A) = R(B) <= R(C); DISPATCH(); }
		CASE(EQF) { R(A) = getf(base + B) == getf(base + C); DISPATCH(); }
		CASE(NEF) { R(A) = getf(base + B) != getf(base + C); DISPATCH(); }
		CASE(LTF) { R(A) = getf(base + B) < getf(base + C); DISPATCH(); }
		CASE(LEF) { R(A) = getf(base + B) <= getf(base + C); DISPATCH(); }
		CASE(EQS) { R(A) = eqstr(base + B, base + C); DISPATCH(); }
		CASE(NES) { R(A) = !eqstr(base + B, base + C); DISPATCH(); }
		CASE(LTS) { R(A) = cmpstr(base + B, base + C) < 0; DISPATCH(); }
		CASE(LES) { R(A) = cmpstr(base + B, base + C) <= 0; DISPATCH(); }
		CASE(JMP) { JUMP(INS_SBX(i)); DISPATCH(); }
		CASE(JT) { if (R(A)) JUMP(INS_SBX(i)); DISPATCH(); }
		CASE(JF) { if (!R(A)) JUMP(INS_SBX(i)); DISPATCH(); }
		CASE(JEQ) { if (R(A) == R(B)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JNE) { if (R(A) != R(B)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JLT) { if (RS(A) < RS(B)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JLE) { if (RS(A) <= RS(B)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JLTU) { if (R(A) < R(B)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JLEU) { if (R(A) <= R(B)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JEQK) { if (RS(A) == INS_SB(i)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JNEK) { if (RS(A) != INS_SB(i)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JLTK) { if (RS(A) < INS_SB(i)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JLEK) { if (RS(A) <= INS_SB(i)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JGTK) { if (RS(A) > INS_SB(i)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JGEK) { if (RS(A) >= INS_SB(i)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JEQC) { if (R(A) == k[B]) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JNEC) { if (R(A) != k[B]) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JLTC) { if (RS(A) < (int64_t)k[B]) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JLEC) { if (RS(A) <= (int64_t)k[B]) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JGTC) { if (RS(A) > (int64_t)k[B]) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(JGEC) { if (RS(A) >= (int64_t)k[B]) JUMP(INS_SC(i)); DISPATCH(); }
#define INC() (R(A) += (uint64_t)(int64_t)(int8_t)INS_X(i))
		CASE(INCJLT) { INC(); if (RS(A) < RS(B)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(INCJLE) { INC(); if (RS(A) <= RS(B)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(INCJLTK) { INC(); if (RS(A) < INS_SB(i)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(INCJLEK) { INC(); if (RS(A) <= INS_SB(i)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(INCJGTK) { INC(); if (RS(A) > INS_SB(i)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(INCJGEK) { INC(); if (RS(A) >= INS_SB(i)) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(INCJLTC) { INC(); if (RS(A) < (int64_t)k[B]) JUMP(INS_SC(i)); DISPATCH(); }
		CASE(INCJLEC) { INC(); if (RS(A) <= (int64_t)k[B]) JUMP(INS_SC(i)); DISPATCH(); }
#undef INC
		CASE(CONCAT) {
			uint64_t p1 = R(B), n1 = R(B + 1), p2 = R(C), n2 = R(C + 1);
			if (n1 == 0) {
				R(A) = p2;
				R(A + 1) = n2;
			} else if (n2 == 0) {
				R(A) = p1;
				R(A + 1) = n1;
			} else {
				SAVE();
				char *s = gc_alloc(&vm->heap, n1 + n2, NULL);
				if (__builtin_expect(!s, 0))
					OUT_OF_MEMORY();
				memcpy(s, (const void *)p1, n1);
				memcpy(s + n1, (const void *)p2, n2);
				R(A) = (uint64_t)s;
				R(A + 1) = n1 + n2;
			}
			ALLOCATED();
		}
		CASE(SLEN) { R(A) = R(B + 1); DISPATCH(); }
		CASE(SINDEX) {
			uint64_t x = R(C), n = R(B + 1);
			if (x >= n) {
				vm_bounds_msg(msg, sizeof msg, BOUNDS_INDEX, (int64_t)x,
					      INS_X(i) & 1, (int64_t)n);
				PANIC_MSG(msg);
			}
			R(A) = ((const uint8_t *)R(B))[x];
			DISPATCH();
		}
		CASE(SSLICE) {
			uint64_t lo = R(C), hi = R(C + 1), p = R(B), n = R(B + 1);
			if (hi > n) {
				vm_bounds_msg(msg, sizeof msg, BOUNDS_SLICE_ALEN, (int64_t)hi,
					      INS_X(i) & 1, (int64_t)n);
				PANIC_MSG(msg);
			}
			if (lo > hi) {
				vm_bounds_msg(msg, sizeof msg, BOUNDS_SLICE_B, (int64_t)lo,
					      INS_X(i) & 1, (int64_t)hi);
				PANIC_MSG(msg);
			}
			R(A) = p + lo;
			R(A + 1) = hi - lo;
			DISPATCH();
		}
		CASE(RUNESTR) {
			char tmp[4];
			int n = utf8_encode(tmp, RS(B));
			SAVE();
			char *s = gc_alloc(&vm->heap, (size_t)n, NULL);
			if (__builtin_expect(!s, 0))
				OUT_OF_MEMORY();
			memcpy(s, tmp, (size_t)n);
			R(A) = (uint64_t)s;
			R(A + 1) = (uint64_t)n;
			ALLOCATED();
		}
		CASE(STRNEXT) {
			const uint8_t *s = (const uint8_t *)R(B);
			uint64_t at = R(C), n = R(B + 1);
			int32_t r;
			int w = s[at] < 0x80 ? (r = s[at], 1)
					     : utf8_decode((const char *)s + at, n - at, &r);
			R(A) = (uint64_t)(int64_t)r;
			R(A + 1) = at + (uint64_t)w;
			DISPATCH();
		}
		CASE(MIN) { R(A) = RS(B) < RS(C) ? R(B) : R(C); DISPATCH(); }
		CASE(MAX) { R(A) = RS(B) > RS(C) ? R(B) : R(C); DISPATCH(); }
		CASE(MINU) { R(A) = R(B) < R(C) ? R(B) : R(C); DISPATCH(); }
		CASE(MAXU) { R(A) = R(B) > R(C) ? R(B) : R(C); DISPATCH(); }
		CASE(MINF) {
			double x = getf(base + B), y = getf(base + C), z;
			/* Go: a NaN wins; min(-0, +0) is -0. */
			if (x != x || y != y)
				z = x != x ? x : y;
			else if (x == y)
				z = signbit(x) ? x : y;
			else
				z = x < y ? x : y;
			setf(base + A, z);
			DISPATCH();
		}
		CASE(MAXF) {
			double x = getf(base + B), y = getf(base + C), z;
			if (x != x || y != y)
				z = x != x ? x : y;
			else if (x == y)
				z = signbit(x) ? y : x;
			else
				z = x > y ? x : y;
			setf(base + A, z);
			DISPATCH();
		}
		CASE(MINS) {
			const uint64_t *s = cmpstr(base + B, base + C) <= 0 ? base + B : base + C;
			uint64_t p = s[0], n = s[1];
			R(A) = p;
			R(A + 1) = n;
			DISPATCH();
		}
		CASE(MAXS) {
			const uint64_t *s = cmpstr(base + B, base + C) >= 0 ? base + B : base + C;
			uint64_t p = s[0], n = s[1];
			R(A) = p;
			R(A + 1) = n;
			DISPATCH();
		}
		CASE(SLICEIDX) {
			uint64_t x = R(C), n = R(B + 1);
			unsigned w = INS_X(i);
			CHECK_INDEX(x, n);
			memmove(base + A, (const uint64_t *)R(B) + x * w, w * 8);
			DISPATCH();
		}
		CASE(LDIDX) {
			uint64_t x = R(C), n = R(B + 1);
			CHECK_INDEX(x, n);
			R(A) = ((const uint64_t *)R(B))[x];
			DISPATCH();
		}
		CASE(STIDX) {
			uint64_t x = R(C), n = R(A + 1);
			CHECK_INDEX(x, n);
			((uint64_t *)R(A))[x] = R(B);
			DISPATCH();
		}
		CASE(LD8S) { LDOP(int8_t); }
		CASE(LD8U) { LDOP(uint8_t); }
		CASE(LD16S) { LDOP(int16_t); }
		CASE(LD16U) { LDOP(uint16_t); }
		CASE(LD32S) { LDOP(int32_t); }
		CASE(LD32U) { LDOP(uint32_t); }
		CASE(LD64) {
			/* Codegen makes a frame word a MOV: the pointer form
			 * comes first. */
			const char *p = (const char *)R(B);
			if (__builtin_expect(INS_X(i) & 1, 0))
				p = (const char *)(base + B);
			else if (__builtin_expect(!p, 0))
				goto nilderef;
			uint64_t v;
			memcpy(&v, p + C, 8);
			R(A) = v;
			DISPATCH();
		}
		CASE(LDCELL) { R(A) = ((const uint64_t *)R(B))[C / 8]; DISPATCH(); }
		CASE(LDF32) {
			NILCHK(B);
			const char *p = MEMADDR(B, C);
			float f;
			memcpy(&f, p, 4);
			setf(base + A, (double)f);
			DISPATCH();
		}
		CASE(ST8) { STOP_(uint8_t); }
		CASE(ST16) { STOP_(uint16_t); }
		CASE(ST32) { STOP_(uint32_t); }
		CASE(ST64) {
			char *p = (char *)R(A);
			uint64_t v = R(B);
			if (__builtin_expect(INS_X(i) & 1, 0))
				p = (char *)(base + A);
			else if (__builtin_expect(!p, 0))
				goto nilderef;
			memcpy(p + C, &v, 8);
			DISPATCH();
		}
		CASE(STF32) {
			NILCHK(A);
			char *p = MEMADDR(A, C);
			float f = (float)getf(base + B);
			memcpy(p, &f, 4);
			DISPATCH();
		}
		CASE(LDN) {
			const RType *t = (const RType *)k[C];
			NILCHK(B);
			const char *p = MEMADDR(B, INS_X(i) >> 1);
			memmove(base + A, p, t->size);
			DISPATCH();
		}
		CASE(STN) {
			const RType *t = (const RType *)k[C];
			NILCHK(A);
			char *p = MEMADDR(A, INS_X(i) >> 1);
			memmove(p, base + B, t->size);
			DISPATCH();
		}
		CASE(ADDR) { R(A) = (uint64_t)(base + B); DISPATCH(); }
		CASE(PTRADD) {
			if (__builtin_expect(!R(B), 0))
				goto nilderef;
			R(A) = R(B) + C;
			DISPATCH();
		}
		CASE(IDXADDR) {
			uint64_t x = R(C), n = R(B + 1);
			CHECK_INDEX(x, n);
			R(A) = R(B) + x * INS_X(i);
			DISPATCH();
		}
		CASE(NEW) {
			const RType *t = (const RType *)k[B];
			SAVE();
			void *p = gc_alloc_inline(&vm->heap, t->size, t->ptrmask ? t : NULL);
			if (__builtin_expect(!p, 0))
				OUT_OF_MEMORY();
			R(A) = (uint64_t)p;
			ALLOCATED();
		}
		CASE(MAKESLICE) {
			SAVE();
			if (!vm_makeslice(vm, base + A, RS(B), RS(B + 1), (const RType *)k[C], msg, sizeof msg)) {
				if (!msg[0])
					OUT_OF_MEMORY();
				PANIC_MSG(msg);
			}
			ALLOCATED();
		}
#define MAPERR()                                     \
	do {                                         \
		SAVE();                              \
		if (!msg[0])                         \
			OUT_OF_MEMORY();             \
		PANIC_MSG(msg);                      \
	} while (0)
		CASE(MAKEMAP) {
			SAVE();
			if (!vm_makemap(vm, base + A, RS(B), (const RType *)k[C], msg, sizeof msg))
				MAPERR();
			ALLOCATED();
		}
		CASE(MAPGET) {
			if (!vm_mapget(base + A, base + B, (const RType *)k[C], false, msg, sizeof msg))
				MAPERR();
			DISPATCH();
		}
		CASE(MAPGET2) {
			if (!vm_mapget(base + A, base + B, (const RType *)k[C], true, msg, sizeof msg))
				MAPERR();
			DISPATCH();
		}
		CASE(MAPSET) {
			SAVE();
			if (!vm_mapset(base + A, base + B, (const RType *)k[C], msg, sizeof msg))
				MAPERR();
			ALLOCATED();
		}
		CASE(MAPDEL) {
			if (!vm_mapdel(base + B, (const RType *)k[C], msg, sizeof msg))
				MAPERR();
			DISPATCH();
		}
#undef MAPERR
		CASE(MAPLEN) { R(A) = (uint64_t)map_len((const GoMap *)R(B)); DISPATCH(); }
		CASE(MAPCLEAR) { map_clear((GoMap *)R(A)); DISPATCH(); }
		CASE(SLICECLR) {
			if (R(A + 1))
				memset((void *)R(A), 0, (size_t)R(A + 1) * (size_t)R(B));
			DISPATCH();
		}
		CASE(MAPITER) {
			SAVE();
			if (!vm_mapiter(vm, base + A, (GoMap *)R(B)))
				OUT_OF_MEMORY();
			ALLOCATED();
		}
		CASE(MAPNEXT) { vm_mapnext(base + A, (MapIter *)R(B)); DISPATCH(); }
		CASE(SLICE) {
			if (!vm_reslice(base + A, base + B, base + C, INS_X(i), msg, sizeof msg)) {
				SAVE();
				PANIC_MSG(msg);
			}
			DISPATCH();
		}
		CASE(APPENDV) {
			SAVE();
			if (!vm_append_values(vm, base + A, base + C, INS_X(i), (const RType *)k[B]))
				OUT_OF_MEMORY();
			ALLOCATED();
		}
		CASE(APPENDS) {
			SAVE();
			if (!vm_append_slice(vm, base + A, (const void *)R(C), R(C + 1), (const RType *)k[B]))
				OUT_OF_MEMORY();
			ALLOCATED();
		}
		CASE(COPY) {
			uint64_t *o = base + B;
			uint64_t n = o[1] < o[3] ? o[1] : o[3];
			if (n && o[0] != o[2])
				memmove((void *)o[0], (const void *)o[2], n * o[4]);
			R(A) = n;
			DISPATCH();
		}
#define CONVERT(fn)                                  \
	do {                                         \
		SAVE();                              \
		if (!fn(vm, base + A, base + B))     \
			OUT_OF_MEMORY();             \
	} while (0)
		CASE(STR2BYTES) {
			SAVE();
			if (!vm_str2bytes(vm, base + A, base + B, INS_X(i)))
				OUT_OF_MEMORY();
			ALLOCATED();
		}
		CASE(BYTES2STR) { CONVERT(vm_bytes2str); ALLOCATED(); }
		CASE(STR2RUNES) {
			SAVE();
			if (!vm_str2runes(vm, base + A, base + B, INS_X(i)))
				OUT_OF_MEMORY();
			ALLOCATED();
		}
		CASE(RUNES2STR) { CONVERT(vm_runes2str); ALLOCATED(); }
#undef CONVERT
		CASE(EQV) {
			const RType *t = (const RType *)k[C];
			size_t w = (t->size + 7) / 8;
			int eq = vm_equal(t, base + B, base + B + w, msg, sizeof msg);
			if (__builtin_expect(eq < 0, 0))
				PANIC_MSG(msg);
			R(A) = (uint64_t)eq ^ (INS_X(i) & 1);
			DISPATCH();
		}
		CASE(BOX) {
			SAVE();
			if (__builtin_expect(!box_value(vm, base + A, base + B,
							(const RType *)k[C]), 0))
				OUT_OF_MEMORY();
			ALLOCATED();
		}
		CASE(IFACEREF) {
			R(A) = k[C];
			R(A + 1) = (uint64_t)(base + B);
			DISPATCH();
		}
		CASE(TYPEIS) {
			const RType *t = (const RType *)R(B);
			R(A) = INS_X(i) & 1 ? t && !vm_iface_missing(t, (const RType *)k[C])
					    : t == (const RType *)k[C];
			DISPATCH();
		}
		CASE(JIMPL) {
			if (vm_iface_implements((const RType *)R(A), (uint64_t *)&k[B]))
				JUMP(INS_SC(i));
			DISPATCH();
		}
		CASE(JNIMPL) {
			if (!vm_iface_implements((const RType *)R(A), (uint64_t *)&k[B]))
				JUMP(INS_SC(i));
			DISPATCH();
		}
		CASE(ASSERT) {
			const RType *t = (const RType *)R(B);
			if (__builtin_expect(t != (const RType *)k[C], 0)) {
				vm_iface_assert_msg(msg, sizeof msg, t, (const RType *)k[C],
						    (const RType *)k[C + 1]);
				PANIC_MSG(msg);
			}
			vm_iface_unbox(base + A, t, R(B + 1));
			DISPATCH();
		}
		CASE(ASSERTI) {
			const RType *t = (const RType *)R(B);
			if (__builtin_expect(!t || vm_iface_missing(t, (const RType *)k[C]), 0)) {
				vm_iface_assert_msg(msg, sizeof msg, t, (const RType *)k[C],
						    (const RType *)k[C + 1]);
				PANIC_MSG(msg);
			}
			R(A) = R(B);
			R(A + 1) = R(B + 1);
			DISPATCH();
		}
		CASE(ICALL) {
			const RType *t = (const RType *)R(B);
			const RMethod *m;
			uint64_t *cache = (uint64_t *)&k[C + 1];
			if (__builtin_expect(!t, 0))
				goto nilderef;
			if (__builtin_expect(cache[0] == (uint64_t)t, 1)) {
				m = (const RMethod *)cache[1];
			} else {
				m = vm_iface_find(t, (const char *)k[C]);
				if (!m)
					PANIC_MSG("internal error: method not in the method table");
				cache[0] = (uint64_t)t;
				cache[1] = (uint64_t)m;
			}
			callee = m->fn;
			nb = base + A;
			if (__builtin_expect(nb + callee->nslots > g->limit, 0)) {
				SAVE();
				if (!vm_grow_stack(vm, g, nb, callee->nslots))
					STOP(VM_PANIC);
				RELOAD();
				nb = base + A;
			}
			if (__builtin_expect(m->recv && !R(B + 1), 0))
				goto nilderef; /* a value method through a nil *T */
			vm_iface_receiver(nb, m, t, R(B + 1), callee->nparams);
			goto do_call;
		}
		CASE(CALL) {
			callee = (const Func *)k[INS_BX(i)];
			nb = base + A;
			if (__builtin_expect(nb + callee->nslots > g->limit, 0)) {
				SAVE();
				if (!vm_grow_stack(vm, g, nb, callee->nslots))
					STOP(VM_PANIC);
				RELOAD();
				nb = base + A;
			}
		do_call:
			PUSH_FRAME(callee, nb);
			DISPATCH();
		}
		CASE(CALLV) {
			/* A call through a func value (lang/codegen_func.c): slot b
			 * holds the closure, whose first word is the callee;
			 * the closure goes to the callee's slot c, just past
			 * its c parameter words, where a function literal
			 * reads its captured cells. */
			const uint64_t *clo = (const uint64_t *)R(B);
			if (__builtin_expect(!clo, 0))
				goto nilderef;
			callee = (const Func *)clo[0];
			nb = base + A;
			if (__builtin_expect(nb + callee->nslots + 1 > g->limit, 0)) {
				SAVE();
				if (!vm_grow_stack(vm, g, nb, callee->nslots + 1))
					STOP(VM_PANIC);
				RELOAD();
				nb = base + A;
			}
			nb[C] = (uint64_t)clo;
			/* CALL's frame push, repeated here rather than jumped
			 * to: the jump costs a closure call more than the code */
			PUSH_FRAME(callee, nb);
			DISPATCH();
		}
		CASE(NCALL) {
			VMStatus st;
			SAVE();
			st = ((NativeFn)k[B])(vm, base + A, (int)C);
			NATIVE_RETURNED(st);
		}
		CASE(NCALLV) {
			/* f(xs...) of a native with a `...any` parameter: the
			 * slice's interfaces become its operands (abi/native.h),
			 * copied over the slice, the stack grown for them */
			VMStatus st;
			uint64_t *xs = base + A + C;
			size_t n = (size_t)xs[1];
			size_t need = (size_t)A + C + 2 * n + DEFER_NATIVE_SLACK;
			if (__builtin_expect(base + need > g->limit, 0)) {
				SAVE();
				if (!vm_grow_stack(vm, g, base, need))
					STOP(VM_PANIC);
				RELOAD();
				xs = base + A + C;
			}
			if (n)
				memmove(xs, (const void *)xs[0], n * 16);
			SAVE();
			st = ((NativeFn)k[B])(vm, base + A, (int)n);
			NATIVE_RETURNED(st);
		}
		CASE(RET) {
			memmove(base, base + A, (size_t)B * 8);
			goto do_return;
		}
		CASE(RET0) goto do_return;
		CASE(RET1) {
			base[0] = base[A];
			goto do_return;
		}
		CASE(RETD) {
			if (vm_defer_pending(g, base))
				goto run_deferred;
			memmove(base, base + A, (size_t)B * 8);
			goto do_return;
		}
		CASE(RUNDEFERS) {
			if (vm_defer_pending(g, base))
				goto run_deferred;
			DISPATCH();
		}
		CASE(NILPANIC) {
			/* a (*T).M wrapper of a value method called with nil
			 * (Go's panicwrap; lang/check_wrap.c) */
			if (__builtin_expect(!R(A), 0))
				PANIC_MSG((const char *)k[B]);
			DISPATCH();
		}
		CASE(PANIC) {
			SAVE();
			if (!vm_panic_start(vm, g, (const RType *)R(A), R(A + 1)))
				STOP(VM_PANIC);
			goto panicking;
		}
		/* ---- defer, panic, recover: the records are defer.c's; the
		 * handlers, run_deferred and panicking below keep the control
		 * flow in this loop ---- */
		CASE(DEFER) {
			const Func *callee = (const Func *)k[INS_BX(i)];
			SAVE();
			if (!vm_defer_push(vm, g, callee, NULL, 0, base + A,
					   (uint32_t)callee->nparams))
				STOP(VM_PANIC);
			DISPATCH();
		}
		CASE(DEFERV) {
			SAVE();
			if (!vm_defer_push_value(vm, g, (const uint64_t *)R(B), base + A,
						 (uint32_t)C))
				STOP(VM_PANIC);
			DISPATCH();
		}
		CASE(DEFERN) {
			SAVE();
			if (!vm_defer_push(vm, g, NULL, (NativeFn)k[B], (int)C, base + A,
					   INS_X(i)))
				STOP(VM_PANIC);
			DISPATCH();
		}
		CASE(RECOVER) {
			uint64_t v[2];
			vm_recover(g, base, v);
			R(A) = v[0];
			R(A + 1) = v[1];
			DISPATCH();
		}
		CASE(PANICCONT) {
			/* a deferred call run by the innermost panic returned */
			SAVE();
			if (g->panic->recovered) {
				vm_recovered(vm, g);
				LOAD_G();
				DISPATCH();
			}
			goto panicking;
		}
		CASE(PANICPRINT) {
			/* a fatal panic's value printed itself */
			SAVE();
			vm_panic_printed(g);
			goto panicking;
		}
#ifdef GVM_SWITCH_DISPATCH
		}
		default:
			break;
	}
	goto dispatch;
#else
		}
	}
#endif
do_return: {
		const Func *caller = (const Func *)base[-1];
		if (!caller) {
			SAVE();
			STOP(VM_OK);
		}
		pc = (const Instr *)base[-3];
		base = (uint64_t *)base[-2];
		fn = caller;
		k = caller->k;
		DISPATCH();
	}
nilderef:
	SAVE();
	if (!vm_panic_nil(vm, g))
		STOP(VM_PANIC);
	goto panicking;
/* A RET whose frame has deferred calls, and a panic running deferred
 * calls: the work is in defer.c (out of the loop, so that its locals do
 * not compete for the registers of the hot handlers); it leaves g's saved
 * registers at the next instruction to run. */
run_deferred: {
		VMStatus st;
		pc--; /* the RET runs again when the deferred call returns */
		SAVE();
		st = vm_run_deferred(vm, g);
		if (st != VM_OK && st != VM_SWITCH)
			STOP(st);
		LOAD_G();
		DISPATCH();
	}
panicking: {
		VMStatus st = vm_panicking(vm, g);
		if (st != VM_OK && st != VM_SWITCH)
			STOP(st);
		LOAD_G();
		DISPATCH();
	}
divzero:
	PANIC_MSG("runtime error: integer divide by zero");
safepoint: {
		VMStatus st;
		SAVE();
		budget = VM_BUDGET;
		vm->budget = budget;
		st = vm_safepoint(vm);
		if (st != VM_OK)
			STOP(st);
		budget = vm->budget;
		LOAD_G();
		DISPATCH();
	}
#undef A
#undef B
#undef C
}
