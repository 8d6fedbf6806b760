/* codegen_iface.c: methods and interfaces in bytecode.
 *
 * A method is an ordinary Func whose first parameter is the receiver,
 * named as Go's tracebacks name it (main.T.M, main.(*T).M).  A static
 * method call x.M(args) is a CALL with x (already given its & or * by the
 * checker, check_methods.c) as the first argument.
 *
 * Dynamic dispatch: the first word of an interface is its dynamic type's
 * RType, whose method table (RType.methods, sorted by name) codegen builds
 * here for the type's method set.  An interface call i.M(args) is
 *
 *     ICALL a, b, c    a: the callee's frame (receiver slot, then the
 *                      arguments), b: the interface, c: k[c] the method's
 *                      name, k[c+1], k[c+2] the call site's inline cache
 *
 * A promoted method's table entry is its wrapper (S.M promoted from an
 * embedded T: the checker's (*S).M, check_wrap.c), shared by S's and
 * *S's tables since an interface holding an S holds a pointer to its
 * boxed copy.  A method expression call T.M(x, args) is a CALL of the
 * method (or wrapper) with x as an ordinary first argument.
 *
 * The VM (vm/iface.c) looks the name up in the dynamic type's table on a
 * cache miss and keeps the last (RType, RMethod) pair in the two cache
 * words, so a monomorphic call site costs one compare.  The receiver is
 * the interface's data word; for a value method of a type that is not
 * pointer-shaped the VM copies the boxed value into the receiver's slots
 * (RMethod.expand words), moving the arguments up.
 *
 * A type switch (codegen_stmt.c) tests the interface's type word against
 * each case in order: JEQC with the RType of a concrete case type (one
 * compare, RTypes being canonical), JF for `case nil`, JIMPL for an
 * interface case (a cached method-set check, vm/iface.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codegen_internal.h"

bool cg_is_method(Obj *o)
{
	return o && o->kind == OBJ_FUNC && o->decl && o->decl->kind == N_FUNCDECL &&
	       o->decl->list.len > 0;
}

/* The receiver's defined type of method o. */
static Type *recv_named(Obj *o)
{
	Node *fl = NODE_AT(o->decl->list, 0);
	Obj *r = fl->list.len ? NODE_AT(fl->list, 0)->obj : fl->obj;
	Type *t = r ? r->type : NULL;
	if (t && t->kind == T_POINTER)
		t = t->elem;
	return t;
}

void cg_func_name(Obj *o, char *buf, size_t n)
{
	Type *t = recv_named(o);
	const char *tn = t && t->kind == T_NAMED && t->obj ? t->obj->name : "?";
	const char *targs = t && t->kind == T_NAMED && t->ntargs ? "[...]" : "";
	Node *rt = NODE_AT(o->decl->list, 0)->a;
	while (rt->kind == N_PAREN)
		rt = rt->a;
	if (rt->kind == N_STAR)
		snprintf(buf, n, "%s.(*%s%s).%s", o->pkgpath, tn, targs, o->name);
	else
		snprintf(buf, n, "%s.%s%s.%s", o->pkgpath, tn, targs, o->name);
}

/* The receiver argument of a method call, at the next slot. */
void cg_method_recv(Cg *c, Node *call)
{
	Node *fun = cg_unparen(call->a);
	Node *x = fun->a;
	int s = cg_alloc(c, x->type);
	cg_expr(c, x, s);
}

void cg_panicwrap(Cg *c, Node *decl, Obj *o)
{
	Type *t = ty_under(o->type->params->elems[0])->elem;
	const char *tn = t->kind == T_NAMED && t->obj ? t->obj->name : "?";
	char msg[512];
	snprintf(msg, sizeof msg, "value method main.%s.%s called using nil *%s pointer", tn,
		 decl->name, tn);
	char *text = module_strdup(c->m, msg, strlen(msg));
	cg_op(c, OP_NILPANIC, 0, cg_k(c, (uint64_t)(uintptr_t)text), 0);
}

/* ---- method tables ---- */

static bool pointer_shaped(Type *t)
{
	TypeKind k = ty_under(t)->kind;
	return k == T_POINTER || k == T_MAP || k == T_CHAN || k == T_FUNC || k == T_UNSAFEPTR;
}

static int rmethod_cmp(const void *a, const void *b)
{
	return strcmp(((const RMethod *)a)->name, ((const RMethod *)b)->name);
}

/* The promoted methods of t (Program.promoted) into ms (NULL: only
 * count them).  Their wrappers take a *t as receiver, the interface's
 * data word: a value's table shares its pointer's wrapper, called with
 * the pointer to the boxed value, as Go's itabs do. */
static int add_promoted(Cg *c, Type *t, RMethod *ms, int n)
{
	PtrVec *pms = &c->prog->promoted;
	for (int i = 0; i < pms->len; i++) {
		PromotedMethod *pm = pms->items[i];
		if (!pm->fn->cg || !ty_identical(pm->recv, t))
			continue;
		if (ms)
			ms[n] = (RMethod){module_strdup(c->m, pm->name, strlen(pm->name)),
					  pm->fn->cg, NULL};
		n++;
	}
	return n;
}

/* rt's method table: an interface's methods (names only); for a defined
 * type T its value-receiver methods, for *T all of T's methods, and for
 * both their promoted methods. */
void cg_method_table(Cg *c, Type *t, RType *rt)
{
	Type *u = ty_under(t);
	Type *named = NULL;
	bool ptr = false;
	if (u->kind == T_INTERFACE) {
		if (u->nmethods == 0)
			return;
		RMethod *ms = module_alloc(c->m, (size_t)u->nmethods * sizeof *ms);
		for (int i = 0; i < u->nmethods; i++)
			ms[i].name = module_strdup(c->m, u->methods[i].name, strlen(u->methods[i].name));
		rt->methods = ms;
		rt->nmethods = (uint32_t)u->nmethods;
		return;
	}
	if (t->kind == T_NAMED) {
		named = t;
	} else if (u->kind == T_POINTER && u->elem->kind == T_NAMED) {
		named = u->elem;
		ptr = true;
	}
	int cap = add_promoted(c, t, NULL, named ? named->nmethods : 0);
	if (cap == 0)
		return;
	RMethod *ms = module_alloc(c->m, (size_t)cap * sizeof *ms);
	int n = 0;
	for (int i = 0; named && i < named->nmethods; i++) {
		Method *m = &named->methods[i];
		if ((m->ptr_recv && !ptr) || !m->func || !m->func->cg)
			continue;
		ms[n].name = module_strdup(c->m, m->name, strlen(m->name));
		ms[n].fn = m->func->cg;
		if (ptr ? !m->ptr_recv : !pointer_shaped(named))
			ms[n].recv = cg_rtype(c, named);
		n++;
	}
	n = add_promoted(c, t, ms, n);
	qsort(ms, (size_t)n, sizeof *ms, rmethod_cmp);
	rt->methods = ms;
	rt->nmethods = (uint32_t)n;
}

/* ---- dynamic calls ---- */

bool cg_is_icall(Node *call)
{
	Node *fun = cg_unparen(call->a);
	return fun->kind == N_SELECTOR && !fun->obj && !fun->field &&
	       cg_kind(fun->a->type) == T_INTERFACE;
}

static int rt_k(Cg *c, Type *t)
{
	return cg_k(c, (uint64_t)(uintptr_t)cg_rtype(c, t));
}

int cg_icall(Cg *c, Node *e)
{
	Node *fun = cg_unparen(e->a);
	Type *sig = fun->type;
	int iv = cg_alloc(c, fun->a->type);
	cg_expr(c, fun->a, iv);
	cg_alloc_scalar(c, FRAME_WORDS);
	int base = cg_alloc(c, ty_basic(T_UNSAFEPTR));
	for (int i = 0; i < e->list.len; i++) {
		Node *arg = NODE_AT(e->list, i);
		Type *pt = i < sig->params->nelems ? sig->params->elems[i] : arg->type;
		int s = cg_alloc(c, pt);
		cg_expr(c, arg, s);
	}
	char *name = module_strdup(c->m, fun->name, strlen(fun->name));
	uint64_t k[3] = {(uint64_t)(uintptr_t)name, 0, 0};
	c->f->line = e->pos.line;
	cg_op(c, OP_ICALL, base, iv, cg_k_block(c, k, 3));
	cg_retype(c, base, sig->results);
	return base;
}

/* ---- type assertions ---- */

static int assert_k(Cg *c, Type *want, Type *src)
{
	uint64_t k[2] = {(uint64_t)(uintptr_t)cg_rtype(c, want),
			 (uint64_t)(uintptr_t)cg_rtype(c, src)};
	return cg_k_block(c, k, 2);
}

/* T of x.(T) (the checker types the expression, not always the type
 * syntax: *T is a STAR node without one). */
static Type *asserted(Node *e)
{
	return e->type->kind == T_TUPLE ? e->type->elems[0] : e->type;
}

/* x.(T) into dst (panics when it fails). */
void cg_type_assert(Cg *c, Node *e, int dst)
{
	int save = c->f->top;
	Type *t = asserted(e);
	int x = cg_operand(c, e->a);
	c->f->line = e->pos.line;
	cg_op(c, cg_kind(t) == T_INTERFACE ? OP_ASSERTI : OP_ASSERT, dst, x,
	      assert_k(c, t, e->a->type));
	cg_free_to(c, save);
}

/* ok = x holds T (or implements interface T), x in slot x. */
void cg_type_test(Cg *c, Type *t, int ok, int x)
{
	cg_opx(c, OP_TYPEIS, cg_kind(t) == T_INTERFACE, ok, x, rt_k(c, t));
}

/* v, ok := x.(T): the value and the bool in new slots; returns the first. */
int cg_assert_commaok(Cg *c, Node *e)
{
	Type *t = asserted(e);
	int r = cg_alloc(c, e->type);
	int ok = r + cg_words(t);
	int save = c->f->top;
	int x = cg_operand(c, e->a);
	cg_type_test(c, t, ok, x);
	int jf = cg_jump(c, OP_JF, ok, 0);
	cg_op(c, cg_kind(t) == T_INTERFACE ? OP_ASSERTI : OP_ASSERT, r, x,
	      assert_k(c, t, e->a->type));
	int jend = cg_jump(c, OP_JMP, 0, 0);
	cg_patch(c, jf, cg_here(c));
	cg_op(c, OP_ZERO, r, cg_words(t), 0);
	cg_patch(c, jend, cg_here(c));
	cg_free_to(c, save);
	return r;
}

/* ---- type switches ---- */

/* Jump (into j) when the interface in slots iv holds a value of type t,
 * NULL for `case nil`: a concrete type is one compare of the type word
 * with t's RType (RTypes are canonical); an interface is JIMPL, whose
 * cache words follow its RType; `any` matches any non-nil value. */
void cg_type_case_jump(Cg *c, Type *t, int iv, Jumps *j)
{
	int pc;
	if (!t) {
		pc = cg_jump(c, OP_JF, iv, 0);
	} else if (cg_kind(t) != T_INTERFACE) {
		pc = cg_jump(c, OP_JEQC, iv, rt_k(c, t));
	} else if (ty_under(t)->nmethods == 0) {
		pc = cg_jump(c, OP_JT, iv, 0);
	} else {
		uint64_t k[3] = {(uint64_t)(uintptr_t)cg_rtype(c, t), 0, 0};
		pc = cg_jump(c, OP_JIMPL, iv, cg_k_block(c, k, 3));
	}
	cg_jumps_add(c, j, pc);
}

/* The clause variable o of a type switch on the interface in slots iv
 * (type xt), at the start of its clause: the value itself when o's type
 * is the clause's concrete type, else a copy of the interface (the type
 * word is the dynamic type's RType whatever the interface type).  A
 * clause that never reads o skips the copy. */
void cg_type_case_bind(Cg *c, Obj *o, int iv, Type *xt)
{
	int save = c->f->top;
	int s = cg_declare_local(c, o);
	if (!o->used) {
		/* never read (maybe assigned): no value, but no stale pointers */
		if (s >= 0 && cg_rtype(c, o->type)->ptrmask)
			cg_op(c, OP_ZERO, s, cg_words(o->type), 0);
		return;
	}
	int dst = s >= 0 ? s : cg_alloc(c, o->type);
	if (cg_kind(o->type) == T_INTERFACE)
		cg_move(c, dst, iv, 2);
	else
		cg_op(c, OP_ASSERT, dst, iv, assert_k(c, o->type, xt));
	if (s < 0) {
		Node id = {0};
		id.kind = N_IDENT;
		id.name = o->name;
		id.obj = o;
		id.type = o->type;
		id.mode = MODE_VARIABLE;
		cg_store(c, &id, dst, o->type);
		cg_free_to(c, save + 1); /* the cell's pointer stays */
	}
}

/* == and != with an interface operand: by the interface's RType, whose
 * equality compares dynamic types and then values (vm/equal.c, which
 * panics on uncomparable dynamic types).  The other operand may be of a
 * concrete type (`e == x`, `iface == 3`: the checker leaves it so, a
 * constant with its default type): it is converted to an interface
 * here, which is Go's rule, "equal if t's dynamic type is identical to X
 * and t's dynamic value is equal to x". */
void cg_compare_iface(Cg *c, int tok, int dst, Node *x, Node *y, Type *t)
{
	int save = c->f->top;
	int s = cg_alloc_n(c, t, 2);
	cg_to_iface(c, x, s);
	cg_to_iface(c, y, s + 2);
	c->f->line = x->pos.line;
	cg_opx(c, OP_EQV, tok == TK_NEQ, dst, s, rt_k(c, t));
	cg_free_to(c, save);
}
