/* codegen_stmt.c: statements and control flow.
 *
 * Each statement restores the frame's top when done, except declarations,
 * whose slots live until the end of the enclosing block.  Loops are
 * compiled with the condition at the bottom, so an iteration costs one
 * fused compare-and-branch:
 *
 *        init                      for range n:     h = 0; n' = n
 *        JMP cond                                   JMP cond
 *   body: ...                      body:            i = h; ...
 *   cont: post                     cont:            h = h + 1
 *   cond: if cond goto body        cond:            if h < n' goto body
 *   brk:
 *
 * break and continue jump through the Target stack (labels name a Target
 * explicitly); goto uses per-function Label records whose forward jumps
 * are patched when the label is reached.  A switch compares the tag with
 * each case value in source order, jumping to the case's body; the bodies
 * follow in order, so fallthrough is simply the absence of the jump to the
 * end.  A type switch has the same shape, its tests comparing the
 * interface's type word (codegen_iface.c).
 */
#include <stdlib.h>
#include <string.h>

#include "codegen_internal.h"

static bool is_blank(Node *e)
{
	e = cg_unparen(e);
	return e->kind == N_IDENT && (!e->obj || (e->name && strcmp(e->name, "_") == 0));
}

static int declare(Cg *c, Obj *o)
{
	return cg_declare_local(c, o);
}

/* A local variable's own slot, or -1 (globals, heap cells). */
static int own_slot(Node *x)
{
	x = cg_unparen(x);
	if (x->kind != N_IDENT || !x->obj || x->obj->kind != OBJ_VAR || x->obj->global ||
	    x->obj->native || cg_boxed(x->obj) || !x->obj->cg)
		return -1;
	return (int)(intptr_t)x->obj->cg - 1;
}

void cg_block(Cg *c, NodeList *stmts)
{
	for (int i = 0; i < stmts->len; i++)
		cg_stmt(c, NODE_AT(*stmts, i));
}

void cg_store(Cg *c, Node *lhs, int src, Type *t)
{
	lhs = cg_unparen(lhs);
	if (is_blank(lhs))
		return;
	if (own_slot(lhs) < 0 && cg_store_mem(c, lhs, src))
		return;
	if (lhs->kind != N_IDENT || !lhs->obj || lhs->obj->kind != OBJ_VAR ||
	    lhs->obj->native) {
		cg_error(c, lhs->pos, "assignment to this expression");
		return;
	}
	int g, s = cg_var_slot(c, lhs->obj, &g);
	int w = cg_words(lhs->obj->type);
	if (s >= 0)
		cg_move(c, s, src, w);
	else
		cg_op(c, OP_GSET, g, src, w);
}

/* One value into one variable, computing straight into a local's slot. */
static void assign1(Cg *c, Node *lhs, Node *rhs)
{
	int save = c->f->top;
	lhs = cg_unparen(lhs);
	if (!is_blank(lhs) && own_slot(lhs) >= 0) {
		int s = own_slot(lhs);
		cg_expr(c, rhs, s);
	} else {
		/* Go evaluates the left side's index operands and pointers
		 * before the right side */
		Place pl;
		if (!is_blank(lhs) && cg_place_of(c, lhs, &pl, false)) {
			int t = cg_operand(c, rhs);
			cg_place_store(c, &pl, lhs->type, t);
		} else {
			int t = cg_operand(c, rhs);
			cg_store(c, lhs, t, rhs->type);
		}
	}
	cg_free_to(c, save);
}

/* lhs... = f() with a multi-valued f. */
static void assign_tuple(Cg *c, NodeList *lhs, Node *call)
{
	int save = c->f->top;
	Node *e = cg_unparen(call);
	if ((e->kind != N_CALL && e->kind != N_INDEX && e->kind != N_TYPEASSERT) ||
	    !e->type || e->type->kind != T_TUPLE) {
		cg_error(c, call->pos, "this multi-value assignment");
		return;
	}
	int r;
	if (e->kind == N_INDEX) {
		r = cg_alloc(c, e->type);
		cg_map_commaok(c, e, r);
	} else {
		r = cg_call(c, e);
	}
	for (int i = 0; i < lhs->len && i < e->type->nelems; i++) {
		Node *l = cg_unparen(NODE_AT(*lhs, i));
		Type *vt = e->type->elems[i];
		Type *lt = is_blank(l) ? NULL : l->obj ? l->obj->type : l->type;
		if (lt && cg_kind(lt) == T_INTERFACE && cg_kind(vt) != T_INTERFACE) {
			/* var a, b any = f(): the value enters an interface */
			int in = c->f->top, t = cg_alloc(c, lt);
			cg_expr(c, cg_implicit(c, cg_slot_ident(c, vt, r, l->pos), lt), t);
			cg_store(c, l, t, lt);
			cg_free_to(c, in);
		} else {
			cg_store(c, l, r, vt);
		}
		r += cg_words(vt);
	}
	cg_free_to(c, save);
}

/* Whether expression e names variable o. */
static bool mentions(Node *e, Obj *o)
{
	if (!e)
		return false;
	if (e->kind == N_IDENT)
		return e->obj == o;
	if (mentions(e->a, o) || mentions(e->b, o) || mentions(e->c, o) || mentions(e->d, o))
		return true;
	NodeList *lists[3] = {&e->list, &e->list2, &e->list3};
	for (int l = 0; l < 3; l++)
		for (int i = 0; i < lists[l]->len; i++)
			if (mentions(NODE_AT(*lists[l], i), o))
				return true;
	return false;
}

/* Whether the i-th right side of lhs... = rhs... may be computed straight
 * into its variable: every left side is a distinct local in its own
 * slots (so the stores are only these), and no right side after the i-th
 * reads the i-th variable (each would see the new value). */
static bool assign_direct(NodeList *lhs, NodeList *rhs, int i)
{
	for (int j = 0; j < lhs->len; j++) {
		Node *l = cg_unparen(NODE_AT(*lhs, j));
		if (is_blank(l) || own_slot(l) < 0)
			return false;
		for (int k = 0; k < j; k++)
			if (cg_unparen(NODE_AT(*lhs, k))->obj == l->obj)
				return false;
	}
	Obj *o = cg_unparen(NODE_AT(*lhs, i))->obj;
	for (int j = i + 1; j < rhs->len; j++)
		if (mentions(NODE_AT(*rhs, j), o))
			return false;
	return true;
}

/* lhs... = rhs...: every right side is evaluated before any store (into
 * temporaries, or straight into a variable no later right side reads). */
static void assign_n(Cg *c, NodeList *lhs, NodeList *rhs)
{
	int save = c->f->top;
	int *tmp = arena_alloc(&c->arena, (size_t)rhs->len * sizeof(int));
	Place *pl = arena_alloc(&c->arena, (size_t)lhs->len * sizeof(Place) + 1);
	bool *has = arena_alloc(&c->arena, (size_t)lhs->len + 1);
	bool *direct = arena_alloc(&c->arena, (size_t)lhs->len + 1);
	for (int i = 0; i < lhs->len; i++) {
		Node *l = NODE_AT(*lhs, i);
		has[i] = !is_blank(l) && own_slot(l) < 0 && cg_place_of(c, l, &pl[i], true);
	}
	/* An element place names its slice and index by their slots: if
	 * this statement assigns one of those variables, the element's
	 * address is taken now, as Go evaluates index operands first. */
	for (int i = 0; i < lhs->len; i++) {
		for (int j = 0; has[i] && j < lhs->len; j++) {
			Node *l = NODE_AT(*lhs, j);
			int s = is_blank(l) ? -1 : own_slot(l);
			if (s >= 0 && cg_place_uses(&pl[i], s, cg_words(l->type)))
				cg_place_fix(c, &pl[i]);
		}
	}
	for (int i = 0; i < rhs->len; i++) {
		Node *r = NODE_AT(*rhs, i);
		direct[i] = i < lhs->len && assign_direct(lhs, rhs, i);
		tmp[i] = direct[i] ? own_slot(NODE_AT(*lhs, i)) : cg_alloc(c, r->type);
		cg_expr(c, r, tmp[i]);
	}
	for (int i = 0; i < lhs->len; i++) {
		if (direct[i])
			continue;
		if (has[i])
			cg_place_store(c, &pl[i], NODE_AT(*lhs, i)->type, tmp[i]);
		else
			cg_store(c, NODE_AT(*lhs, i), tmp[i], NODE_AT(*rhs, i)->type);
	}
	cg_free_to(c, save);
}

static void assign_op(Cg *c, Node *s)
{
	Node *lhs = cg_unparen(NODE_AT(s->list, 0));
	Node *rhs = NODE_AT(s->list2, 0);
	int save = c->f->top;
	int slot = own_slot(lhs);
	Place pl;
	if (slot >= 0) {
		cg_arith(c, s->op, lhs->type, slot, lhs, rhs);
	} else if (cg_place_of(c, lhs, &pl, false)) {
		/* the place's operands (m and k of m[k], the pointer of *f(),
		 * the index of a[i()]) are evaluated once */
		int t = cg_alloc(c, lhs->type);
		cg_place_load(c, &pl, lhs->type, t);
		cg_arith(c, s->op, lhs->type, t, cg_slot_ident(c, lhs->type, t, lhs->pos), rhs);
		cg_place_store(c, &pl, lhs->type, t);
	} else {
		int t = cg_alloc(c, lhs->type);
		cg_arith(c, s->op, lhs->type, t, lhs, rhs);
		cg_store(c, lhs, t, lhs->type);
	}
	cg_free_to(c, save);
}

static void assign(Cg *c, Node *s)
{
	if (s->op != TK_ASSIGN && s->op != TK_DEFINE) {
		assign_op(c, s);
		return;
	}
	if (s->op == TK_DEFINE) {
		/* New variables get their slots first, so that temporaries
		 * of the right side are pushed above them. */
		for (int i = 0; i < s->list.len; i++) {
			Node *l = NODE_AT(s->list, i);
			if (!is_blank(l) && l->obj && !l->obj->cg)
				declare(c, l->obj);
		}
	}
	if (s->list2.len == 1 && s->list.len > 1)
		assign_tuple(c, &s->list, NODE_AT(s->list2, 0));
	else if (s->list.len == 1)
		assign1(c, NODE_AT(s->list, 0), NODE_AT(s->list2, 0));
	else
		assign_n(c, &s->list, &s->list2);
}

static void var_spec(Cg *c, Node *spec)
{
	for (int i = 0; i < spec->list.len; i++) {
		Node *id = NODE_AT(spec->list, i);
		if (!is_blank(id))
			declare(c, id->obj);
	}
	if (spec->list2.len == 0) {
		for (int i = 0; i < spec->list.len; i++) {
			Node *id = NODE_AT(spec->list, i);
			if (!is_blank(id) && own_slot(id) >= 0 && cg_words(id->obj->type))
				cg_op(c, OP_ZERO, own_slot(id), cg_words(id->obj->type), 0);
		}
	} else if (spec->list2.len == 1 && spec->list.len > 1) {
		assign_tuple(c, &spec->list, NODE_AT(spec->list2, 0));
	} else {
		for (int i = 0; i < spec->list.len; i++)
			assign1(c, NODE_AT(spec->list, i), NODE_AT(spec->list2, i));
	}
}

static void decl(Cg *c, Node *d)
{
	if (d->kind != N_GENDECL || d->op != TK_VAR)
		return;
	for (int i = 0; i < d->list.len; i++)
		var_spec(c, NODE_AT(d->list, i));
}

static void incdec(Cg *c, Node *s)
{
	Node *x = cg_unparen(s->a);
	int save = c->f->top;
	int local = own_slot(x);
	Place pl;
	bool in_place = local < 0 && cg_place_of(c, x, &pl, false);
	int t = local;
	if (in_place) { /* the place's operands are evaluated once */
		t = cg_alloc(c, x->type);
		cg_place_load(c, &pl, x->type, t);
	} else if (local < 0) {
		t = cg_operand(c, x);
	}
	TypeKind k = cg_kind(x->type);
	if (k == T_FLOAT32 || k == T_FLOAT64) {
		double one = 1.0;
		uint64_t bits;
		memcpy(&bits, &one, 8);
		int o = cg_alloc_scalar(c, 1);
		cg_op(c, OP_LOADK, o, cg_k(c, bits), 0);
		cg_op(c, s->op == TK_INC ? OP_ADDF : OP_SUBF, t, t, o);
		if (k == T_FLOAT32)
			cg_op(c, OP_F32, t, t, 0);
	} else {
		cg_op(c, OP_ADDK, t, t, s->op == TK_INC ? 1 : (uint16_t)-1);
		int ext = cg_ext_op(x->type);
		if (ext >= 0)
			cg_op(c, (Opcode)ext, t, t, 0);
	}
	if (in_place)
		cg_place_store(c, &pl, x->type, t);
	else if (local < 0)
		cg_store(c, x, t, x->type);
	cg_free_to(c, save);
}

/* ---- control flow ---- */

static Target *push_target(Cg *c, Target *t, Obj *label, bool is_loop)
{
	memset(t, 0, sizeof *t);
	t->label = label;
	t->is_loop = is_loop;
	t->outer = c->f->targets;
	c->f->targets = t;
	return t;
}

static void pop_target(Cg *c, Target *t)
{
	cg_patch_here(c, &t->breaks);
	mem_free(c->mem, t->continues.pc);
	c->f->targets = t->outer;
}

static void patch_to(Cg *c, Jumps *j, int target)
{
	for (int i = 0; i < j->len; i++)
		cg_patch(c, j->pc[i], target);
	mem_free(c->mem, j->pc);
	memset(j, 0, sizeof *j);
}

static void if_stmt(Cg *c, Node *s)
{
	int save = c->f->top;
	Jumps f = {0};
	if (s->a)
		cg_stmt(c, s->a);
	c->f->line = s->b->pos.line;
	cg_cond(c, s->b, false, &f);
	cg_stmt(c, s->c);
	if (s->d) {
		int end = cg_jump(c, OP_JMP, 0, 0);
		cg_patch_here(c, &f);
		cg_stmt(c, s->d);
		cg_patch(c, end, cg_here(c));
	} else {
		cg_patch_here(c, &f);
	}
	cg_free_to(c, save);
}

/* The increment-and-branch fusing `ADDK a, a, imm` with the fused test
 * `J<op> a, …` that follows it, or -1. */
static int loop_op(unsigned jump)
{
	switch (jump) {
	case OP_JLT: return OP_INCJLT;
	case OP_JLE: return OP_INCJLE;
	case OP_JLTK: return OP_INCJLTK;
	case OP_JLEK: return OP_INCJLEK;
	case OP_JGTK: return OP_INCJGTK;
	case OP_JGEK: return OP_INCJGEK;
	case OP_JLTC: return OP_INCJLTC;
	case OP_JLEC: return OP_INCJLEC;
	default: return -1;
	}
}

/* A counted loop's bottom, `i += step` (post, one ADDK) then `i < n`
 * (cond, one fused jump back), becomes one instruction, as Lua's FORLOOP:
 * a dispatch saved per iteration.  continue already targets post, where
 * the fused instruction stays; nothing jumps to cond. */
static void fuse_loop_bottom(Cg *c, int post, int cond)
{
	FuncState *f = c->f;
	if (cond != post + 1 || f->ncode != cond + 1)
		return;
	Instr add = f->code[post], test = f->code[cond];
	int op = loop_op(INS_OP(test));
	int64_t step = INS_SC(add);
	if (INS_OP(add) != OP_ADDK || INS_A(add) != INS_B(add) ||
	    INS_A(test) != INS_A(add) || op < 0 || step < -128 || step > 127)
		return;
	int target = cond + 1 + INS_SC(test);
	int off = target - (post + 1);
	f->code[post] = ins_make((unsigned)op, (unsigned)(uint8_t)(int8_t)step,
				 INS_A(test), INS_B(test), (uint16_t)(int16_t)off);
	f->ncode--;
	for (int i = 0; i < f->nranges; i++) {
		if (f->ranges[i].from > cond)
			f->ranges[i].from--;
		if (f->ranges[i].to > cond)
			f->ranges[i].to--;
	}
}

/* for init; cond; post { body }, rotated so that the test runs at the
 * bottom (one jump per iteration), with a copy of it at the top for the
 * first iteration:
 *
 *	init
 *	if !cond goto exit
 *   body:
 *	body
 *   continue:
 *	post
 *	if cond goto body
 *   exit:
 */
static void for_stmt(Cg *c, Node *s, Obj *label)
{
	int save = c->f->top;
	Target t;
	Jumps exit = {0};
	if (s->a)
		cg_stmt(c, s->a);
	push_target(c, &t, label, true);
	if (s->b) {
		c->f->line = s->b->pos.line;
		cg_cond(c, s->b, false, &exit);
	}
	int body = cg_here(c);
	cg_stmt(c, s->d);
	cg_patch_here(c, &t.continues);
	cg_loop_vars_fresh(c, s->a);
	int post = cg_here(c);
	if (s->c)
		cg_stmt(c, s->c);
	if (s->b) {
		Jumps j = {0};
		int cond = cg_here(c);
		c->f->line = s->b->pos.line;
		cg_cond(c, s->b, true, &j);
		patch_to(c, &j, body);
		if (s->c && !c->f->long_jumps)
			fuse_loop_bottom(c, post, cond);
	} else {
		cg_patch(c, cg_jump(c, OP_JMP, 0, 0), body);
	}
	cg_patch_here(c, &exit);
	pop_target(c, &t);
	cg_free_to(c, save);
}

/* The key and value variables of a range statement. */
static void range_vars(Cg *c, Node *s)
{
	if (s->op != TK_DEFINE)
		return;
	if (s->a && !is_blank(s->a) && s->a->obj)
		declare(c, s->a->obj);
	if (s->b && !is_blank(s->b) && s->b->obj)
		declare(c, s->b->obj);
}

static void range_map(Cg *c, Node *s, Obj *label)
{
	int save = c->f->top;
	Node *x = s->c;
	Type *u = ty_under(x->type);
	Target t;
	int m = cg_alloc(c, x->type);
	cg_expr(c, x, m);
	int it = cg_alloc(c, ty_basic(T_UNSAFEPTR));
	c->f->line = s->pos.line;
	cg_op(c, OP_MAPITER, it, m, 0);
	int kv = cg_alloc_n(c, ty_basic(T_UNSAFEPTR), 2);
	int ks = cg_alloc(c, u->key), vs = cg_alloc(c, u->elem);
	range_vars(c, s);
	push_target(c, &t, label, true);
	int top = cg_here(c);
	cg_op(c, OP_MAPNEXT, kv, it, 0);
	int done = cg_jump(c, OP_JEQK, kv, 0);
	if (s->a && !is_blank(s->a)) {
		cg_load_ptr(c, kv, u->key, ks);
		cg_store(c, s->a, ks, u->key);
	}
	if (s->b && !is_blank(s->b)) {
		cg_load_ptr(c, kv + 1, u->elem, vs);
		cg_store(c, s->b, vs, u->elem);
	}
	cg_stmt(c, s->d);
	cg_patch_here(c, &t.continues);
	cg_patch(c, cg_jump(c, OP_JMP, 0, 0), top);
	cg_patch(c, done, cg_here(c));
	pop_target(c, &t);
	cg_free_to(c, save);
}

static void range_stmt(Cg *c, Node *s, Obj *label)
{
	int save = c->f->top;
	Node *x = s->c;
	TypeKind k = cg_kind(x->type);
	if (k == T_MAP) {
		range_map(c, s, label);
		return;
	}
	Target t;
	int h = cg_alloc_scalar(c, 1), n, str = -1, rn = -1, sl = -1;
	if (k == T_STRING) {
		str = cg_alloc(c, x->type);
		cg_expr(c, x, str);
		n = cg_alloc_scalar(c, 1);
		cg_op(c, OP_SLEN, n, str, 0);
		rn = cg_alloc_scalar(c, 2); /* the rune and the next index */
	} else if (k == T_SLICE || k == T_ARRAY || k == T_POINTER) {
		Type *xu = ty_under(x->type);
		Type *at = k == T_POINTER ? ty_under(xu->elem) : xu;
		sl = cg_alloc(c, x->type);
		if (k == T_ARRAY && !s->b) {
			/* only the count matters: the array is not copied */
			n = cg_alloc_scalar(c, 1);
			cg_load_int(c, n, at->len);
		} else {
			cg_expr(c, x, sl);
			if (k == T_SLICE) {
				n = sl + 1;
			} else {
				n = cg_alloc_scalar(c, 1);
				cg_load_int(c, n, at->len);
			}
		}
		rn = cg_alloc(c, at->elem);
	} else if (ty_is_integer(cg_deftype(x->type))) {
		n = cg_alloc_scalar(c, 1);
		cg_expr(c, x, n);
	} else {
		cg_error(c, x->pos, "range over this type");
		return;
	}
	cg_load_int(c, h, 0);
	range_vars(c, s);
	push_target(c, &t, label, true);
	int to_cond = cg_jump(c, OP_JMP, 0, 0);
	int body = cg_here(c);
	if (s->op == TK_DEFINE)
		cg_range_vars_fresh(c, s);
	if (str >= 0)
		cg_op(c, OP_STRNEXT, rn, str, h);
	if (s->a)
		cg_store(c, s->a, h, ty_basic(T_INT));
	if (s->b && str >= 0) {
		cg_store(c, s->b, rn, ty_basic(T_INT32));
	} else if (s->b && sl >= 0) {
		cg_range_elem(c, x->type, sl, h, rn);
		cg_store(c, s->b, rn, NULL);
	}
	cg_stmt(c, s->d);
	cg_patch_here(c, &t.continues);
	if (str >= 0)
		cg_op(c, OP_MOV, h, rn + 1, 0);
	else
		cg_op(c, OP_ADDK, h, h, 1);
	cg_patch(c, to_cond, cg_here(c));
	cg_patch(c, cg_jump(c, OP_JLT, h, n), body);
	pop_target(c, &t);
	cg_free_to(c, save);
}

/* Jump to j when the value in slot tag (type t) equals v: the
 * comparison tag == v, of any comparable types (an interface tag and a
 * concrete case, structs ...). */
static void case_jump(Cg *c, int tag, Type *t, Node *v, Jumps *j)
{
	int save = c->f->top;
	Node *eq = ast_new(&c->arena, N_BINARY, v->pos);
	eq->op = TK_EQL;
	eq->a = cg_slot_ident(c, t, tag, v->pos);
	eq->b = v;
	eq->type = ty_basic(T_UNTYPED_BOOL);
	eq->mode = MODE_VALUE;
	cg_cond(c, eq, true, j);
	cg_free_to(c, save);
}

static bool ends_in_fallthrough(NodeList *body)
{
	if (body->len == 0)
		return false;
	Node *last = NODE_AT(*body, body->len - 1);
	return last->kind == N_BRANCH && last->op == TK_FALLTHROUGH;
}

static void switch_stmt(Cg *c, Node *s, Obj *label)
{
	int save = c->f->top;
	int n = s->list.len, dflt = -1, tag = -1;
	Target t;
	Jumps end = {0};
	Jumps *bodies = arena_alloc(&c->arena, (size_t)(n + 1) * sizeof(Jumps));
	if (s->a)
		cg_stmt(c, s->a);
	if (s->b) {
		tag = cg_alloc(c, s->b->type);
		cg_expr(c, s->b, tag);
	}
	push_target(c, &t, label, false);
	for (int i = 0; i < n; i++) {
		Node *cs = NODE_AT(s->list, i);
		if (cs->is_default) {
			dflt = i;
			continue;
		}
		for (int j = 0; j < cs->list.len; j++) {
			Node *v = NODE_AT(cs->list, j);
			c->f->line = v->pos.line;
			if (tag >= 0)
				case_jump(c, tag, s->b->type, v, &bodies[i]);
			else
				cg_cond(c, v, true, &bodies[i]);
		}
	}
	cg_jumps_add(c, dflt >= 0 ? &bodies[dflt] : &end, cg_jump(c, OP_JMP, 0, 0));
	for (int i = 0; i < n; i++) {
		Node *cs = NODE_AT(s->list, i);
		int in = c->f->top;
		cg_patch_here(c, &bodies[i]);
		cg_block(c, &cs->list2);
		cg_free_to(c, in);
		if (!ends_in_fallthrough(&cs->list2) && i < n - 1)
			cg_jumps_add(c, &end, cg_jump(c, OP_JMP, 0, 0));
	}
	cg_patch_here(c, &end);
	pop_target(c, &t);
	cg_free_to(c, save);
}

/* The interface operand x of a type switch's guard x.(type). */
static Node *guard_operand(Node *guard)
{
	Node *g = guard->kind == N_ASSIGN ? NODE_AT(guard->list2, 0) : guard->a;
	return cg_unparen(g)->a;
}

/* switch x := v.(type): the cases' tests in source order, each jumping to
 * its clause, then a jump to default (or out); the clauses follow, each
 * first giving its own x its value. */
static void type_switch(Cg *c, Node *s, Obj *label)
{
	int save = c->f->top;
	int n = s->list.len, dflt = -1;
	Target t;
	Jumps end = {0};
	Jumps *bodies = arena_alloc(&c->arena, (size_t)(n + 1) * sizeof(Jumps));
	if (s->a)
		cg_stmt(c, s->a);
	Node *x = guard_operand(s->b);
	int iv = cg_operand(c, x);
	push_target(c, &t, label, false);
	for (int i = 0; i < n; i++) {
		Node *cs = NODE_AT(s->list, i);
		if (cs->is_default)
			dflt = i;
		for (int j = 0; j < cs->list.len; j++) {
			Node *e = NODE_AT(cs->list, j);
			c->f->line = e->pos.line;
			cg_type_case_jump(c, e->type->kind == T_UNTYPED_NIL ? NULL : e->type, iv,
					  &bodies[i]);
		}
	}
	cg_jumps_add(c, dflt >= 0 ? &bodies[dflt] : &end, cg_jump(c, OP_JMP, 0, 0));
	for (int i = 0; i < n; i++) {
		Node *cs = NODE_AT(s->list, i);
		int in = c->f->top;
		cg_patch_here(c, &bodies[i]);
		c->f->line = cs->pos.line;
		if (cs->obj)
			cg_type_case_bind(c, cs->obj, iv, x->type);
		cg_block(c, &cs->list2);
		cg_free_to(c, in);
		if (i < n - 1)
			cg_jumps_add(c, &end, cg_jump(c, OP_JMP, 0, 0));
	}
	cg_patch_here(c, &end);
	pop_target(c, &t);
	cg_free_to(c, save);
}

static Label *label_of(Cg *c, Obj *o)
{
	for (Label *l = c->f->labels; l; l = l->next)
		if (l->obj == o)
			return l;
	Label *l = arena_alloc(&c->arena, sizeof *l);
	l->obj = o;
	l->pc = -1;
	l->next = c->f->labels;
	c->f->labels = l;
	return l;
}

static void branch(Cg *c, Node *s)
{
	Target *t = c->f->targets;
	if (s->op == TK_FALLTHROUGH)
		return;
	if (s->op == TK_GOTO) {
		Label *l = label_of(c, s->obj);
		int pc = cg_jump(c, OP_JMP, 0, 0);
		if (l->pc >= 0)
			cg_patch(c, pc, l->pc);
		else
			cg_jumps_add(c, &l->gotos, pc);
		return;
	}
	bool cont = s->op == TK_CONTINUE;
	while (t && ((s->name && t->label != s->obj) || (!s->name && cont && !t->is_loop)))
		t = t->outer;
	if (!t) {
		cg_error(c, s->pos, "this branch statement");
		return;
	}
	cg_jumps_add(c, cont ? &t->continues : &t->breaks, cg_jump(c, OP_JMP, 0, 0));
}

static void labeled(Cg *c, Node *s)
{
	Label *l = label_of(c, s->obj);
	l->pc = cg_here(c);
	patch_to(c, &l->gotos, l->pc);
	c->f->pending_label = s->obj;
	cg_stmt(c, s->a);
	c->f->pending_label = NULL;
}

static void ret(Cg *c, Node *s)
{
	FuncState *f = c->f;
	int words = f->fn->nresults;
	int save = f->top;
	if (s->list.len == 0 && f->cell_results.len) {
		cg_jumps_add(c, &f->rets, cg_jump(c, OP_JMP, 0, 0));
		return;
	}
	if (s->list.len == 0) {
		if (words == 0)
			cg_op(c, OP_RET0, 0, 0, 0);
		else
			cg_op(c, words == 1 ? OP_RET1 : OP_RET, f->result_slot, words, 0);
		return;
	}
	int r;
	Node *x0 = NODE_AT(s->list, 0);
	bool tuple = x0->type->kind == T_TUPLE;
	if (tuple && ty_identical(x0->type, f->results)) {
		r = cg_call(c, cg_unparen(x0));
	} else if (!tuple && s->list.len == 1 && words == cg_words(x0->type)) {
		r = cg_operand(c, x0);
	} else {
		/* return g() with results to convert: g's results one by one */
		int n = tuple ? x0->type->nelems : s->list.len;
		Node **xs = tuple ? cg_spread(c, cg_unparen(x0), f->results->elems) : NULL;
		r = cg_alloc(c, f->results);
		int at = r;
		for (int i = 0; i < n; i++) {
			Node *x = xs ? xs[i] : NODE_AT(s->list, i);
			Type *rt = i < f->results->nelems ? f->results->elems[i] : x->type;
			cg_expr(c, x, at);
			at += cg_words(rt);
		}
	}
	f->line = s->pos.line;
	if (f->cell_results.len) {
		cg_store_results(c, r);
		cg_jumps_add(c, &f->rets, cg_jump(c, OP_JMP, 0, 0));
		cg_free_to(c, save);
		return;
	}
	if (f->has_defer) { /* the results are set before the deferred calls run */
		cg_move(c, f->result_slot, r, words);
		r = f->result_slot;
	}
	cg_op(c, words == 1 ? OP_RET1 : OP_RET, r, words, 0);
	cg_free_to(c, save);
}

void cg_stmt(Cg *c, Node *s)
{
	Obj *label = c->f->pending_label;
	int save = c->f->top;
	c->f->pending_label = NULL;
	if (s->pos.line)
		c->f->line = s->pos.line;
	switch (s->kind) {
	case N_EMPTYSTMT:
		break;
	case N_EXPRSTMT: {
		Node *e = cg_unparen(s->a);
		if (e->kind == N_CALL)
			cg_call(c, e);
		else
			cg_operand(c, e);
		cg_free_to(c, save);
		break;
	}
	case N_DECLSTMT:
		decl(c, s->a);
		break;
	case N_ASSIGN:
		assign(c, s);
		break;
	case N_INCDEC:
		incdec(c, s);
		break;
	case N_BLOCK:
		cg_block(c, &s->list);
		cg_free_to(c, save);
		break;
	case N_IF:
		if_stmt(c, s);
		break;
	case N_FOR:
		for_stmt(c, s, label);
		break;
	case N_RANGE:
		range_stmt(c, s, label);
		break;
	case N_SWITCH:
		switch_stmt(c, s, label);
		break;
	case N_TYPESWITCH:
		type_switch(c, s, label);
		break;
	case N_BRANCH:
		branch(c, s);
		break;
	case N_LABELED:
		labeled(c, s);
		break;
	case N_RETURN:
		ret(c, s);
		break;
	case N_DEFER:
		cg_defer(c, cg_unparen(s->a));
		cg_free_to(c, save);
		break;
	default:
		cg_error(c, s->pos, cg_construct(s->kind));
		break;
	}
}
