/* codegen.c: the module, functions, and the emission primitives.
 *
 * cg_compile numbers every declared function first (so calls can name
 * functions declared later), then compiles each body into a FuncState:
 * code and line arrays growing together, a constant table, and the slot
 * allocator (see codegen_internal.h).  Package variables get word indexes
 * in the module's globals area; their initialisation becomes the synthetic
 * function "main.init", run before the func init()s and main.main.
 *
 * Jumps are emitted with a zero offset and patched once the target is
 * known.  The fused compare-and-branch instructions have 16-bit offsets;
 * a function too large for them is reported rather than miscompiled.
 *
 * Runtime type descriptors are built on demand from checker types, one
 * per distinct type (ty_identical), in module memory.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cmem.h"
#include "codegen_internal.h"
#include "opinfo.h"
#include "strbuf.h"

void cg_error(Cg *c, Pos pos, const char *what)
{
	diag_error(c->diag, pos, "%s not supported yet", what);
	c->failed = true;
}

const char *cg_construct(NodeKind k)
{
	switch (k) {
	case N_COMPOSITE: return "composite literal";
	case N_FUNCLIT: return "function literal";
	case N_TYPEASSERT: return "type assertion";
	case N_STAR: return "pointer indirection";
	case N_KEYVALUE: return "key:value expression";
	case N_SEND: return "send statement";
	case N_GO: return "go statement";
	case N_DEFER: return "defer statement";
	case N_SELECT: return "select statement";
	case N_TYPESWITCH: return "type switch";
	case N_INDEX: return "index expression";
	case N_SLICE: return "slice expression";
	default: return "this construct";
	}
}

static void slot_pointers(Type *t, uint8_t *mask);
static void free_state(Cg *c, FuncState *f);
static void zero_prologue(Cg *c, FuncState *f, Func *fn);
static bool is_init_func(Cg *c, Obj *o);
static void defer_returns(FuncState *f);

/* Codegen's growing arrays come from the compilation's Mem, which never
 * returns NULL (it jumps out of the compilation). */
static void *grow(Cg *c, void *p, int *cap, int need, size_t elem)
{
	if (need <= *cap)
		return p;
	int n = *cap ? *cap : 16;
	while (n < need)
		n *= 2;
	p = mem_realloc(c->mem, p, (size_t)n * elem);
	*cap = n;
	return p;
}

int cg_emit(Cg *c, Instr i)
{
	FuncState *f = c->f;
	int cap = f->cap;
	f->code = grow(c, f->code, &cap, f->ncode + 1, sizeof(Instr));
	cap = f->cap;
	f->lines = grow(c, f->lines, &cap, f->ncode + 1, sizeof(int32_t));
	f->cap = cap;
	f->code[f->ncode] = i;
	f->lines[f->ncode] = f->line;
	return f->ncode++;
}

int cg_op(Cg *c, Opcode op, int a, int b, int cc)
{
	return cg_emit(c, ins_make(op, 0, (unsigned)a, (unsigned)b, (unsigned)cc));
}

int cg_opx(Cg *c, Opcode op, int x, int a, int b, int cc)
{
	return cg_emit(c, ins_make(op, (unsigned)x, (unsigned)a, (unsigned)b, (unsigned)cc));
}

int cg_op_bx(Cg *c, Opcode op, int a, int32_t bx)
{
	return cg_emit(c, ins_make_bx(op, (unsigned)a, (uint32_t)bx));
}

void cg_bind(Cg *c, Obj *o, int slot)
{
	o->cg = (void *)(intptr_t)(slot + 1);
	ptrvec_push(&c->arena, &c->f->bound, o);
}

/* The fused (16-bit) jump testing the opposite condition, or -1.  For
 * integers !(a < b) is b <= a: OPF_SWAP says the operands swap. */
static int inverse(Opcode op, int *a, int *b)
{
	const OpInfo *o = &op_info[op];
	if (op_jump_kind(op) != OPND_J || o->inverse == OP_NOP)
		return -1;
	if (o->flags & OPF_SWAP) {
		int t = *a;
		*a = *b;
		*b = t;
	}
	return o->inverse;
}

int cg_jump(Cg *c, Opcode op, int a, int b)
{
	int inv = c->f->long_jumps ? inverse(op, &a, &b) : -1;
	if (inv < 0)
		return cg_op(c, op, a, b, 0);
	/* A function too large for 16-bit offsets: skip a long JMP when
	 * the condition fails. */
	cg_op(c, (Opcode)inv, a, b, 1);
	return cg_op_bx(c, OP_JMP, 0, 0);
}

int cg_here(Cg *c)
{
	return c->f->here = c->f->ncode;
}

Instr *cg_last(Cg *c)
{
	FuncState *f = c->f;
	return f->ncode > 0 && f->here != f->ncode ? &f->code[f->ncode - 1] : NULL;
}

void cg_patch(Cg *c, int pc, int target)
{
	if (op_set_jump(&c->f->code[pc], target - (pc + 1)))
		return;
	if (op_jump_kind(INS_OP(c->f->code[pc])) != OPND_J) {
		fprintf(stderr, "gvm: internal error: patching a non-jump at pc %d\n", pc);
		abort();
	}
	/* A 16-bit offset that does not fit. */
	c->f->jump_overflow = true;
	if (!c->failed && c->f->long_jumps)
		cg_error(c, (Pos){c->f->line, 1}, "function this large");
}

void cg_jumps_add(Cg *c, Jumps *j, int pc)
{
	j->pc = grow(c, j->pc, &j->cap, j->len + 1, sizeof(int));
	j->pc[j->len++] = pc;
}

void cg_patch_here(Cg *c, Jumps *j)
{
	for (int i = 0; i < j->len; i++)
		cg_patch(c, j->pc[i], cg_here(c));
	mem_free(c->mem, j->pc);
	memset(j, 0, sizeof *j);
}

void cg_reserve(Cg *c, int n)
{
	if (n > c->f->maxslots)
		c->f->maxslots = n;
	if (n > 0xFFF0 && !c->failed)
		cg_error(c, (Pos){c->f->line, 1}, "function frame this large");
}

static void open_range(Cg *c, int slot, SlotKind kind)
{
	FuncState *f = c->f;
	f->ranges = grow(c, f->ranges, &f->rcap, f->nranges + 1, sizeof(SlotRange));
	f->ranges[f->nranges] = (SlotRange){(uint16_t)slot, (uint8_t)kind,
					     f->ncode, -1};
	f->open_range[slot] = f->nranges++;
}

static void close_range(Cg *c, int slot)
{
	FuncState *f = c->f;
	int r = f->open_range[slot];
	if (r < 0)
		return;
	f->ranges[r].to = f->ncode;
	f->open_range[slot] = -1;
}

/* Push n words; mask marks those that hold heap pointers. */
static int alloc_words(Cg *c, int n, const uint8_t *mask)
{
	FuncState *f = c->f;
	int s = f->top;
	int cap = f->open_cap;
	f->open_range = grow(c, f->open_range, &cap, s + n + 1, sizeof(int));
	for (int i = f->open_cap; i < cap; i++)
		f->open_range[i] = -1;
	f->open_cap = cap;
	for (int i = 0; mask && i < n; i++)
		if (mask[i / 8] & (1u << (i % 8)))
			open_range(c, s + i, SLOT_PTR);
	f->top += n;
	cg_reserve(c, f->top);
	return s;
}

int cg_alloc_scalar(Cg *c, int n)
{
	return alloc_words(c, n, NULL);
}

int cg_alloc(Cg *c, Type *t)
{
	int n = cg_words(t);
	uint8_t small[8] = {0}, *mask = small;
	if (n > 64)
		mask = arena_alloc(&c->arena, (size_t)n / 8 + 1);
	slot_pointers(t, mask);
	return alloc_words(c, n, mask);
}

int cg_alloc_n(Cg *c, Type *t, int n)
{
	int first = c->f->top;
	for (int i = 0; i < n; i++)
		cg_alloc(c, t);
	return first;
}

void cg_free_to(Cg *c, int top)
{
	FuncState *f = c->f;
	for (int s = top; s < f->top && s < f->open_cap; s++)
		close_range(c, s);
	f->top = top;
}

void cg_retype(Cg *c, int at, Type *t)
{
	cg_free_to(c, at);
	cg_alloc(c, t);
}

void cg_mark_stackref(Cg *c, int s)
{
	close_range(c, s);
	open_range(c, s, SLOT_STACKREF);
}

void cg_move(Cg *c, int dst, int src, int words)
{
	if (dst == src || words == 0)
		return;
	if (words == 1)
		cg_op(c, OP_MOV, dst, src, 0);
	else if (words == 2)
		cg_op(c, OP_MOV2, dst, src, 0);
	else if (words == 3)
		cg_op(c, OP_MOV3, dst, src, 0);
	else
		cg_op(c, OP_MOVN, dst, src, words);
}

int cg_k(Cg *c, uint64_t v)
{
	FuncState *f = c->f;
	/* zero is never shared: the cache words of ICALL and JIMPL blocks
	 * are zero until the VM fills them */
	for (int i = 0; v && i < f->nk; i++)
		if (f->k[i] == v)
			return i;
	f->k = grow(c, f->k, &f->kcap, f->nk + 1, sizeof(uint64_t));
	f->k[f->nk] = v;
	return f->nk++;
}

int cg_k_block(Cg *c, const uint64_t *v, int n)
{
	FuncState *f = c->f;
	f->k = grow(c, f->k, &f->kcap, f->nk + n, sizeof(uint64_t));
	memcpy(f->k + f->nk, v, (size_t)n * sizeof(uint64_t));
	f->nk += n;
	return f->nk - n;
}

void cg_load_int(Cg *c, int dst, int64_t v)
{
	if (v >= INT32_MIN && v <= INT32_MAX)
		cg_op_bx(c, OP_LOADI, dst, (int32_t)v);
	else
		cg_op(c, OP_LOADK, dst, cg_k(c, (uint64_t)v), 0);
}

void cg_load_string(Cg *c, int dst, const char *s, int64_t n)
{
	FuncState *f = c->f;
	const char *copy = n ? module_strdup(c->m, s, (size_t)n) : "";
	f->k = grow(c, f->k, &f->kcap, f->nk + 2, sizeof(uint64_t));
	f->k[f->nk] = (uint64_t)copy;
	f->k[f->nk + 1] = (uint64_t)n;
	cg_op(c, OP_LOADS, dst, f->nk, 0);
	f->nk += 2;
}

/* ---- types ---- */

Type *cg_deftype(Type *t)
{
	switch (t->kind) {
	case T_UNTYPED_BOOL: return ty_basic(T_BOOL);
	case T_UNTYPED_INT: return ty_basic(T_INT);
	case T_UNTYPED_RUNE: return ty_basic(T_INT32);
	case T_UNTYPED_FLOAT: return ty_basic(T_FLOAT64);
	case T_UNTYPED_STRING: return ty_basic(T_STRING);
	default: return t;
	}
}

int cg_words(Type *t)
{
	if (t->kind == T_TUPLE) {
		int w = 0;
		for (int i = 0; i < t->nelems; i++)
			w += cg_words(t->elems[i]);
		return w;
	}
	t = cg_deftype(t);
	if (t->size < 0)
		ty_layout(t);
	return t->words;
}

TypeKind cg_kind(Type *t)
{
	return ty_under(cg_deftype(t))->kind;
}

bool cg_is_signed(Type *t)
{
	TypeKind k = cg_kind(t);
	return k >= T_INT && k <= T_INT64;
}

int cg_ext_op(Type *t)
{
	switch (cg_kind(t)) {
	case T_INT8: return OP_SEXT8;
	case T_INT16: return OP_SEXT16;
	case T_INT32: return OP_SEXT32;
	case T_UINT8: return OP_ZEXT8;
	case T_UINT16: return OP_ZEXT16;
	case T_UINT32: return OP_ZEXT32;
	default: return -1;
	}
}

static RKind rkind(TypeKind k)
{
	switch (k) {
	case T_BOOL: return RK_BOOL;
	case T_INT: return RK_INT;
	case T_INT8: return RK_INT8;
	case T_INT16: return RK_INT16;
	case T_INT32: return RK_INT32;
	case T_INT64: return RK_INT64;
	case T_UINT: return RK_UINT;
	case T_UINT8: return RK_UINT8;
	case T_UINT16: return RK_UINT16;
	case T_UINT32: return RK_UINT32;
	case T_UINT64: return RK_UINT64;
	case T_UINTPTR: return RK_UINTPTR;
	case T_FLOAT32: return RK_FLOAT32;
	case T_FLOAT64: return RK_FLOAT64;
	case T_STRING: return RK_STRING;
	case T_SLICE: return RK_SLICE;
	case T_INTERFACE: return RK_INTERFACE;
	case T_POINTER: return RK_POINTER;
	case T_FUNC: return RK_FUNC;
	case T_MAP: return RK_MAP;
	case T_CHAN: return RK_CHAN;
	case T_ARRAY: return RK_ARRAY;
	case T_STRUCT: return RK_STRUCT;
	default: return RK_INVALID;
	}
}

/* A type's identity as a string: identical types (ty_identical) get the
 * same key and different types different keys, whichever module spells
 * them.  A defined type is its package, name and declaring position. */
static void identity_key(StrBuf *b, Type *t)
{
	t = cg_deftype(t);
	switch (t->kind) {
	case T_NAMED:
		sb_printf(b, "%s.%s@%d:%d", t->obj && t->obj->pkgpath ? t->obj->pkgpath : "",
			  t->obj ? t->obj->name : "?", t->obj ? t->obj->pos.line : 0,
			  t->obj ? t->obj->pos.col : 0);
		if (t->ntargs) {
			sb_putc(b, '[');
			for (int i = 0; i < t->ntargs; i++) {
				identity_key(b, t->targs[i]);
				sb_putc(b, ',');
			}
			sb_putc(b, ']');
		}
		return;
	case T_ARRAY:
		sb_printf(b, "[%lld]", (long long)t->len);
		identity_key(b, t->elem);
		return;
	case T_SLICE: sb_puts(b, "[]"); identity_key(b, t->elem); return;
	case T_POINTER: sb_puts(b, "*"); identity_key(b, t->elem); return;
	case T_CHAN:
		sb_puts(b, t->chandir == 1 ? "chan<- " : t->chandir == 2 ? "<-chan " : "chan ");
		identity_key(b, t->elem);
		return;
	case T_MAP:
		sb_puts(b, "map[");
		identity_key(b, t->key);
		sb_puts(b, "]");
		identity_key(b, t->elem);
		return;
	case T_STRUCT:
		sb_puts(b, "struct{");
		for (int i = 0; i < t->nfields; i++) {
			sb_printf(b, "%s%s ", t->fields[i].embedded ? "~" : "", t->fields[i].name);
			identity_key(b, t->fields[i].type);
			sb_putc(b, ';');
		}
		sb_puts(b, "}");
		return;
	case T_TUPLE:
		sb_putc(b, '(');
		for (int i = 0; i < t->nelems; i++) {
			identity_key(b, t->elems[i]);
			sb_putc(b, ',');
		}
		sb_putc(b, ')');
		return;
	case T_FUNC:
		sb_puts(b, t->variadic ? "func..." : "func");
		identity_key(b, t->params);
		identity_key(b, t->results);
		return;
	case T_INTERFACE:
		sb_puts(b, "interface{");
		for (int i = 0; i < t->nmethods; i++) {
			sb_printf(b, "%s ", t->methods[i].name);
			identity_key(b, t->methods[i].type);
			sb_putc(b, ';');
		}
		sb_puts(b, "}");
		return;
	default:
		sb_puts(b, ty_basic_name(t->kind));
		return;
	}
}

/* Mark in mask the pointer words of a value of type t at word `at`. */
static void pointer_words(Type *t, uint8_t *mask, int64_t at)
{
	Type *u = ty_under(cg_deftype(t));
	switch (u->kind) {
	case T_STRING: case T_SLICE: case T_POINTER: case T_MAP: case T_CHAN:
	case T_FUNC: case T_UNSAFEPTR:
		mask[at / 8] |= (uint8_t)(1u << (at % 8));
		return;
	case T_INTERFACE: /* the type word is static data; the data word points */
		at++;
		mask[at / 8] |= (uint8_t)(1u << (at % 8));
		return;
	case T_ARRAY:
		for (int64_t i = 0; i < u->len; i++)
			pointer_words(u->elem, mask, at + i * (u->elem->size / 8));
		return;
	case T_STRUCT:
		for (int i = 0; i < u->nfields; i++)
			pointer_words(u->fields[i].type, mask, at + u->fields[i].offset / 8);
		return;
	default:
		return;
	}
}

/* The pointer words of a value (or a tuple of values) of type t. */
static void slot_pointers(Type *t, uint8_t *mask)
{
	if (t->kind != T_TUPLE) {
		pointer_words(t, mask, 0);
		return;
	}
	int at = 0;
	for (int i = 0; i < t->nelems; i++) {
		pointer_words(t->elems[i], mask, at);
		at += cg_words(t->elems[i]);
	}
}

/* The pointer bitmap of a value of type t, NULL when it holds none. */
static const uint8_t *ptrmask(Cg *c, Type *t)
{
	int64_t words = (t->size + 7) / 8;
	uint8_t *mask = module_alloc(c->m, (size_t)(words + 7) / 8 + 1);
	pointer_words(t, mask, 0);
	for (int64_t i = 0; i < (words + 7) / 8; i++)
		if (mask[i])
			return mask;
	return NULL;
}

/* Fill in rt, t's descriptor, already cached: a recursive type (type
 * node struct{ kids []*node }) finds its own descriptor among its parts. */
static void build_rtype(Cg *c, Type *t, RType *rt)
{
	Type *u = ty_under(t);
	const char *name = ty_string(&c->arena, t);
	rt->kind = rkind(u->kind);
	rt->size = (uint32_t)t->size;
	rt->align = (uint32_t)t->align;
	rt->name = module_strdup(c->m, name, strlen(name));
	rt->ptrmask = ptrmask(c, t);
	if (u->kind == T_ARRAY)
		rt->len = (uint32_t)u->len;
	if (u->elem)
		rt->elem = cg_rtype(c, u->elem);
	if (u->key)
		rt->key = cg_rtype(c, u->key);
	if (u->kind == T_STRUCT && u->nfields > 0) {
		RField *f = module_alloc(c->m, (size_t)u->nfields * sizeof *f);
		for (int i = 0; i < u->nfields; i++) {
			f[i].name = module_strdup(c->m, u->fields[i].name, strlen(u->fields[i].name));
			f[i].type = cg_rtype(c, u->fields[i].type);
			f[i].offset = (uint32_t)u->fields[i].offset;
			f[i].embedded = u->fields[i].embedded;
		}
		rt->fields = f;
		rt->nfields = (uint32_t)u->nfields;
	}
	if (u->kind == T_FUNC && u->params->nelems > 0) {
		/* the parameters, for runtime.SetFinalizer's checks */
		int n = u->params->nelems;
		RField *f = module_alloc(c->m, (size_t)n * sizeof *f);
		for (int i = 0; i < n; i++)
			f[i].type = cg_rtype(c, u->params->elems[i]);
		rt->fields = f;
		rt->nfields = (uint32_t)n;
	}
	if (u->kind == T_FUNC)
		rt->len = u->variadic; /* 1: the last parameter is ...T */
	cg_method_table(c, t, rt);
}

/* The VM's canonical descriptor of t.  Basic types are cached per
 * compile by kind (their Types are shared by every compile); other Types
 * belong to this compile and cache their descriptor in t->cg. */
const RType *cg_rtype(Cg *c, Type *t)
{
	t = cg_deftype(t);
	bool basic = t->kind <= T_UNTYPED_NIL;
	const RType **cache = basic ? &c->basic_rtypes[t->kind] : (const RType **)&t->cg;
	if (*cache)
		return *cache;
	if (t->size < 0)
		ty_layout(t);
	StrBuf key = SB_INIT(c->mem);
	identity_key(&key, t);
	char *k = module_strdup(c->m, key.data, key.len);
	sb_free(&key);
	/* Interned before it is filled in, so that a recursive type (a
	 * struct holding a pointer to itself) finds itself in the cache. */
	RType *fresh = module_alloc(c->m, sizeof *fresh);
	const RType *rt = c->env->intern_rtype(c->env->ctx, fresh, k);
	*cache = rt;
	if (rt == fresh)
		build_rtype(c, t, fresh);
	return rt;
}

NativeFn cg_builtin_native(Cg *c, const char *name)
{
	const NativePackage *b = c->env->builtins;
	size_t n = strlen(name);
	for (int i = 0; i < b->ndecls; i++) {
		const char *d = b->decls[i].decl;
		if (strncmp(d, "func ", 5) == 0 && strncmp(d + 5, name, n) == 0 &&
		    d[5 + n] == '(')
			return b->decls[i].fn;
	}
	return NULL;
}

/* ---- functions ---- */

/* Parameters take slots 0.. in order; named results follow. */
static int declare_fields(Cg *c, NodeList *fields)
{
	int first = c->f->top;
	for (int i = 0; i < fields->len; i++) {
		Node *fld = NODE_AT(*fields, i);
		Type *t = fld->obj ? fld->obj->type : fld->a ? fld->a->type : NULL;
		if (fld->list.len == 0) {
			if (t)
				cg_alloc(c, t);
			continue;
		}
		for (int j = 0; j < fld->list.len; j++) {
			Node *id = NODE_AT(fld->list, j);
			Type *vt = id->obj ? id->obj->type : t;
			int slot = vt ? cg_alloc(c, vt) : c->f->top;
			if (id->obj)
				cg_bind(c, id->obj, slot);
		}
	}
	return first;
}

/* Parameters whose address is taken move to heap cells.  So do named
 * results, whose result slots are then filled from the cells by the
 * epilogue (cell_results). */
static void for_each_boxed(Cg *c, NodeList *fields, bool results)
{
	for (int i = 0; i < fields->len; i++) {
		Node *fld = NODE_AT(*fields, i);
		for (int j = 0; j < fld->list.len; j++) {
			Obj *o = NODE_AT(fld->list, j)->obj;
			if (!cg_boxed(o))
				continue;
			if (results) {
				CellResult *cr = arena_alloc(&c->arena, sizeof *cr);
				cr->obj = o;
				cr->slot = (int)(intptr_t)o->cg - 1;
				cg_declare_local(c, o);
				ptrvec_push(&c->arena, &c->f->cell_results, cr);
			} else {
				cg_box_param(c, o);
			}
		}
	}
}

/* The identifier of result variable o (a node for cg_store, cg_expr). */
static Node *result_ident(Cg *c, Obj *o)
{
	Node *id = ast_new(&c->arena, N_IDENT, o->pos);
	id->name = o->name;
	id->obj = o;
	id->type = o->type;
	id->mode = MODE_VARIABLE;
	return id;
}

void cg_store_results(Cg *c, int src)
{
	FuncState *f = c->f;
	/* all into the result slots (a cell's is overwritten by the
	 * epilogue), then the cells' share into the cells */
	if (src != f->result_slot)
		cg_move(c, f->result_slot, src, f->fn->nresults);
	for (int i = 0; i < f->cell_results.len; i++) {
		CellResult *cr = f->cell_results.items[i];
		cg_store(c, result_ident(c, cr->obj), cr->slot, cr->obj->type);
	}
}

/* The epilogue of a function with results in cells: the deferred calls,
 * then the cells' values into the result slots. */
static void cell_epilogue(Cg *c, FuncState *f)
{
	if (f->has_defer)
		cg_op(c, OP_RUNDEFERS, 0, 0, 0);
	for (int i = 0; i < f->cell_results.len; i++) {
		CellResult *cr = f->cell_results.items[i];
		cg_expr(c, result_ident(c, cr->obj), cr->slot);
	}
}

static bool has_names(NodeList *fields)
{
	for (int i = 0; i < fields->len; i++)
		if (NODE_AT(*fields, i)->list.len > 0)
			return true;
	return false;
}

#ifndef NDEBUG
/* Debug builds check every opcode is one and every jump lands inside the
 * function: a broken patch would otherwise run off into another
 * function's code. */
static void verify(const FuncState *f)
{
	for (int pc = 0; pc < f->ncode; pc++) {
		Instr i = f->code[pc];
		bool bad = INS_OP(i) >= OP__COUNT;
		if (!bad && op_jump_kind(INS_OP(i)) != OPND_NONE) {
			int target = op_jump_target(i, pc);
			bad = target < 0 || target > f->ncode;
		}
		if (bad) {
			fprintf(stderr, "gvm: internal error: bad instruction or jump at pc %d of %s\n",
				pc, f->fn->name);
			abort();
		}
	}
}
#endif

static void finish(Cg *c, FuncState *f, Func *fn)
{
#ifndef NDEBUG
	if (!c->failed)
		verify(f);
#endif
	defer_returns(f);
	zero_prologue(c, f, fn);
	fn->code = module_alloc(c->m, (size_t)f->ncode * sizeof(Instr) + 8);
	fn->lines = module_alloc(c->m, (size_t)f->ncode * sizeof(int32_t) + 4);
	memcpy(fn->code, f->code, (size_t)f->ncode * sizeof(Instr));
	memcpy(fn->lines, f->lines, (size_t)f->ncode * sizeof(int32_t));
	fn->ncode = f->ncode;
	fn->k = module_alloc(c->m, (size_t)f->nk * sizeof(uint64_t) + 8);
	if (f->nk)
		memcpy(fn->k, f->k, (size_t)f->nk * sizeof(uint64_t));
	fn->nk = f->nk;
	fn->nslots = f->maxslots > fn->nresults ? f->maxslots : fn->nresults;
	fn->ranges = module_alloc(c->m, (size_t)f->nranges * sizeof(SlotRange) + 8);
	for (int i = 0; i < f->nranges; i++)
		if (f->ranges[i].from != f->ranges[i].to) /* else popped at once */
			fn->ranges[fn->nranges++] = f->ranges[i];
	free_state(c, f);
}

/* The slots that instruction i surely writes, when the instruction
 * alone says how many: *first and the count (0 for none or unknown). */
static int fixed_def(Instr i, int *first)
{
	OpRange d = op_info[INS_OP(i)].def;
	*first = (int)op_range_slot(d, i);
	if (d.field == OPR_NONE || (d.width > 3 && d.width != OPW_B && d.width != OPW_C &&
				    d.width != OPW_X))
		return 0;
	return op_range_words(d, i, NULL);
}

/* The frame's slots above the parameters that may hold pointers must
 * never show the collector a stale word.  A slot that the code writes
 * before anything the collector could see happens (the straight run of
 * instructions from the start that neither jump, allocate, call, yield
 * nor panic: a literal's LDCELLs of its captured cells) is safe once its
 * pointer ranges start after that write.  The others are zeroed by a
 * ZERO of the span from the lowest to the highest, inserted before the
 * code (jumps are relative, so only the ranges move); functions without
 * such slots pay nothing. */
static void zero_prologue(Cg *c, FuncState *f, Func *fn)
{
	int nslots = f->maxslots > fn->nresults ? f->maxslots : fn->nresults;
	int *written = mem_alloc(c->mem, ((size_t)nslots + 1) * sizeof(int));
	int lo = INT_MAX, hi = -1;
	cg_free_to(c, 0);
	for (int s = 0; s <= nslots; s++)
		written[s] = -1;
	for (int pc = 0; pc < f->ncode; pc++) {
		Instr i = f->code[pc];
		if (op_info[INS_OP(i)].flags & (OPF_SAFEPOINT | OPF_PANIC | OPF_JUMP | OPF_ENDS))
			break;
		int first, n = fixed_def(i, &first);
		for (int s = first; s < first + n && s < nslots; s++)
			if (written[s] < 0)
				written[s] = pc;
	}
	for (int r = 0; r < f->nranges; r++) {
		SlotRange *sr = &f->ranges[r];
		if (sr->slot < fn->nparams || sr->from == sr->to)
			continue;
		int w = written[sr->slot];
		if (w >= 0) {
			/* from the write on, the slot holds what the code put there */
			if (sr->from <= w)
				sr->from = w + 1 < sr->to ? w + 1 : sr->to;
			continue;
		}
		lo = sr->slot < lo ? sr->slot : lo;
		hi = sr->slot > hi ? sr->slot : hi;
	}
	mem_free(c->mem, written);
	if (hi < 0)
		return;
	fn->zero_frame = true;
	cg_emit(c, 0); /* room for one more */
	memmove(f->code + 1, f->code, (size_t)(f->ncode - 1) * sizeof(Instr));
	memmove(f->lines + 1, f->lines, (size_t)(f->ncode - 1) * sizeof(int32_t));
	f->code[0] = ins_make(OP_ZERO, 0, (unsigned)lo, (unsigned)(hi - lo + 1), 0);
	f->lines[0] = f->lines[1];
	if (fn->recover_pc)
		fn->recover_pc++;
	for (int i = 0; i < f->nranges; i++) {
		if (f->ranges[i].from > 0 || f->ranges[i].slot >= fn->nparams)
			f->ranges[i].from++;
		f->ranges[i].to++;
	}
}

/* A function that defers returns with RETD, which runs the frame's
 * deferred calls first; every other return pays nothing for defer. */
static void defer_returns(FuncState *f)
{
	bool defers = false;
	for (int pc = 0; pc < f->ncode; pc++)
		defers |= INS_OP(f->code[pc]) == OP_DEFER || INS_OP(f->code[pc]) == OP_DEFERN ||
			  INS_OP(f->code[pc]) == OP_DEFERV;
	for (int pc = 0; defers && pc < f->ncode; pc++) {
		Instr i = f->code[pc];
		switch (INS_OP(i)) {
		case OP_RET: f->code[pc] = ins_make(OP_RETD, 0, INS_A(i), INS_B(i), 0); break;
		case OP_RET0: f->code[pc] = ins_make(OP_RETD, 0, 0, 0, 0); break;
		case OP_RET1: f->code[pc] = ins_make(OP_RETD, 0, INS_A(i), 1, 0); break;
		default: break;
		}
	}
}

static void free_state(Cg *c, FuncState *f)
{
	mem_free(c->mem, f->code);
	mem_free(c->mem, f->lines);
	mem_free(c->mem, f->k);
	mem_free(c->mem, f->ranges);
	mem_free(c->mem, f->open_range);
}

static void begin(Cg *c, FuncState *f, Func *fn)
{
	memset(f, 0, sizeof *f);
	f->fn = fn;
	f->result_slot = -1;
	c->f = f;
}

/* Whether a function body has a defer statement (function literals
 * will have their own). */
static bool has_defer(Node *n)
{
	if (!n || n->kind == N_FUNCLIT)
		return false;
	if (n->kind == N_DEFER)
		return true;
	if (has_defer(n->a) || has_defer(n->b) || has_defer(n->c) || has_defer(n->d))
		return true;
	NodeList *lists[3] = {&n->list, &n->list2, &n->list3};
	for (int l = 0; l < 3; l++)
		for (int i = 0; i < lists[l]->len; i++)
			if (has_defer(NODE_AT(*lists[l], i)))
				return true;
	return false;
}

/* Returns false, having compiled nothing, when the function needs long
 * jumps and long_jumps was not set. */
static bool compile_func_pass(Cg *c, Obj *o, bool long_jumps)
{
	Node *decl = o->decl;
	Node *ftype = decl->a;
	Func *fn = o->cg;
	FuncState f;
	int nsynth = c->synth.len;
	begin(c, &f, fn);
	f.long_jumps = long_jumps;
	f.is_lit = decl->kind == N_FUNCLIT;
	f.line = decl->pos.line;
	f.results = o->type->results;
	declare_fields(c, &decl->list); /* a method's receiver */
	declare_fields(c, &ftype->list);
	if (decl->kind == N_FUNCLIT)
		cg_closure_param(c, decl);
	fn->nparams = f.top;
	fn->closure = decl->kind == N_FUNCLIT;
	fn->nresults = cg_words(o->type->results);
	/* checker-made wrappers: hidden in tracebacks, transparent to recover */
	fn->autogen = o->wrapper;
	fn->wrapper = o->wrapper;
	f.has_defer = has_defer(decl->b);
	/* Go's tracebacks show most small functions as inlined, `f(...)`;
	 * main.main and the inits are never inlined and have no arguments,
	 * nor is a function that defers (Go 1.19 does not inline defer),
	 * which prints as f() when it has neither receiver nor parameters. */
	fn->has_params = o != c->prog->main_func && !is_init_func(c, o) &&
			 !(f.has_defer && decl->list.len == 0 &&
			   ty_under(o->type)->params->nelems == 0);
	if (has_names(&ftype->list2)) {
		f.result_slot = declare_fields(c, &ftype->list2);
		if (f.top > f.result_slot)
			cg_op(c, OP_ZERO, f.result_slot, f.top - f.result_slot, 0);
		for_each_boxed(c, &ftype->list2, true);
	} else if (f.has_defer && fn->nresults > 0) {
		/* hidden result slots: where a return puts its values */
		f.result_slot = cg_alloc(c, f.results);
		cg_op(c, OP_ZERO, f.result_slot, fn->nresults, 0);
	}
	if (decl->kind == N_FUNCDECL && decl->implicit)
		cg_panicwrap(c, decl, o);
	for_each_boxed(c, &decl->list, false);
	for_each_boxed(c, &ftype->list, false);
	if (decl->kind == N_FUNCLIT)
		cg_closure_captures(c, decl);
	cg_block(c, &decl->b->list);
	f.line = decl->b->pos2.line ? decl->b->pos2.line : f.line;
	cg_patch_here(c, &f.rets);
	if (f.has_defer)
		fn->recover_pc = cg_here(c);
	if (f.cell_results.len)
		cell_epilogue(c, &f);
	if (fn->nresults == 0)
		cg_op(c, OP_RET0, 0, 0, 0);
	else if (f.result_slot >= 0)
		cg_op(c, OP_RET, f.result_slot, fn->nresults, 0);
	else
		cg_op(c, OP_RET0, 0, 0, 0);
	for (Label *l = f.labels; l; l = l->next)
		mem_free(c->mem, l->gotos.pc);
	if (f.jump_overflow && !long_jumps) {
		c->synth.len = nsynth; /* the retry makes them again */
		for (int i = 0; i < f.bound.len; i++)
			((Obj *)f.bound.items[i])->cg = NULL;
		free_state(c, &f);
		return false;
	}
	finish(c, &f, fn);
	return true;
}

void cg_synth_begin(Cg *c, FuncState *f, Func *fn, int line)
{
	begin(c, f, fn);
	f->long_jumps = true;
	f->line = line;
}

void cg_synth_end(Cg *c, FuncState *f, FuncState *outer)
{
	Func *fn = f->fn;
	finish(c, f, fn);
	ptrvec_push(&c->arena, &c->synth, fn);
	c->f = outer;
}

/* The functions codegen made join the module's list (disasm shows them). */
static void add_synth(Cg *c)
{
	Module *m = c->m;
	if (c->synth.len == 0)
		return;
	Func **all = module_alloc(m, (size_t)(m->nfuncs + c->synth.len + 1) * sizeof(Func *));
	memcpy(all, m->funcs, (size_t)m->nfuncs * sizeof(Func *));
	for (int i = 0; i < c->synth.len; i++)
		all[m->nfuncs++] = c->synth.items[i];
	m->funcs = all;
}

void cg_compile_func(Cg *c, Obj *o)
{
	if (!compile_func_pass(c, o, false))
		compile_func_pass(c, o, true);
}

/* main.init: package variables in Go's initialisation order. */
static void compile_init(Cg *c, Func *fn)
{
	FuncState f;
	begin(c, &f, fn);
	for (int i = 0; i < c->prog->init_order.len; i++) {
		GlobalInit *gi = c->prog->init_order.items[i];
		if (gi->nrhs == 0)
			continue;
		f.line = gi->rhs[0]->pos.line;
		int save = f.top;
		if (gi->nlhs == gi->nrhs) {
			for (int j = 0; j < gi->nlhs; j++) {
				Type *t = gi->lhs[j] ? gi->lhs[j]->type : gi->rhs[j]->type;
				int w = cg_words(t);
				int s = cg_alloc(c, t);
				cg_expr(c, gi->rhs[j], s);
				if (gi->lhs[j])
					cg_op(c, OP_GSET, cg_global_k(c, gi->lhs[j]), s, w);
				cg_free_to(c, save);
			}
		} else {
			int s = cg_call(c, gi->rhs[0]);
			Type *tt = gi->rhs[0]->type;
			for (int j = 0; j < gi->nlhs && j < tt->nelems; j++) {
				int w = cg_words(tt->elems[j]);
				if (gi->lhs[j])
					cg_op(c, OP_GSET, cg_global_k(c, gi->lhs[j]), s, w);
				s += w;
			}
		}
		cg_free_to(c, save);
	}
	cg_op(c, OP_RET0, 0, 0, 0);
	finish(c, &f, fn);
}

static const char *abs_path(Cg *c, const char *filename);

static Func *new_func(Cg *c, const char *name)
{
	Func *fn = module_alloc(c->m, sizeof *fn);
	fn->name = module_strdup(c->m, name, strlen(name));
	fn->file = c->file;
	return fn;
}

/* Go 1.19's tracebacks elide an instance's type arguments:
 * "main.Map[int,string]" is main.Map[...]. */
static void elide_targs(char *name)
{
	char *w = name;
	for (const char *r = name; *r;) {
		if (*r != '[') {
			*w++ = *r++;
			continue;
		}
		int depth = 0;
		do {
			depth += *r == '[' ? 1 : *r == ']' ? -1 : 0;
			r++;
		} while (*r && depth > 0);
		memcpy(w, "[...]", 5);
		w += 5;
	}
	*w = 0;
}

Func *cg_new_func(Cg *c, Obj *o, const char *path)
{
	char name[512];
	if (cg_is_method(o))
		cg_func_name(o, name, sizeof name);
	else
		snprintf(name, sizeof name, "%s.%s", o->srcfile ? o->pkgpath : path, o->name);
	elide_targs(name);
	Func *fn = new_func(c, name);
	if (o->srcfile)
		fn->file = abs_path(c, o->srcfile);
	return fn;
}

static const char *abs_path(Cg *c, const char *filename)
{
	char cwd[4096];
	if (filename[0] == '/' || !getcwd(cwd, sizeof cwd))
		return module_strdup(c->m, filename, strlen(filename));
	size_t n = strlen(cwd) + strlen(filename) + 2;
	char *p = module_alloc(c->m, n);
	snprintf(p, n, "%s/%s", cwd, filename);
	return p;
}

/* Package variables: one block of the VM's global storage, each variable
 * at its word offset, the block's pointer bitmap marking their pointer
 * words.  A variable's Obj.cg is its address. */
static void assign_globals(Cg *c)
{
	PtrVec *globals = &c->prog->globals;
	int64_t words = 0;
	for (int i = 0; i < globals->len; i++)
		words += cg_words(((Obj *)globals->items[i])->type);
	if (words == 0)
		return;
	uint8_t *mask = arena_alloc(&c->arena, (size_t)(words + 7) / 8 + 1);
	words = 0;
	for (int i = 0; i < globals->len; i++) {
		Obj *o = globals->items[i];
		pointer_words(o->type, mask, words);
		words += cg_words(o->type);
	}
	uint64_t *block = c->env->globals(c->env->ctx, NULL, (size_t)words, mask);
	if (!block)
		cmem_fail(c->mem);
	if (!block) {
		diag_error(c->diag, (Pos){1, 1}, "fatal error: runtime: out of memory");
		c->failed = true;
		return;
	}
	words = 0;
	for (int i = 0; i < globals->len; i++) {
		Obj *o = globals->items[i];
		o->cg = block + words;
		words += cg_words(o->type);
	}
}

static bool is_init_func(Cg *c, Obj *o)
{
	for (int j = 0; j < c->prog->inits.len; j++)
		if (c->prog->inits.items[j] == o)
			return true;
	return false;
}

static void number_funcs(Cg *c)
{
	Module *m = c->m;
	int n = c->prog->funcs.len;
	m->funcs = module_alloc(m, (size_t)(n + 1) * sizeof(Func *));
	m->inits = module_alloc(m, (size_t)(c->prog->inits.len + 1) * sizeof(Func *));
	for (int i = 0; i < n; i++) {
		Obj *o = c->prog->funcs.items[i];
		m->funcs[i] = NULL;
		for (int j = 0; j < c->prog->inits.len; j++)
			if (c->prog->inits.items[j] == o) {
				char name[256];
				snprintf(name, sizeof name, "%s.init.%d", c->prog->path, j);
				m->funcs[i] = new_func(c, name);
			}
		if (!m->funcs[i])
			m->funcs[i] = cg_new_func(c, o, c->prog->path);
		o->cg = m->funcs[i];
	}
	m->nfuncs = n;
	for (int j = 0; j < c->prog->inits.len; j++) {
		Obj *o = c->prog->inits.items[j];
		m->inits[m->ninits++] = o->cg;
	}
	if (c->prog->main_func && c->prog->main_func->cg)
		m->main = c->prog->main_func->cg;
}

void cg_compile(const LinkEnv *env, Program *prog, const char *filename,
		Diag *diag, Mem *mem, Module *m)
{
	Cg c;
	memset(&c, 0, sizeof c);
	c.env = env;
	c.prog = prog;
	c.diag = diag;
	c.mem = mem;
	arena_init(&c.arena, mem);
	c.m = m;
	c.file = abs_path(&c, filename);
	assign_globals(&c);
	number_funcs(&c);
	cg_number_lits(&c);
	for (int i = 0; i < prog->funcs.len; i++)
		cg_compile_func(&c, prog->funcs.items[i]);
	cg_compile_lits(&c);
	add_synth(&c);
	char init[256];
	snprintf(init, sizeof init, "%s.init", prog->path);
	m->init = new_func(&c, init);
	compile_init(&c, m->init);
	arena_free(&c.arena);
	if (c.failed && diag_count(diag) == 0)
		diag_error(diag, (Pos){1, 1}, "internal error: code generation failed");
}
