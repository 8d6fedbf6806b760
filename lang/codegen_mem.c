/* codegen_mem.c: values in memory — fields, elements, pointers, composite
 * literals, slices and the builtins that make and grow them.
 *
 * An addressable expression compiles to a Place: either frame slots (a
 * local variable's own, or a temporary holding a struct or array value)
 * with a byte offset into their memory image, or a pointer held in a slot
 * plus a byte offset (a field through a pointer, an element of a slice, a
 * heap cell).  Loading a value of type T from a place is one typed
 * instruction: a sized load that normalises a scalar (LD8S … LDF32) or a
 * byte copy of the memory image (LDN); storing is the mirror (ST8 … STN).
 * The frame form (x&1) names the slot itself, so a field of a local struct
 * costs the same as a local; no pointer into the stack is ever kept.
 *
 * A whole local variable is the one place held normalised (an int8 local
 * is sign-extended in its slot, a float32 local a double); every part of
 * a struct or array is its memory image, exactly Go's layout.
 *
 * A local whose address is taken (the checker's addr_taken) lives in a
 * heap cell: its slot holds a pointer to a zeroed object allocated (NEW)
 * where the variable is declared, and every use goes through the cell.
 * Dynamically indexed local arrays are kept in cells too (the checker
 * marks them), so an element address is always a heap address; the only
 * stack address codegen makes (ADDR) is for an array value that is not a
 * variable, and it is used by the very next instruction.
 */
#include <string.h>

#include "codegen_internal.h"


static Type *t_uptr(void)
{
	return ty_basic(T_UNSAFEPTR);
}

static Type *ptr_to(Cg *c, Type *elem)
{
	Type *t = arena_alloc(&c->arena, sizeof *t);
	t->kind = T_POINTER;
	t->underlying = t;
	t->elem = elem;
	t->size = -1;
	return t;
}

static int64_t tsize(Type *t)
{
	t = cg_deftype(t);
	if (t->size < 0)
		ty_layout(t);
	return t->size;
}

static int rtk(Cg *c, Type *t)
{
	return cg_k(c, (uint64_t)(uintptr_t)cg_rtype(c, t));
}

static void store_place(Cg *c, Place *pl, Type *t, int src);

/* ---- locals in heap cells ---- */

bool cg_boxed(Obj *o)
{
	return o && o->kind == OBJ_VAR && o->addr_taken && !o->global && !o->native;
}

int cg_declare_local(Cg *c, Obj *o)
{
	if (!cg_boxed(o)) {
		int s = cg_alloc(c, o->type);
		cg_bind(c, o, s);
		return s;
	}
	int s = cg_alloc(c, ptr_to(c, o->type));
	cg_bind(c, o, s);
	cg_op(c, OP_NEW, s, rtk(c, o->type), 0);
	return -1;
}

void cg_box_param(Cg *c, Obj *o)
{
	int old = (int)(intptr_t)o->cg - 1;
	int s = cg_alloc(c, ptr_to(c, o->type));
	cg_op(c, OP_NEW, s, rtk(c, o->type), 0);
	cg_bind(c, o, s);
	Place pl = {PL_MEM, s, 0, false};
	store_place(c, &pl, o->type, old);
}

/* ---- loads and stores ---- */

static Opcode load_op(Type *t)
{
	switch (cg_kind(t)) {
	case T_BOOL: case T_UINT8: return OP_LD8U;
	case T_INT8: return OP_LD8S;
	case T_INT16: return OP_LD16S;
	case T_UINT16: return OP_LD16U;
	case T_INT32: return OP_LD32S;
	case T_UINT32: return OP_LD32U;
	case T_FLOAT32: return OP_LDF32;
	case T_INT: case T_INT64: case T_UINT: case T_UINT64: case T_UINTPTR:
	case T_FLOAT64: case T_POINTER: case T_MAP: case T_CHAN: case T_FUNC:
	case T_UNSAFEPTR:
		return OP_LD64;
	default:
		return OP_LDN;
	}
}

static Opcode store_op(Opcode ld)
{
	switch (ld) {
	case OP_LD8U: case OP_LD8S: return OP_ST8;
	case OP_LD16S: case OP_LD16U: return OP_ST16;
	case OP_LD32S: case OP_LD32U: return OP_ST32;
	case OP_LDF32: return OP_STF32;
	case OP_LD64: return OP_ST64;
	default: return OP_STN;
	}
}

/* A PL_MEM place whose offset fits the instruction: `limit` bytes. */
static void fit_offset(Cg *c, Place *pl, int64_t limit)
{
	if (pl->kind != PL_MEM || pl->off <= limit)
		return;
	int t = cg_alloc(c, t_uptr());
	int k = cg_alloc_scalar(c, 1);
	cg_load_int(c, k, pl->off);
	cg_op(c, OP_ADD, t, pl->slot, k);
	pl->slot = t;
	pl->off = 0;
}

/* Emit a load (store: a store) of type t between place pl and slots v. */
static void access(Cg *c, Place *pl, Type *t, int v, bool store)
{
	if (tsize(t) == 0)
		return;
	if (pl->kind == PL_SLOT && pl->whole) {
		if (store)
			cg_move(c, pl->slot, v, cg_words(t));
		else
			cg_move(c, v, pl->slot, cg_words(t));
		return;
	}
	if (pl->kind == PL_ELEM) {
		if (store)
			cg_op(c, OP_STIDX, pl->slot, v, pl->index);
		else
			cg_op(c, OP_LDIDX, v, pl->slot, pl->index);
		return;
	}
	Opcode ld = load_op(t);
	Opcode op = store ? store_op(ld) : ld;
	int frame = pl->kind == PL_SLOT;
	if (frame && ld == OP_LD64 && pl->off % 8 == 0) {
		/* a word of a value held in slots is that slot */
		int w = pl->slot + (int)(pl->off / 8);
		cg_move(c, store ? w : v, store ? v : w, 1);
		return;
	}
	if (ld == OP_LDN) {
		int a, x;
		if (frame) {
			a = pl->slot + (int)(pl->off / 8);
			x = 1 | (int)(pl->off % 8) << 1;
		} else {
			fit_offset(c, pl, 127);
			a = pl->slot;
			x = (int)pl->off << 1;
		}
		if (store)
			cg_opx(c, op, x, a, v, rtk(c, t));
		else
			cg_opx(c, op, x, v, a, rtk(c, t));
		return;
	}
	fit_offset(c, pl, 0xFFFF);
	Instr prev = cg_last(c) ? *cg_last(c) : 0;
	if (!store && op == OP_LD64 && !frame && INS_OP(prev) == OP_ST64 && INS_X(prev) == 0 &&
	    (int)INS_A(prev) == pl->slot && INS_C(prev) == pl->off) {
		/* the word just stored there (x = ...; return x) */
		cg_move(c, v, (int)INS_B(prev), 1);
		return;
	}
	if (store)
		cg_opx(c, op, frame, pl->slot, v, (int)pl->off);
	else
		cg_opx(c, op, frame, v, pl->slot, (int)pl->off);
}

/* A map place made a memory one: MAPSET (store) or MAPGET (load). */
static void map_access(Cg *c, Place *pl, bool store)
{
	int p = cg_alloc(c, t_uptr());
	cg_op(c, store ? OP_MAPSET : OP_MAPGET, p, pl->slot, rtk(c, pl->mtype));
	*pl = (Place){PL_MEM, p, pl->off, false, NULL};
}

void store_place(Cg *c, Place *pl, Type *t, int src)
{
	Place mp = *pl;
	if (mp.kind == PL_MAP)
		map_access(c, &mp, true);
	access(c, &mp, t, src, true);
}

static void load_place(Cg *c, Place *pl, Type *t, int dst)
{
	Place mp = *pl;
	if (mp.kind == PL_MAP)
		map_access(c, &mp, false);
	access(c, &mp, t, dst, false);
}

void cg_load_ptr(Cg *c, int p, Type *t, int dst)
{
	Place pl = {PL_MEM, p, 0, false, NULL};
	load_place(c, &pl, t, dst);
}

/* The map and key operands of m[k], in consecutive new slots. */
static int map_operands(Cg *c, Node *m, Node *k)
{
	int s = cg_alloc(c, m->type);
	cg_expr(c, m, s);
	int ks = cg_alloc(c, ty_under(cg_deftype(m->type))->key);
	cg_expr(c, k, ks);
	return s;
}

void cg_map_commaok(Cg *c, Node *e, int dst)
{
	int save = c->f->top;
	e = cg_unparen(e);
	Type *vt = e->type->elems[0];
	int s = map_operands(c, e->a, NODE_AT(e->list, 0));
	int p = cg_alloc(c, t_uptr());
	int ok = cg_alloc_scalar(c, 1);
	c->f->line = e->pos.line;
	cg_op(c, OP_MAPGET2, p, s, rtk(c, e->a->type));
	cg_load_ptr(c, p, vt, dst);
	cg_move(c, dst + cg_words(vt), ok, 1);
	cg_free_to(c, save);
}

/* ---- places ---- */

static bool place(Cg *c, Node *e, Place *pl);

static Type *under(Type *t)
{
	return ty_under(cg_deftype(t));
}

/* A value's place: an addressable expression's own, or a temporary's. */
static void value_place(Cg *c, Node *e, Place *pl)
{
	if (e->mode == MODE_VARIABLE && place(c, e, pl)) {
		if (pl->kind == PL_MAP)
			map_access(c, pl, false);
		cg_place_fix(c, pl);
		return;
	}
	int t = cg_alloc(c, e->type);
	cg_expr(c, e, t);
	*pl = (Place){PL_SLOT, t, 0, false};
}

/* The address of element slot i (slot holding the index) of an array or
 * slice whose (data, len) pair is at pair, into a new pointer slot. */
static int elem_addr(Cg *c, int pair, int idx, Type *elem)
{
	int64_t es = tsize(elem);
	int t = cg_alloc(c, t_uptr());
	if (es >= 1 && es <= 255) {
		cg_opx(c, OP_IDXADDR, (int)es, t, pair, idx);
		return t;
	}
	cg_opx(c, OP_IDXADDR, 1, t, pair, idx); /* the bounds check */
	int m = cg_alloc_scalar(c, 1);
	if (es <= INT16_MAX) {
		cg_op(c, OP_MULK, m, idx, (int)(uint16_t)es);
	} else {
		cg_load_int(c, m, es);
		cg_op(c, OP_MUL, m, m, idx);
	}
	cg_op(c, OP_ADD, t, pair, m);
	return t;
}

/* Element idx of the (data, len) pair: a PL_ELEM place when the element
 * is one word that LD64 would load, else its address (PL_MEM). */
static Place elem_place(Cg *c, int pair, int idx, Type *elem)
{
	if (tsize(elem) == 8 && load_op(elem) == OP_LD64)
		return (Place){PL_ELEM, pair, 0, false, NULL, idx};
	return (Place){PL_MEM, elem_addr(c, pair, idx, elem), 0, false};
}

bool cg_place_uses(Place *pl, int slot, int words)
{
	return pl->kind == PL_ELEM &&
	       ((pl->slot + 1 >= slot && pl->slot < slot + words) ||
		(pl->index >= slot && pl->index < slot + words));
}

void cg_place_fix(Cg *c, Place *pl)
{
	if (pl->kind != PL_ELEM)
		return;
	int t = cg_alloc(c, t_uptr());
	cg_opx(c, OP_IDXADDR, 8, t, pl->slot, pl->index);
	*pl = (Place){PL_MEM, t, 0, false};
}

/* A (data, len) pair for the array at place pl of length n: pl must be
 * PL_MEM (arrays that are indexed dynamically live in memory). */
static int array_pair(Cg *c, Place *pl, int64_t n)
{
	int pair = cg_alloc(c, t_uptr());
	cg_alloc_scalar(c, 1);
	if (pl->kind == PL_SLOT) {
		cg_op(c, OP_ADDR, pair, pl->slot + (int)(pl->off / 8), 0);
		cg_mark_stackref(c, pair);
		if (pl->off % 8)
			cg_op(c, OP_ADDK, pair, pair, (int)(pl->off % 8));
	} else {
		cg_op(c, OP_PTRADD, pair, pl->slot, 0);
		if (pl->off) {
			int k = cg_alloc_scalar(c, 1);
			cg_load_int(c, k, pl->off);
			cg_op(c, OP_ADD, pair, pair, k);
		}
	}
	cg_load_int(c, pair + 1, n);
	return pair;
}

static bool is_const_node(Node *e)
{
	return e->mode == MODE_CONST && e->cv;
}

static bool index_place(Cg *c, Node *e, Place *pl)
{
	Node *x = e->a, *i = NODE_AT(e->list, 0);
	Type *xu = under(x->type);
	Type *elem = NULL;
	if (xu->kind == T_SLICE) {
		int s = cg_operand(c, x);
		int oi = cg_operand(c, i);
		*pl = elem_place(c, s, oi, xu->elem);
		return true;
	}
	Place ap;
	int64_t n;
	if (xu->kind == T_POINTER) {
		Type *a = under(xu->elem);
		elem = a->elem;
		n = a->len;
		ap = (Place){PL_MEM, cg_operand(c, x), 0, false};
	} else {
		elem = xu->elem;
		n = xu->len;
		value_place(c, x, &ap);
	}
	if (is_const_node(i)) {
		*pl = ap;
		pl->whole = false;
		pl->off += const_int64(i->cv) * tsize(elem);
		if (ap.kind == PL_MEM && xu->kind == T_POINTER) {
			/* a nil *array panics even at a constant index */
			int t = cg_alloc(c, t_uptr());
			cg_op(c, OP_PTRADD, t, ap.slot, 0);
			pl->slot = t;
		}
		return true;
	}
	int oi = cg_operand(c, i);
	int pair = array_pair(c, &ap, n);
	*pl = elem_place(c, pair, oi, elem);
	return true;
}

static bool place(Cg *c, Node *e, Place *pl)
{
	e = cg_unparen(e);
	switch (e->kind) {
	case N_IDENT: {
		Obj *o = e->obj;
		if (!o || o->kind != OBJ_VAR || o->native)
			return false;
		if (o->global) {
			int t = cg_alloc(c, t_uptr());
			cg_op(c, OP_LOADK, t, cg_global_k(c, o), 0);
			*pl = (Place){PL_MEM, t, 0, false};
			return true;
		}
		int s = (int)(intptr_t)o->cg - 1;
		if (cg_boxed(o))
			*pl = (Place){PL_MEM, s, 0, false};
		else
			*pl = (Place){PL_SLOT, s, 0, true};
		return true;
	}
	case N_SELECTOR: {
		if (!e->field)
			return false;
		Node *x = e->a;
		if (under(x->type)->kind == T_POINTER) {
			tsize(under(x->type)->elem); /* the field offsets */
			*pl = (Place){PL_MEM, cg_operand(c, x), e->field->offset, false};
			return true;
		}
		value_place(c, x, pl);
		pl->off += e->field->offset;
		pl->whole = false;
		return true;
	}
	case N_INDEX:
		if (cg_kind(e->a->type) == T_STRING)
			return false;
		if (under(e->a->type)->kind == T_MAP) {
			int s = map_operands(c, e->a, NODE_AT(e->list, 0));
			*pl = (Place){PL_MAP, s, 0, false, under(e->a->type) == e->a->type ? e->a->type : e->a->type};
			return true;
		}
		return index_place(c, e, pl);
	case N_STAR:
		*pl = (Place){PL_MEM, cg_operand(c, e->a), 0, false};
		return true;
	default:
		return false;
	}
}

bool cg_place_of(Cg *c, Node *lhs, Place *pl, bool others)
{
	int top = c->f->top;
	if (!place(c, lhs, pl))
		return false;
	Node *x = cg_unparen(lhs);
	bool cell = x->kind == N_IDENT && cg_boxed(x->obj); /* never reassigned */
	if (others && pl->kind == PL_MEM && pl->slot < top && !cell) {
		/* a pointer variable: later assignments to it must not move
		 * this place */
		int t = cg_alloc(c, t_uptr());
		cg_move(c, t, pl->slot, 1);
		pl->slot = t;
	}
	return true;
}

void cg_place_store(Cg *c, Place *pl, Type *t, int src)
{
	store_place(c, pl, t, src);
}

void cg_place_load(Cg *c, Place *pl, Type *t, int dst)
{
	load_place(c, pl, t, dst);
}

bool cg_store_mem(Cg *c, Node *lhs, int src)
{
	int save = c->f->top;
	Place pl;
	if (!place(c, lhs, &pl))
		return false;
	store_place(c, &pl, lhs->type, src);
	cg_free_to(c, save);
	return true;
}

/* ---- composite literals ---- */

static void lit_elems(Cg *c, Node *n, Place *base, Type *u);

/* The element value e of type t stored at place pl. */
static void lit_store(Cg *c, Node *e, Type *t, Place *pl)
{
	int save = c->f->top;
	Node *v = cg_unparen(e);
	Type *vu = under(t);
	if (v->kind == N_COMPOSITE && (vu->kind == T_STRUCT || vu->kind == T_ARRAY) &&
	    ty_identical(cg_deftype(v->type), cg_deftype(t))) {
		lit_elems(c, v, pl, vu);
	} else {
		int s = cg_operand(c, e);
		store_place(c, pl, t, s);
	}
	cg_free_to(c, save);
}

/* Store the elements of literal n (struct or array type u) at base;
 * the memory there is already zero. */
static void lit_elems(Cg *c, Node *n, Place *base, Type *u)
{
	int64_t idx = 0;
	for (int i = 0; i < n->list.len; i++) {
		Node *e = NODE_AT(n->list, i);
		Place pl = *base;
		pl.whole = false;
		Type *t;
		if (u->kind == T_STRUCT) {
			Field *f = e->kind == N_KEYVALUE ? e->a->field : &u->fields[i];
			if (e->kind == N_KEYVALUE)
				e = e->b;
			t = f->type;
			pl.off += f->offset;
		} else {
			if (e->kind == N_KEYVALUE) {
				idx = const_int64(e->a->cv);
				e = e->b;
			}
			t = u->elem;
			pl.off += idx * tsize(t);
			idx++;
		}
		lit_store(c, e, t, &pl);
	}
}

/* The number of elements of an array or slice literal. */
static int64_t lit_len(Node *n)
{
	int64_t idx = 0, max = 0;
	for (int i = 0; i < n->list.len; i++) {
		Node *e = NODE_AT(n->list, i);
		if (e->kind == N_KEYVALUE)
			idx = const_int64(e->a->cv);
		idx++;
		if (idx > max)
			max = idx;
	}
	return max;
}

/* A new heap object of type t holding literal n; its pointer in p. */
static void lit_heap(Cg *c, Node *n, Type *t, int p)
{
	cg_op(c, OP_NEW, p, rtk(c, t), 0);
	Place pl = {PL_MEM, p, 0, false};
	lit_elems(c, n, &pl, under(t));
}

static void composite(Cg *c, Node *n, int dst)
{
	int save = c->f->top;
	Type *t = n->type, *u = under(t);
	if (u->kind == T_MAP) {
		int m = cg_alloc(c, t);
		int h = cg_alloc_scalar(c, 1);
		cg_load_int(c, h, n->list.len);
		c->f->line = n->pos.line;
		cg_op(c, OP_MAKEMAP, m, h, rtk(c, t));
		for (int i = 0; i < n->list.len; i++) {
			int s2 = c->f->top;
			Node *kv = NODE_AT(n->list, i);
			int ms = cg_alloc(c, t);
			cg_move(c, ms, m, 1);
			int ks = cg_alloc(c, u->key);
			cg_expr(c, kv->a, ks);
			/* the value first: the slot pointer is valid until the
			 * next insert */
			int vs = cg_alloc(c, u->elem);
			cg_expr(c, kv->b, vs);
			Place pl = {PL_MAP, ms, 0, false, t};
			store_place(c, &pl, u->elem, vs);
			cg_free_to(c, s2);
		}
		cg_move(c, dst, m, 1);
	} else if (u->kind == T_SLICE) {
		int64_t len = lit_len(n);
		Type *at = arena_alloc(&c->arena, sizeof *at);
		at->kind = T_ARRAY;
		at->underlying = at;
		at->elem = u->elem;
		at->len = len;
		at->size = -1;
		int s = cg_alloc(c, t);
		lit_heap(c, n, at, s);
		cg_load_int(c, s + 1, len);
		cg_load_int(c, s + 2, len);
		cg_move(c, dst, s, 3);
	} else {
		int w = cg_words(t);
		int s = cg_alloc(c, t);
		if (w)
			cg_op(c, OP_ZERO, s, w, 0);
		Place pl = {PL_SLOT, s, 0, false};
		lit_elems(c, n, &pl, u);
		cg_move(c, dst, s, w);
	}
	cg_free_to(c, save);
}

/* ---- addresses ---- */

static void address_of(Cg *c, Node *e, int dst)
{
	int save = c->f->top;
	Node *x = cg_unparen(e->a);
	if (x->kind == N_COMPOSITE) {
		int p = cg_alloc(c, e->type);
		TypeKind k = under(x->type)->kind;
		if (k == T_STRUCT || k == T_ARRAY) {
			lit_heap(c, x, x->type, p);
		} else {
			/* &[]T{…}, &map[K]V{…}: the value (a slice header, a
			 * map pointer) is made in slots, then stored into a
			 * new variable of its type */
			int v = cg_alloc(c, x->type);
			composite(c, x, v);
			cg_op(c, OP_NEW, p, rtk(c, x->type), 0);
			Place pl = {PL_MEM, p, 0, false};
			store_place(c, &pl, x->type, v);
		}
		cg_move(c, dst, p, 1);
		cg_free_to(c, save);
		return;
	}
	Place pl;
	bool ok = place(c, x, &pl);
	if (ok)
		cg_place_fix(c, &pl);
	if (!ok || pl.kind != PL_MEM) {
		cg_error(c, e->pos, "taking this address");
		return;
	}
	if (pl.off > 0xFFFF)
		fit_offset(c, &pl, 0);
	Instr *last = cg_last(c);
	if (pl.off == 0 && last && INS_OP(*last) == OP_IDXADDR && (int)INS_A(*last) == pl.slot &&
	    pl.slot >= save) {
		/* &a[i]: the element's address, never nil, is the result */
		*last = ins_make(OP_IDXADDR, INS_X(*last), (unsigned)dst, INS_B(*last), INS_C(*last));
		cg_free_to(c, save);
		return;
	}
	cg_op(c, OP_PTRADD, dst, pl.slot, (int)pl.off);
	cg_free_to(c, save);
}

/* ---- slicing ---- */

static void slice_expr(Cg *c, Node *e, int dst)
{
	int save = c->f->top;
	Node *x = e->a;
	Type *xu = under(x->type);
	int src = cg_alloc(c, e->type); /* (data, len, cap) of the operand */
	int flags = 0;
	Type *elem;
	if (xu->kind == T_SLICE) {
		elem = xu->elem;
		cg_expr(c, x, src);
	} else {
		flags |= SLX_ARRAY;
		Type *a = xu->kind == T_POINTER ? under(xu->elem) : xu;
		elem = a->elem;
		int p;
		if (xu->kind == T_POINTER) {
			p = cg_operand(c, x);
			cg_op(c, OP_PTRADD, src, p, 0);
		} else {
			Place pl;
			if (!place(c, x, &pl) || pl.kind != PL_MEM) {
				cg_error(c, e->pos, "slicing this array");
				return;
			}
			fit_offset(c, &pl, 0xFFFF);
			cg_op(c, OP_PTRADD, src, pl.slot, (int)pl.off);
		}
		cg_load_int(c, src + 1, a->len);
		cg_load_int(c, src + 2, a->len);
	}
	int ix = cg_alloc_scalar(c, 4);
	Node *lo = e->b, *hi = e->c, *max = e->d;
	if (lo)
		cg_expr(c, lo, ix);
	else
		cg_load_int(c, ix, 0);
	if (hi)
		cg_expr(c, hi, ix + 1);
	else
		cg_move(c, ix + 1, src + 1, 1);
	if (max)
		cg_expr(c, max, ix + 2);
	else
		cg_move(c, ix + 2, src + 2, 1);
	cg_load_int(c, ix + 3, tsize(elem));
	if ((lo && cg_is_signed(lo->type)) || (hi && cg_is_signed(hi->type)) ||
	    (max && cg_is_signed(max->type)))
		flags |= SLX_SIGNED;
	if (e->slice3)
		flags |= SLX_THREE;
	c->f->line = e->pos.line;
	cg_opx(c, OP_SLICE, flags, src, src, ix);
	cg_move(c, dst, src, 3);
	cg_free_to(c, save);
}

/* ---- expressions ---- */

bool cg_mem_expr(Cg *c, Node *e, int dst)
{
	int save = c->f->top;
	switch (e->kind) {
	case N_COMPOSITE:
		composite(c, e, dst);
		return true;
	case N_UNARY:
		if (e->op != TK_AND)
			return false;
		address_of(c, e, dst);
		return true;
	case N_SLICE:
		if (cg_kind(e->a->type) == T_STRING)
			return false;
		slice_expr(c, e, dst);
		return true;
	case N_INDEX: {
		Type *xu = under(e->a->type);
		if (xu->kind == T_STRING)
			return false;
		int64_t es = tsize(e->type);
		if (xu->kind == T_SLICE && es > 0 && es % 8 == 0 && es / 8 <= 255) {
			int s = cg_operand(c, e->a);
			int oi = cg_operand(c, NODE_AT(e->list, 0));
			c->f->line = e->pos.line;
			if (es == 8)
				cg_op(c, OP_LDIDX, dst, s, oi);
			else
				cg_opx(c, OP_SLICEIDX, (int)(es / 8), dst, s, oi);
			cg_free_to(c, save);
			return true;
		}
		break;
	}
	case N_SELECTOR:
		if (!e->field)
			return false;
		break;
	case N_STAR:
		break;
	case N_IDENT:
		if (!cg_boxed(e->obj))
			return false;
		break;
	default:
		return false;
	}
	Place pl;
	c->f->line = e->pos.line;
	if (!place(c, e, &pl)) {
		cg_error(c, e->pos, "this expression");
		return true;
	}
	load_place(c, &pl, e->type, dst);
	cg_free_to(c, save);
	return true;
}

/* Element h (a slot) of the array or slice value at slots x (type xt,
 * an array: its slots; a *array: its pointer; a slice: its header) into
 * dst: range's value variable. */
void cg_range_elem(Cg *c, Type *xt, int x, int h, int dst)
{
	int save = c->f->top;
	Type *xu = under(xt);
	Type *elem = xu->kind == T_POINTER ? under(xu->elem)->elem : xu->elem;
	int pair;
	if (xu->kind == T_SLICE) {
		pair = x;
	} else if (xu->kind == T_POINTER) {
		Place ap = {PL_MEM, x, 0, false};
		pair = array_pair(c, &ap, under(xu->elem)->len);
	} else {
		Place ap = {PL_SLOT, x, 0, false};
		pair = array_pair(c, &ap, xu->len);
	}
	Place pl = elem_place(c, pair, h, elem);
	load_place(c, &pl, elem, dst);
	cg_free_to(c, save);
}

/* ---- == on structs and arrays ---- */

void cg_compare_mem(Cg *c, int tok, int dst, Node *x, Node *y)
{
	int save = c->f->top;
	Type *t = x->type;
	int w = cg_words(t);
	int s = cg_alloc_n(c, t, 2);
	cg_expr(c, x, s);
	cg_expr(c, y, s + w);
	cg_opx(c, OP_EQV, tok == TK_NEQ, dst, s, rtk(c, t));
	cg_free_to(c, save);
}

/* ---- conversions ---- */

bool cg_conv_mem(Cg *c, Type *to, Node *x, int dst)
{
	Type *tu = under(to), *su = under(x->type);
	Opcode op;
	if (tu->kind == T_SLICE && (su->kind == T_STRING || su->kind == T_UNTYPED_STRING))
		op = under(tu->elem)->kind == T_UINT8 ? OP_STR2BYTES : OP_STR2RUNES;
	else if (tu->kind == T_STRING && su->kind == T_SLICE)
		op = under(su->elem)->kind == T_UINT8 ? OP_BYTES2STR : OP_RUNES2STR;
	else
		return false;
	/* a constant string's conversion has capacity = length, as in Go */
	bool exact = (op == OP_STR2BYTES || op == OP_STR2RUNES) && x->mode == MODE_CONST;
	int save = c->f->top;
	int o = cg_operand(c, x);
	int t = cg_alloc(c, to);
	cg_opx(c, op, exact, t, o, 0);
	cg_move(c, dst, t, cg_words(to));
	cg_free_to(c, save);
	return true;
}

/* ---- builtins ---- */

static void append_call(Cg *c, Node *e, int dst)
{
	Type *st = e->type;
	Type *elem = under(st)->elem;
	int s = cg_alloc(c, st);
	cg_expr(c, NODE_AT(e->list, 0), s);
	if (e->ellipsis) {
		Node *y = NODE_AT(e->list, 1);
		int o = cg_operand(c, y);
		c->f->line = e->pos.line;
		cg_op(c, OP_APPENDS, s, rtk(c, elem), o);
	} else {
		int n = e->list.len - 1;
		for (int at = 0; at < n; at += 255) {
			int in = c->f->top;
			int m = n - at < 255 ? n - at : 255;
			int v = cg_alloc_n(c, elem, m);
			for (int j = 0; j < m; j++)
				cg_expr(c, NODE_AT(e->list, 1 + at + j), v + j * cg_words(elem));
			c->f->line = e->pos.line;
			cg_opx(c, OP_APPENDV, m, s, rtk(c, elem), v);
			cg_free_to(c, in);
		}
	}
	if (dst >= 0)
		cg_move(c, dst, s, 3);
}

static void copy_call(Cg *c, Node *e, int dst)
{
	Node *d = NODE_AT(e->list, 0), *sn = NODE_AT(e->list, 1);
	int od = cg_operand(c, d);
	int os = cg_operand(c, sn);
	int b = cg_alloc(c, t_uptr());
	cg_alloc_scalar(c, 1);
	cg_alloc(c, t_uptr());
	cg_alloc_scalar(c, 2);
	cg_move(c, b, od, 2);
	cg_move(c, b + 2, os, 2);
	cg_load_int(c, b + 4, tsize(under(d->type)->elem));
	int r = cg_alloc_scalar(c, 1);
	cg_op(c, OP_COPY, r, b, 0);
	if (dst >= 0)
		cg_move(c, dst, r, 1);
}

bool cg_builtin_mem(Cg *c, Node *e, Builtin b, int dst)
{
	int save = c->f->top;
	Node *a0 = e->list.len ? NODE_AT(e->list, 0) : NULL;
	switch (b) {
	case BI_LEN:
	case BI_CAP: {
		Type *u = under(a0->type);
		if (u->kind == T_STRING || u->kind == T_UNTYPED_STRING)
			return false;
		if (u->kind == T_SLICE) {
			int o = cg_operand(c, a0);
			if (dst >= 0)
				cg_move(c, dst, o + (b == BI_LEN ? 1 : 2), 1);
		} else if (u->kind == T_MAP) {
			int o = cg_operand(c, a0);
			if (dst >= 0)
				cg_op(c, OP_MAPLEN, dst, o, 0);
		} else {
			/* an array (its length has calls in it: evaluate them) */
			Type *a = u->kind == T_POINTER ? under(u->elem) : u;
			cg_operand(c, a0);
			if (dst >= 0)
				cg_load_int(c, dst, a->len);
		}
		break;
	}
	case BI_NEW:
		if (dst >= 0)
			cg_op(c, OP_NEW, dst, rtk(c, under(e->type)->elem), 0);
		break;
	case BI_DELETE: {
		int s = map_operands(c, a0, NODE_AT(e->list, 1));
		c->f->line = e->pos.line;
		cg_op(c, OP_MAPDEL, 0, s, rtk(c, a0->type));
		break;
	}
	case BI_CLEAR: {
		int o = cg_operand(c, a0);
		if (under(a0->type)->kind == T_MAP) {
			cg_op(c, OP_MAPCLEAR, o, 0, 0);
			break;
		}
		int es = cg_alloc_scalar(c, 1);
		cg_load_int(c, es, tsize(under(a0->type)->elem));
		cg_op(c, OP_SLICECLR, o, es, 0);
		break;
	}
	case BI_MAKE: {
		if (under(e->type)->kind == T_MAP) {
			int h = cg_alloc_scalar(c, 1);
			if (e->list.len > 1)
				cg_expr(c, NODE_AT(e->list, 1), h);
			else
				cg_load_int(c, h, 0);
			int m = cg_alloc(c, e->type);
			c->f->line = e->pos.line;
			cg_op(c, OP_MAKEMAP, m, h, rtk(c, e->type));
			if (dst >= 0)
				cg_move(c, dst, m, 1);
			break;
		}
		Type *elem = under(e->type)->elem;
		int lc = cg_alloc_scalar(c, 2);
		cg_expr(c, NODE_AT(e->list, 1), lc);
		if (e->list.len > 2)
			cg_expr(c, NODE_AT(e->list, 2), lc + 1);
		else
			cg_move(c, lc + 1, lc, 1);
		int s = cg_alloc(c, e->type);
		c->f->line = e->pos.line;
		cg_op(c, OP_MAKESLICE, s, lc, rtk(c, elem));
		if (dst >= 0)
			cg_move(c, dst, s, 3);
		break;
	}
	case BI_APPEND:
		append_call(c, e, dst);
		break;
	case BI_COPY:
		copy_call(c, e, dst);
		break;
	default:
		return false;
	}
	cg_free_to(c, save);
	return true;
}
