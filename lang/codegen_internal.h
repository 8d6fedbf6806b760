/* codegen_internal.h: state shared by codegen.c, codegen_expr.c and
 * codegen_stmt.c.
 *
 * Frame allocation is a stack discipline: parameters take the first slots,
 * then each local gets fixed slots when declared (a value of n words takes
 * n consecutive slots) and temporaries are pushed above them and popped
 * (cg_free_to) when the expression or statement that needed them is done.
 * `top` is the first free slot; the frame's size is the highest `top` ever
 * reached.
 *
 * Slots are typed: the allocator takes the type of what a slot will hold,
 * and every word that may hold a pointer gets a SlotRange from the pc where
 * it was allocated to the pc where it was popped, so the collector knows
 * which words of a frame can be pointers at any pc (abi/bytecode.h).  A
 * slot reused for another type gets a new range.
 *
 * A call needs FRAME_WORDS free slots below its arguments for the frame
 * record (vm/vmint.h); its results come back where the arguments were.
 */
#ifndef GVM_CODEGEN_INTERNAL_H
#define GVM_CODEGEN_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"
#include "codegen.h"
#include "grammar.h"
#include "bytecode.h"
#include "link.h"
#include "types.h"

/* Pending jumps to a not yet known target: pcs of jump instructions. */
typedef struct Jumps {
	int *pc;
	int len, cap;
} Jumps;

/* A statement that break (and for loops continue) may leave. */
typedef struct Target {
	struct Target *outer;
	Obj *label;         /* the statement's label, or NULL */
	bool is_loop;
	Jumps breaks, continues;
} Target;

/* A label: where it is, and gotos waiting for it. */
typedef struct Label {
	Obj *obj;
	int pc;             /* -1 until the label is reached */
	Jumps gotos;
	struct Label *next;
} Label;

/* A named result living in a heap cell, and its result slot. */
typedef struct CellResult {
	Obj *obj;
	int slot;
} CellResult;

/* The function being compiled. */
typedef struct FuncState {
	Func *fn;
	Instr *code;
	int32_t *lines;
	int ncode, cap;
	uint64_t *k;
	int nk, kcap;
	int top, maxslots;
	int *open_range;    /* per slot: index of its open SlotRange, or -1 */
	int open_cap;
	SlotRange *ranges;
	int nranges, rcap;
	int line;
	int result_slot;    /* first slot of the named results, -1 if unnamed */
	Type *results;      /* TUPLE */
	Target *targets;
	Label *labels;
	Obj *pending_label; /* label of the statement about to be compiled */
	PtrVec bound;       /* Obj*: variables given slots (reset for a retry) */
	bool has_defer;     /* the body defers: results live in result_slot
			     * until the RET (deferred calls and a recovered
			     * panic see them) */
	PtrVec cell_results; /* CellResult*: named results in heap cells
			      * (address taken or captured): a return stores
			      * into them and jumps to the epilogue (rets),
			      * which runs the deferred calls and then copies
			      * them into the result slots */
	Jumps rets;
	bool is_lit;        /* a function literal (its literals are named f.<n>) */
	int nwrappers;      /* deferred-call wrappers made so far */
	int here;           /* the pc cg_here last returned: a jump may land
			     * there, so no peephole looks back across it */
	bool long_jumps;    /* fused jumps as inverted jump + 32-bit JMP */
	bool jump_overflow; /* a fused jump's 16-bit offset overflowed */
} FuncState;

typedef struct Cg {
	const LinkEnv *env;
	Mem *mem;           /* the compilation's (cmem.h): never NULL results */
	Module *m;
	Program *prog;
	Diag *diag;
	const char *file;   /* absolute path, for the Funcs' tracebacks */
	Arena arena;        /* codegen's own scratch (labels, jump lists) */
	FuncState *f;
	const RType *basic_rtypes[T_UNTYPED_NIL + 1];
	PtrVec synth;       /* Func*: functions codegen made (defer wrappers,
			     * natives as values) */
	PtrVec native_funcs; /* pairs Obj*, Func*: natives used as values */
	bool failed;
} Cg;

/* ---- codegen.c: emission, constants, types ---- */
void cg_error(Cg *c, Pos pos, const char *what);
/* Go's name for a syntax kind in "X not supported yet" ("go statement"). */
const char *cg_construct(NodeKind k);
int cg_emit(Cg *c, Instr i);
int cg_op(Cg *c, Opcode op, int a, int b, int cc);
int cg_opx(Cg *c, Opcode op, int x, int a, int b, int cc);
int cg_op_bx(Cg *c, Opcode op, int a, int32_t bx);
/* A jump to be patched; returns its pc. */
int cg_jump(Cg *c, Opcode op, int a, int b);
void cg_patch(Cg *c, int pc, int target);
void cg_patch_here(Cg *c, Jumps *j);
void cg_jumps_add(Cg *c, Jumps *j, int pc);
int cg_here(Cg *c);
/* Compile fn, a function codegen makes (a deferred call's wrapper), in
 * f: begin saves nothing (the caller keeps the current FuncState), end
 * finishes fn, records it in the module and makes outer current again. */
void cg_synth_begin(Cg *c, FuncState *f, Func *fn, int line);
void cg_synth_end(Cg *c, FuncState *f, FuncState *outer);
/* The instruction just emitted, for a peephole to rewrite or reuse; NULL
 * when there is none or a jump may land after it. */
Instr *cg_last(Cg *c);
/* Give variable o the slots from `slot` on. */
void cg_bind(Cg *c, Obj *o, int slot);
/* Reserve slots at the top of the frame for a value of type t. */
int cg_alloc(Cg *c, Type *t);
/* n consecutive values of type t. */
int cg_alloc_n(Cg *c, Type *t, int n);
/* n words that never hold a pointer (counters, indexes, bools, the
 * frame record below a call's arguments). */
int cg_alloc_scalar(Cg *c, int n);
/* Pop every slot from `top` on (closing their pointer ranges). */
void cg_free_to(Cg *c, int top);
/* Slots at..: a value of type t now lives there (a call's results). */
void cg_retype(Cg *c, int at, Type *t);
/* Slot s holds a pointer into the stack from here on (OP_IFACEREF). */
void cg_mark_stackref(Cg *c, int s);
/* Ensure the frame has at least n slots. */
void cg_reserve(Cg *c, int n);
void cg_move(Cg *c, int dst, int src, int words);
int cg_k(Cg *c, uint64_t v);
/* n new consecutive constant words (never shared): their first index. */
int cg_k_block(Cg *c, const uint64_t *v, int n);
void cg_load_int(Cg *c, int dst, int64_t v);
void cg_load_string(Cg *c, int dst, const char *s, int64_t n);
const RType *cg_rtype(Cg *c, Type *t);
/* The C function of the builtin `name` (print, println). */
NativeFn cg_builtin_native(Cg *c, const char *name);
/* Type helpers: the untyped types are given their default types. */
Type *cg_deftype(Type *t);
int cg_words(Type *t);
TypeKind cg_kind(Type *t);
bool cg_is_signed(Type *t);
/* The SEXT/ZEXT op normalising an integer of type t, or -1 if none. */
int cg_ext_op(Type *t);

/* ---- codegen_expr.c ---- */
/* The value of e into dst..dst+words-1. */
void cg_expr(Cg *c, Node *e, int dst);
/* A slot holding e's value: a local variable's own slot, or a new temp. */
int cg_operand(Cg *c, Node *e);
/* Jump (collected in j) when the bool e equals `when`; fall through otherwise. */
void cg_cond(Cg *c, Node *e, bool when, Jumps *j);
/* A call: returns the slot where its results are (temps left allocated). */
int cg_call(Cg *c, Node *e);
/* The value of e converted to an interface, into dst (2 words). */
void cg_to_iface(Cg *c, Node *e, int dst);
/* A native's `...any` operand: the value under the implicit conversion. */
Node *cg_native_value(Node *arg);
/* f(g()) with g multi-valued. */
bool cg_is_tuple_arg(Node *call);
/* The op (TK_ADD…) of a binary expression applied into dst. */
void cg_arith(Cg *c, int op, Type *t, int dst, Node *x, Node *y);
/* Where a variable lives: a local slot (>= 0) or, for globals, -1 with
 * *gidx set to the constant holding its address (GGET/GSET operand). */
int cg_var_slot(Cg *c, Obj *o, int *gidx);
/* The constant holding package variable o's address. */
int cg_global_k(Cg *c, Obj *o);
Node *cg_unparen(Node *e);

/* ---- codegen_func.c: func values, closures, calls through values ---- */
/* Compile one function or literal (codegen.c). */
void cg_compile_func(Cg *c, Obj *o);
/* Funcs for the program's function literals (after the functions'). */
void cg_number_lits(Cg *c);
void cg_compile_lits(Cg *c);
/* A literal's hidden closure parameter, just past its parameters. */
void cg_closure_param(Cg *c, Node *decl);
/* A literal's prologue: its captured variables' cells from the closure. */
void cg_closure_captures(Cg *c, Node *decl);
/* Top-level function o (IDENT or package member e) as a value into dst. */
void cg_func_value(Cg *c, Node *e, Obj *o, int dst);
/* The closure of literal e into dst. */
void cg_func_lit(Cg *c, Node *e, int dst);
/* A call's arguments laid out for signature sig above a frame record
 * (a variadic parameter's extra arguments packed into a new slice, xs...
 * passed as is; for a method, its receiver first); returns the first
 * argument's slot. */
int cg_call_args(Cg *c, Node *e, Type *sig, bool method);
/* An identifier for the value of type t in slot (a variable codegen
 * makes: operands already computed, used as expressions). */
Node *cg_slot_ident(Cg *c, Type *t, int slot, Pos pos);
/* x as a value of type t: x, or its implicit conversion to interface t. */
Node *cg_implicit(Cg *c, Node *x, Type *t);
/* The type of call's i-th argument for signature sig (a variadic
 * parameter's element past the fixed ones, unless call passes xs...);
 * NULL past the parameters. */
Type *cg_param_type(Type *sig, Node *call, int i);
/* The multi-valued call inner, its results left in temporaries: one
 * identifier per result, converted to types[i] (types may be NULL). */
Node **cg_spread(Cg *c, Node *inner, Type **types);
/* f(g()) as f(r0, r1, ...) on g's results (g called now). */
Node *cg_spread_call(Cg *c, Node *e);
/* A call through a func value: the slot of its results. */
int cg_call_value(Cg *c, Node *e);
/* Go 1.22's per-iteration loop variables, for those in heap cells: the
 * variables a for loop's init declares get new cells holding their
 * values before the post statement; a range statement's get new cells at
 * the start of each iteration. */
void cg_loop_vars_fresh(Cg *c, Node *init);
void cg_range_vars_fresh(Cg *c, Node *range);

/* ---- codegen_mem.c: places, composite values, slices ---- */
typedef enum { PL_SLOT, PL_MEM, PL_MAP, PL_ELEM } PlaceKind;

/* Where an addressable value is: frame slots (a whole local, or a part of
 * a struct or array value held in slots), or the pointer in a slot plus a
 * byte offset, or a one-word element of a slice or array (a (data, len)
 * pair and an index, accessed by LDIDX and STIDX without making its
 * address).  A place's temporaries stay allocated until popped. */
typedef struct Place {
	PlaceKind kind;
	int slot;      /* PL_SLOT: the value's first slot; PL_MEM: slot holding
			* the pointer; PL_ELEM: the (data, len) pair */
	int64_t off;   /* bytes */
	bool whole;    /* PL_SLOT: a whole local variable (normalised scalars) */
	Type *mtype;   /* PL_MAP: slot holds the map, the key follows; a
			* store is MAPSET, a load MAPGET, at the time of access */
	int index;     /* PL_ELEM: the slot holding the index */
} Place;
/* The place of addressable lhs (its index operands and pointers
 * evaluated now); false if lhs is not a field, element, *p or variable.
 * With others (more assignments in the statement, which may assign a
 * pointer variable the place goes through) the pointer is copied; a
 * single assignment's right side cannot change a local's slot. */
bool cg_place_of(Cg *c, Node *lhs, Place *pl, bool others);
/* Whether place pl reads any of the slots [slot, slot+words) to find its
 * value (a PL_ELEM's pair and index); cg_place_fix makes it independent
 * of them (the element's address in a new slot). */
bool cg_place_uses(Place *pl, int slot, int words);
void cg_place_fix(Cg *c, Place *pl);
void cg_place_store(Cg *c, Place *pl, Type *t, int src);
void cg_place_load(Cg *c, Place *pl, Type *t, int dst);
/* A local living in a heap cell (its address is taken). */
bool cg_boxed(Obj *o);
/* Give local o its slots (a heap cell's pointer if boxed, allocated
 * here); returns its slot, or -1 for a boxed variable. */
int cg_declare_local(Cg *c, Obj *o);
/* Move the addr_taken parameter o into a new heap cell. */
void cg_box_param(Cg *c, Obj *o);
/* Store src to the addressable lhs (a field, element, *p, boxed or
 * global variable); false if lhs is none of those. */
bool cg_store_mem(Cg *c, Node *lhs, int src);
/* e into dst if it is a composite, field, element, pointer or slicing
 * expression or a boxed variable; false otherwise. */
bool cg_mem_expr(Cg *c, Node *e, int dst);
/* Element h of array / *array / slice value x of type xt into dst. */
void cg_range_elem(Cg *c, Type *xt, int x, int h, int dst);
/* == or != on struct or array values. */
void cg_compare_mem(Cg *c, int tok, int dst, Node *x, Node *y);
/* string <-> []byte, []rune; false for other conversions. */
bool cg_conv_mem(Cg *c, Type *to, Node *x, int dst);
/* v, ok = m[k] (e has the tuple type): the value and the bool at dst. */
void cg_map_commaok(Cg *c, Node *e, int dst);
/* The value of type t pointed to by slot p into dst (range over maps). */
void cg_load_ptr(Cg *c, int p, Type *t, int dst);
/* len, cap (not of strings), new, make, append, copy, delete, clear. */
bool cg_builtin_mem(Cg *c, Node *e, Builtin b, int dst);

/* A new Func for function o of the package at path: named as Go's
 * tracebacks name it ("main.Map[...]", "main.(*T).M"), in o's source
 * file (an instance of a library's generic: the library's). */
Func *cg_new_func(Cg *c, Obj *o, const char *path);

/* ---- codegen_iface.c: methods and interfaces ---- */
bool cg_is_method(Obj *o);
/* Go's traceback name of method o (main.T.M, main.(*T).M). */
void cg_func_name(Obj *o, char *buf, size_t n);
/* The receiver of method call `call` into a new slot at the top. */
void cg_method_recv(Cg *c, Node *call);
bool cg_is_icall(Node *call);
/* i.M(args) by dynamic dispatch: returns the results' slot. */
int cg_icall(Cg *c, Node *e);
void cg_type_assert(Cg *c, Node *e, int dst);
void cg_type_test(Cg *c, Type *t, int ok, int x);
int cg_assert_commaok(Cg *c, Node *e);
void cg_compare_iface(Cg *c, int tok, int dst, Node *x, Node *y, Type *t);
/* Type switch cases: jump into j when the interface in slots iv holds
 * type t (NULL: is nil); give clause variable o its value. */
void cg_type_case_jump(Cg *c, Type *t, int iv, Jumps *j);
void cg_type_case_bind(Cg *c, Obj *o, int iv, Type *xt);
/* The prologue of wrapper o, (*T).M of T's value method M (FUNCDECL
 * decl, implicit): Go's panic for a nil receiver. */
void cg_panicwrap(Cg *c, Node *decl, Obj *o);
/* Fill rt's method table (build_rtype). */
void cg_method_table(Cg *c, Type *t, RType *rt);

/* ---- codegen_defer.c ---- */
/* defer e (a call): its operands now, a defer record (temps left). */
void cg_defer(Cg *c, Node *e);

/* ---- codegen_stmt.c ---- */
void cg_stmt(Cg *c, Node *s);
void cg_block(Cg *c, NodeList *stmts);
/* A return's values at src (the results' layout) into the named results
 * of a function with results in cells (codegen.c). */
void cg_store_results(Cg *c, int src);
/* Assign the values at src (types of the tuple elements) to lhs nodes. */
void cg_store(Cg *c, Node *lhs, int src, Type *t);

#endif
