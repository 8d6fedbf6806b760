/* codegen_func.c: function values, closures and calls through them.
 *
 * A func value is one pointer word, as in Go: it points to a closure
 * object (Go's funcval) whose first word is the Func to run, followed by
 * one word per captured variable, the pointer to that variable's heap
 * cell:
 *
 *     func value ──▶ +-------+-------+-----+-------+
 *                    | Func* | cell0 | ... | celln |
 *                    +-------+-------+-----+-------+
 *
 * A top-level function used as a value, and a literal that captures
 * nothing, is a static closure of one word in module memory, made once
 * per use site while compiling; a literal that captures is a heap object
 * (an [n+1]unsafe.Pointer, so the collector scans the cells; the Func
 * word points into module memory, which the collector ignores) made
 * where the literal is evaluated: NEW, then ST64 of the Func and of each
 * cell pointer.  Captured variables are the checker's (check_funcs.c):
 * they are addr_taken, so they already live in heap cells
 * (codegen_mem.c) and capturing by reference is copying the cell pointer.
 *
 * Calling convention.  A call of a known function stays CALL with the
 * callee as a constant, exactly as before.  A call through a value is
 * CALLV a, b, c (x = result words): the arguments at a as for CALL, the
 * closure in slot b; the VM takes the Func from the closure's first word
 * and stores the closure pointer in the callee's slot c, just past its c
 * parameter words.  A literal declares that slot as a hidden last
 * parameter (counted in Func.nparams) and its prologue loads the
 * captured cell pointers from it (LDCELL, which cannot panic, so the
 * frame need not be zeroed for them: codegen.c's zero_prologue) into the
 * slots of the captured variables, which from then on are ordinary boxed
 * locals.  A top-level
 * function called through a value never reads that word: it is its first
 * local slot (zeroed by the prologue if it may hold a pointer, and not
 * yet in any pointer range at the call's safepoint) or, for a function
 * with no locals, the word just past its frame, which CALLV's stack
 * check includes.  Calling a nil func value is Go's nil dereference
 * panic.
 *
 * A method value x.M is a closure of its wrapper (check_wrap.c) that
 * holds the receiver itself after the Func word, not a cell pointer:
 * struct { F unsafe.Pointer; R T }, one allocation as in Go.  The
 * wrapper's prologue points its receiver variable's cell at R inside
 * the closure (PTRADD), so its body reads it as any captured variable.
 */
#include <stdio.h>
#include <string.h>

#include "codegen_internal.h"

static Type *t_uptr(void)
{
	return ty_basic(T_UNSAFEPTR);
}

static int captures(Node *lit)
{
	return lit->list3.len;
}

/* The i-th literal: the program's, then the method value wrappers. */
static Node *lit_at(Cg *c, int i)
{
	PtrVec *lits = &c->prog->funclits;
	return i < lits->len ? lits->items[i] : c->prog->wrappers.items[i - lits->len];
}

static int nlits(Cg *c)
{
	return c->prog->funclits.len + c->prog->wrappers.len;
}

void cg_number_lits(Cg *c)
{
	Module *m = c->m;
	int n = nlits(c);
	if (n == 0)
		return;
	Func **all = module_alloc(m, (size_t)(m->nfuncs + n + 1) * sizeof(Func *));
	memcpy(all, m->funcs, (size_t)m->nfuncs * sizeof(Func *));
	for (int i = 0; i < n; i++) {
		Node *lit = lit_at(c, i);
		Func *fn = cg_new_func(c, lit->obj, c->prog->path);
		lit->obj->cg = fn;
		all[m->nfuncs++] = fn;
	}
	m->funcs = all;
}

void cg_compile_lits(Cg *c)
{
	for (int i = 0; i < nlits(c); i++)
		cg_compile_func(c, lit_at(c, i)->obj);
}

/* The closure slot of the literal being compiled (-1 when none). */
static int closure_slot(Cg *c)
{
	return c->f->fn->nparams - 1;
}

void cg_closure_param(Cg *c, Node *decl)
{
	(void)decl;
	cg_alloc(c, t_uptr());
}

void cg_closure_captures(Cg *c, Node *decl)
{
	int clo = closure_slot(c);
	for (int i = 0; i < captures(decl); i++) {
		Obj *o = NODE_AT(decl->list3, i)->obj;
		int s = cg_alloc(c, t_uptr());
		cg_bind(c, o, s);
		if (decl->implicit) /* a method value's receiver, inline */
			cg_op(c, OP_PTRADD, s, clo, 8);
		else
			cg_op(c, OP_LDCELL, s, clo, 8 * (i + 1));
	}
}

static void static_closure(Cg *c, Func *fn, int dst)
{
	uint64_t *clo = module_alloc(c->m, 8);
	clo[0] = (uint64_t)(uintptr_t)fn;
	cg_op(c, OP_LOADK, dst, cg_k(c, (uint64_t)(uintptr_t)clo), 0);
}

/* A Func calling native o (f := fmt.Sprint): its parameters are the
 * native's, a variadic one as its slice, passed on with xs...; made
 * once per native and compilation. */
static Func *native_wrapper(Cg *c, Node *e, Obj *o)
{
	for (int i = 0; i + 1 < c->native_funcs.len; i += 2)
		if (c->native_funcs.items[i] == o)
			return c->native_funcs.items[i + 1];
	Type *sig = ty_under(o->type);
	Func *fn = module_alloc(c->m, sizeof *fn);
	fn->name = module_strdup(c->m, o->native, strlen(o->native));
	fn->file = c->file;
	fn->has_params = true;
	FuncState f, *outer = c->f;
	cg_synth_begin(c, &f, fn, e->pos.line);
	Node *call = ast_new(&c->arena, N_CALL, e->pos);
	call->a = e;
	call->type = sig->results->nelems == 1 ? sig->results->elems[0] : sig->results;
	call->ellipsis = sig->variadic;
	for (int i = 0; i < sig->params->nelems; i++) {
		Type *t = sig->params->elems[i];
		ptrvec_push(&c->arena, &call->list, cg_slot_ident(c, t, cg_alloc(c, t), e->pos));
	}
	fn->nparams = f.top;
	fn->nresults = cg_words(sig->results);
	int r = cg_call(c, call);
	if (fn->nresults == 0)
		cg_op(c, OP_RET0, 0, 0, 0);
	else
		cg_op(c, fn->nresults == 1 ? OP_RET1 : OP_RET, r, fn->nresults, 0);
	cg_synth_end(c, &f, outer);
	ptrvec_push(&c->arena, &c->native_funcs, o);
	ptrvec_push(&c->arena, &c->native_funcs, fn);
	return fn;
}

/* A method value's closure type: the Func word, then the receiver. */
static Type *method_value_type(Cg *c, Type *recv)
{
	Type *t = arena_alloc(&c->arena, sizeof *t);
	Field *f = arena_alloc(&c->arena, 2 * sizeof *f);
	f[0] = (Field){"F", t_uptr(), false, 0};
	f[1] = (Field){"R", recv, false, 0};
	t->kind = T_STRUCT;
	t->underlying = t;
	t->fields = f;
	t->nfields = 2;
	t->size = -1;
	ty_layout(t);
	return t;
}

/* x.M as a value (the checker's selector: e->a is the receiver, with its
 * & or * applied; o the wrapper R.M-fm): the receiver is evaluated now,
 * an interface's checked for nil now, as Go does, and copied into a new
 * closure after the wrapper's Func. */
static void method_value(Cg *c, Node *e, Obj *o, int dst)
{
	int save = c->f->top;
	Type *rt = e->a->type;
	int r = cg_alloc(c, rt);
	cg_expr(c, e->a, r);
	c->f->line = e->pos.line;
	if (cg_kind(rt) == T_INTERFACE) {
		int t = cg_alloc_scalar(c, 1);
		cg_op(c, OP_PTRADD, t, r, 0); /* panics on a nil type word */
	}
	Type *ct = method_value_type(c, rt);
	cg_op(c, OP_NEW, dst, cg_k(c, (uint64_t)(uintptr_t)cg_rtype(c, ct)), 0);
	int fn = cg_alloc_scalar(c, 1);
	cg_op(c, OP_LOADK, fn, cg_k(c, (uint64_t)(uintptr_t)o->cg), 0);
	cg_op(c, OP_ST64, dst, fn, 0);
	Place pl = {PL_MEM, dst, ct->fields[1].offset, false, NULL};
	cg_place_store(c, &pl, rt, r);
	cg_free_to(c, save);
}

void cg_func_value(Cg *c, Node *e, Obj *o, int dst)
{
	if (o->native && o->nfn) {
		static_closure(c, native_wrapper(c, e, o), dst);
		return;
	}
	if (o->native || !o->cg) {
		cg_error(c, e->pos, "this function as a value");
		return;
	}
	if (o->decl && o->decl->kind == N_FUNCLIT && o->decl->implicit && e->kind == N_SELECTOR) {
		method_value(c, e, o, dst);
		return;
	}
	static_closure(c, o->cg, dst);
}

/* The heap closure's type: n+1 pointer words. */
static Type *closure_type(Cg *c, int n)
{
	Type *t = arena_alloc(&c->arena, sizeof *t);
	t->kind = T_ARRAY;
	t->underlying = t;
	t->elem = t_uptr();
	t->len = n + 1;
	t->size = -1;
	ty_layout(t);
	return t;
}

void cg_func_lit(Cg *c, Node *e, int dst)
{
	Func *fn = e->obj->cg;
	int n = captures(e);
	if (n == 0) {
		static_closure(c, fn, dst);
		return;
	}
	int save = c->f->top;
	int tmp = cg_alloc_scalar(c, 1);
	c->f->line = e->pos.line;
	cg_op(c, OP_NEW, dst, cg_k(c, (uint64_t)(uintptr_t)cg_rtype(c, closure_type(c, n))), 0);
	cg_op(c, OP_LOADK, tmp, cg_k(c, (uint64_t)(uintptr_t)fn), 0);
	cg_op(c, OP_ST64, dst, tmp, 0);
	for (int i = 0; i < n; i++) {
		int g, s = cg_var_slot(c, NODE_AT(e->list3, i)->obj, &g);
		cg_op(c, OP_ST64, dst, s, 8 * (i + 1));
	}
	cg_free_to(c, save);
}

/* ---- values in slots as expressions ---- */

Node *cg_slot_ident(Cg *c, Type *t, int slot, Pos pos)
{
	Obj *o = arena_alloc(&c->arena, sizeof *o);
	o->kind = OBJ_VAR;
	o->name = "~r";
	o->type = t;
	cg_bind(c, o, slot);
	Node *id = ast_new(&c->arena, N_IDENT, pos);
	id->name = o->name;
	id->obj = o;
	id->type = t;
	id->mode = MODE_VARIABLE;
	return id;
}

Node *cg_implicit(Cg *c, Node *x, Type *t)
{
	if (!t || cg_kind(t) != T_INTERFACE || cg_kind(x->type) == T_INTERFACE)
		return x;
	Node *conv = ast_new(&c->arena, N_CONV, x->pos);
	conv->a = x;
	conv->implicit = true;
	conv->mode = MODE_VALUE;
	conv->type = t;
	return conv;
}

Type *cg_param_type(Type *sig, Node *call, int i)
{
	sig = ty_under(sig);
	int npars = sig->params->nelems;
	if (sig->variadic && !call->ellipsis && i >= npars - 1)
		return sig->params->elems[npars - 1]->elem;
	return i < npars ? sig->params->elems[i] : NULL;
}

Node **cg_spread(Cg *c, Node *inner, Type **types)
{
	Type *tt = inner->type;
	int r = cg_call(c, inner);
	Node **ids = arena_alloc(&c->arena, (size_t)(tt->nelems + 1) * sizeof *ids);
	for (int i = 0; i < tt->nelems; i++) {
		ids[i] = cg_implicit(c, cg_slot_ident(c, tt->elems[i], r, inner->pos),
				     types ? types[i] : NULL);
		r += cg_words(tt->elems[i]);
	}
	return ids;
}

Node *cg_spread_call(Cg *c, Node *e)
{
	Node *inner = cg_unparen(NODE_AT(e->list, 0));
	Node *fun = cg_unparen(e->a);
	int n = inner->type->nelems;
	Type **types = arena_alloc(&c->arena, (size_t)(n + 1) * sizeof *types);
	for (int i = 0; i < n; i++)
		types[i] = fun->mode == MODE_BUILTIN ? NULL : cg_param_type(fun->type, e, i);
	Node **ids = cg_spread(c, inner, types);
	Node *call = ast_new(&c->arena, N_CALL, e->pos);
	*call = *e;
	memset(&call->list, 0, sizeof call->list);
	for (int i = 0; i < n; i++)
		ptrvec_push(&c->arena, &call->list, ids[i]);
	return call;
}

/* The extra arguments of a variadic call as a new slice into dst: a
 * slice literal of them (len == cap, as Go makes it), nil when none. */
static void pack_variadic(Cg *c, Node *e, Type *st, int from, int dst)
{
	if (from >= e->list.len) {
		cg_op(c, OP_ZERO, dst, 3, 0);
		return;
	}
	Node *lit = ast_new(&c->arena, N_COMPOSITE, e->pos);
	lit->type = st;
	lit->mode = MODE_VALUE;
	for (int i = from; i < e->list.len; i++)
		ptrvec_push(&c->arena, &lit->list, NODE_AT(e->list, i));
	cg_expr(c, lit, dst);
}

int cg_call_args(Cg *c, Node *e, Type *sig, bool method)
{
	sig = ty_under(sig);
	if (cg_is_tuple_arg(e)) {
		Node *inner = cg_unparen(NODE_AT(e->list, 0));
		if (!method && !sig->variadic && ty_identical(inner->type, sig->params))
			return cg_call(c, inner); /* the results are the arguments */
		e = cg_spread_call(c, e);
	}
	int base = c->f->top + FRAME_WORDS;
	int npars = sig->params->nelems;
	int nfixed = sig->variadic && !e->ellipsis ? npars - 1 : npars;
	cg_alloc_scalar(c, FRAME_WORDS);
	if (method)
		cg_method_recv(c, e);
	for (int i = 0; i < nfixed && i < e->list.len; i++) {
		Node *arg = NODE_AT(e->list, i);
		int s = cg_alloc(c, sig->params->elems[i]);
		cg_expr(c, arg, s);
	}
	if (sig->variadic && !e->ellipsis) {
		Type *st = sig->params->elems[npars - 1];
		pack_variadic(c, e, st, nfixed, cg_alloc(c, st));
	}
	return base;
}

int cg_call_value(Cg *c, Node *e)
{
	Node *fun = cg_unparen(e->a);
	Type *sig = ty_under(fun->type);
	int fv = cg_operand(c, fun);
	int base = cg_call_args(c, e, sig, false);
	int np = cg_words(sig->params), nr = cg_words(sig->results);
	if (nr > 255) {
		cg_error(c, e->pos, "a call through a func value with this many results");
		return base;
	}
	c->f->line = e->pos.line;
	cg_opx(c, OP_CALLV, nr, base, fv, np);
	cg_retype(c, base, sig->results);
	return base;
}

/* ---- per-iteration loop variables ---- */

static void new_cell(Cg *c, Obj *o)
{
	cg_op(c, OP_NEW, (int)(intptr_t)o->cg - 1, cg_k(c, (uint64_t)(uintptr_t)cg_rtype(c, o->type)), 0);
}

/* The Go 1.22 spec: "The variable used by each subsequent iteration is
 * declared implicitly before executing the post statement and
 * initialized to the value of the previous iteration's variable at that
 * moment." */
void cg_loop_vars_fresh(Cg *c, Node *init)
{
	if (!init || init->kind != N_ASSIGN || init->op != TK_DEFINE)
		return;
	for (int i = 0; i < init->list.len; i++) {
		Node *id = NODE_AT(init->list, i);
		if (id->kind != N_IDENT || !cg_boxed(id->obj) || !id->obj->cg)
			continue;
		int save = c->f->top;
		int tmp = cg_alloc(c, id->obj->type);
		cg_expr(c, id, tmp);
		new_cell(c, id->obj);
		cg_store(c, id, tmp, id->obj->type);
		cg_free_to(c, save);
	}
}

void cg_range_vars_fresh(Cg *c, Node *range)
{
	Node *vars[2] = {range->a, range->b};
	for (int i = 0; i < 2; i++) {
		Node *id = vars[i] ? cg_unparen(vars[i]) : NULL;
		if (id && id->kind == N_IDENT && cg_boxed(id->obj) && id->obj->cg)
			new_cell(c, id->obj);
	}
}
