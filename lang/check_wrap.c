/* check_wrap.c: the small functions Go's compiler writes for methods.
 *
 * Three constructs need a function that no declaration spells out, and
 * the checker makes each one as an already checked function whose body
 * is a single forwarding call, so that codegen compiles it like any
 * other (Go's compiler does the same: reflectdata's method wrappers and
 * the `-fm` closures of method values):
 *
 *   receiver wrappers   func(r R, p...) results { return r.M(p...) }
 *                       named as Go names them, main.S.M or main.(*S).M.
 *                       The body's selector r.M is checked as any other,
 *                       so it gets the explicit path through embedded
 *                       fields and the & or * the method needs: a nil
 *                       embedded pointer panics there with Go's nil
 *                       dereference.  Uses: the method tables of types
 *                       with promoted methods (an interface holding an S
 *                       calls S.M, which calls S.T.M), and method
 *                       expressions that are not a declared method as it
 *                       stands ((*T).ValueMethod, S.Promoted, I.M).
 *   promoted methods    every struct type with embedded fields, named or
 *                       not, gets receiver wrappers for the promoted
 *                       methods of its method set and of its pointer's,
 *                       recorded in Program.promoted for codegen's
 *                       method tables.  They are made for every such
 *                       type the program declares, used or not, because
 *                       codegen meets the types that reach interfaces
 *                       one at a time and cannot check new code.
 *   method values       x.M is a closure holding a copy of the receiver
 *                       (already given its & or *): a FUNCLIT marked
 *                       `implicit`, R.M-fm, that captures one variable,
 *                       the receiver, and calls r.M(p...).  Its closure
 *                       keeps the receiver inline after the Func word
 *                       (codegen_func.c), so a method value is one
 *                       allocation, as in Go.
 *
 * Wrappers are made once per (receiver type, method, kind), found again
 * by type identity.
 */
#include <string.h>

#include "check_internal.h"

typedef struct Wrap {
	Type *recv;
	const char *name;
	bool value; /* a method value's closure wrapper */
	Obj *fn;
} Wrap;

static Obj *wrap_find(Checker *c, Type *recv, const char *name, bool value)
{
	for (int i = 0; i < c->wraps.len; i++) {
		Wrap *w = c->wraps.items[i];
		if (w->name == name && w->value == value && ty_identical(w->recv, recv))
			return w->fn;
	}
	return NULL;
}

static void wrap_add(Checker *c, Type *recv, const char *name, bool value, Obj *fn)
{
	Wrap *w = arena_alloc(c->arena, sizeof *w);
	*w = (Wrap){recv, name, value, fn};
	ptrvec_push(c->arena, &c->wraps, w);
}

/* The receiver as Go's symbol names spell it: T, (*T), I. */
static const char *recv_name(Checker *c, Type *t)
{
	if (t->kind == T_NAMED && t->obj)
		return t->obj->name;
	if (t->kind == T_POINTER && t->elem->kind == T_NAMED && t->elem->obj)
		return check_csprintf(c, "(*%s)", t->elem->obj->name);
	return check_csprintf(c, "(%s)", check_tstr(c, t));
}

static Obj *new_var(Checker *c, Obj *f, const char *name, Type *t, Pos pos)
{
	Obj *v = check_obj_new(c, OBJ_VAR, names_get(c->names, name), t, pos);
	v->param = f != NULL;
	v->func = f;
	v->used = true;
	v->pkgpath = "main";
	return v;
}

static Node *use(Checker *c, Obj *v, Pos pos)
{
	Node *id = ast_new(c->arena, N_IDENT, pos);
	id->name = v->name;
	id->obj = v;
	id->type = v->type;
	id->mode = MODE_VARIABLE;
	return id;
}

static Node *param_field(Checker *c, Obj *v, Pos pos)
{
	Node *fl = ast_new(c->arena, N_FIELD, pos);
	ptrvec_push(c->arena, &fl->list, use(c, v, pos));
	return fl;
}

/* The parameters p0, p1 ... of sig as FIELDs of ft, and uses of them in
 * *args. */
static void forward_params(Checker *c, Obj *f, Type *sig, Node *ft, NodeList *args, Pos pos)
{
	for (int i = 0; i < sig->params->nelems; i++) {
		Obj *p = new_var(c, f, check_csprintf(c, "p%d", i), sig->params->elems[i], pos);
		ptrvec_push(c->arena, &ft->list, param_field(c, p, pos));
		ptrvec_push(c->arena, args, use(c, p, pos));
	}
}

/* The body { return recv.name(args...) } (no return without results),
 * or NULL if recv.name is not a method call after all. */
static Node *forward_body(Checker *c, Node *recv, const char *name, Type *sig, NodeList *args,
			  Pos pos)
{
	Node *sel = ast_new(c->arena, N_SELECTOR, pos);
	sel->a = recv;
	sel->name = name;
	sel->pos2 = pos;
	Node *saved = c->call_fun;
	c->call_fun = sel;
	bool ok = check_method_selector(c, sel) && sel->mode != MODE_INVALID;
	c->call_fun = saved;
	if (!ok)
		return NULL;
	Node *call = ast_new(c->arena, N_CALL, pos);
	call->pos2 = pos;
	call->a = sel;
	call->list = *args;
	call->ellipsis = sig->variadic;
	Type *r = sig->results;
	call->mode = r->nelems ? MODE_VALUE : MODE_NOVALUE;
	call->type = r->nelems == 1 ? r->elems[0] : r;
	Node *stmt;
	if (r->nelems) {
		stmt = ast_new(c->arena, N_RETURN, pos);
		ptrvec_push(c->arena, &stmt->list, call);
	} else {
		stmt = ast_new(c->arena, N_EXPRSTMT, pos);
		stmt->a = call;
	}
	Node *body = ast_new(c->arena, N_BLOCK, pos);
	body->pos2 = pos;
	ptrvec_push(c->arena, &body->list, stmt);
	return body;
}

Type *check_with_receiver(Checker *c, Type *recv, Type *sig)
{
	Type **ps = arena_alloc(c->arena, (size_t)(sig->params->nelems + 1) * sizeof *ps);
	ps[0] = recv;
	for (int i = 0; i < sig->params->nelems; i++)
		ps[i + 1] = sig->params->elems[i];
	return check_new_func(c, check_new_tuple(c, ps, sig->params->nelems + 1), sig->results,
			      sig->variadic);
}

/* f's declaration: a FUNCDECL whose first parameter is the receiver r,
 * or a FUNCLIT capturing r, forwarding its parameters to r.name. */
static Node *wrapper_decl(Checker *c, NodeKind kind, Obj *f, Obj *r, const char *name,
			  Type *sig, Pos pos)
{
	Node *d = ast_new(c->arena, kind, pos);
	Node *ft = ast_new(c->arena, N_FUNCTYPE, pos);
	d->a = ft;
	d->obj = f;
	if (kind == N_FUNCDECL) {
		d->name = f->name;
		ptrvec_push(c->arena, &ft->list, param_field(c, r, pos));
	} else {
		ptrvec_push(c->arena, &d->list3, use(c, r, pos));
	}
	NodeList args = {0};
	forward_params(c, f, sig, ft, &args, pos);
	d->b = forward_body(c, use(c, r, pos), name, sig, &args, pos);
	return d->b ? d : NULL;
}

/* Is recv *T and name a value method declared by T?  Its wrapper
 * (*T).M panics on a nil receiver as Go's panicwrap does: "value method
 * main.T.M called using nil *T pointer". */
static bool value_method_of_elem(Type *recv, const char *name)
{
	Type *t = ty_under(recv)->kind == T_POINTER ? ty_under(recv)->elem : NULL;
	for (int i = 0; t && t->kind == T_NAMED && i < t->nmethods; i++)
		if (t->methods[i].name == name)
			return !t->methods[i].ptr_recv;
	return false;
}

Obj *check_recv_wrapper(Checker *c, Type *recv, const char *name, Type *sig, Pos pos)
{
	Obj *f = wrap_find(c, recv, name, false);
	if (f)
		return f;
	f = check_obj_new(c, OBJ_FUNC, check_csprintf(c, "%s.%s", recv_name(c, recv), name),
			  check_with_receiver(c, recv, sig), pos);
	f->pkgpath = "main";
	f->global = true;
	f->wrapper = true;
	f->decl = wrapper_decl(c, N_FUNCDECL, f, new_var(c, f, "r", recv, pos), name, sig, pos);
	if (!f->decl)
		return NULL;
	f->decl->name = name;
	f->decl->implicit = value_method_of_elem(recv, name);
	wrap_add(c, recv, name, false, f);
	ptrvec_push(c->arena, &c->prog->funcs, f);
	return f;
}

Obj *check_value_wrapper(Checker *c, Type *recv, const char *name, Type *sig, Pos pos)
{
	Obj *f = wrap_find(c, recv, name, true);
	if (f)
		return f;
	f = check_obj_new(c, OBJ_FUNC, check_csprintf(c, "%s.%s-fm", recv_name(c, recv), name),
			  sig, pos);
	f->pkgpath = "main";
	f->wrapper = true;
	Obj *r = new_var(c, NULL, "r", recv, pos);
	r->addr_taken = true; /* a captured variable: in its cell, the closure */
	Node *lit = wrapper_decl(c, N_FUNCLIT, f, r, name, sig, pos);
	if (!lit)
		return NULL;
	lit->implicit = true;
	lit->mode = MODE_VALUE;
	lit->type = sig;
	f->decl = lit;
	wrap_add(c, recv, name, true, f);
	ptrvec_push(c->arena, &c->prog->wrappers, lit);
	return f;
}

/* ---- promoted methods ---- */

static bool has_embedded(Type *t)
{
	Type *u = t ? ty_under(t) : NULL;
	for (int i = 0; u && u->kind == T_STRUCT && i < u->nfields; i++)
		if (u->fields[i].embedded)
			return true;
	return false;
}

static void add_name(Checker *c, PtrVec *names, const char *name)
{
	for (int i = 0; i < names->len; i++)
		if (names->items[i] == name)
			return;
	ptrvec_push(c->arena, names, (void *)name);
}

/* The names of the methods of the types embedded in struct type t, at
 * any depth (each defined type visited once: `type L struct{ *L }`). */
static void embedded_names(Checker *c, Type *t, PtrVec *names, PtrVec *seen, int depth)
{
	Type *u = ty_under(t);
	if (depth >= CHECK_MAX_FIELD_DEPTH || u->kind != T_STRUCT)
		return;
	for (int i = 0; i < u->nfields; i++) {
		Field *f = &u->fields[i];
		if (!f->embedded)
			continue;
		Type *ft = f->type;
		if (ft->kind != T_NAMED && ty_under(ft)->kind == T_POINTER)
			ft = ty_under(ft)->elem;
		bool again = false;
		for (int j = 0; j < seen->len; j++)
			again |= seen->items[j] == ft;
		if (again)
			continue;
		ptrvec_push(c->arena, seen, ft);
		Type *fu = ty_under(ft);
		for (int j = 0; ft->kind == T_NAMED && j < ft->nmethods; j++)
			add_name(c, names, ft->methods[j].name);
		for (int j = 0; fu->kind == T_INTERFACE && j < fu->nmethods; j++)
			add_name(c, names, fu->methods[j].name);
		embedded_names(c, ft, names, seen, depth + 1);
	}
}

static void add_promoted(Checker *c, Type *recv, const char *name, Obj *fn)
{
	PromotedMethod *pm = arena_alloc(c->arena, sizeof *pm);
	*pm = (PromotedMethod){recv, name, fn};
	ptrvec_push(c->arena, &c->prog->promoted, pm);
}

/* The promoted methods in the method sets of t and *t, each with its
 * (*t).M wrapper: an interface holding a t holds a pointer to a boxed
 * copy, and the wrapper of a method in t's set never changes *r. */
static void promote(Checker *c, Type *t, PtrVec *names, Pos pos)
{
	Type *pt = check_new_pointer(c, t);
	for (int i = 0; i < names->len; i++) {
		const char *name = names->items[i];
		Method *m = NULL;
		bool via_ptr = false;
		int path[CHECK_MAX_FIELD_DEPTH + 1];
		if (check_find_method(c, t, name, path, &m, &via_ptr) < 2)
			continue; /* none, ambiguous, or declared by t itself */
		Obj *fn = check_recv_wrapper(c, pt, name, m->type, pos);
		if (!fn)
			continue;
		add_promoted(c, pt, name, fn);
		if (!(m->func && m->ptr_recv && !via_ptr))
			add_promoted(c, t, name, fn);
	}
}

static void promote_all(Checker *c, Type *t, Pos pos)
{
	PtrVec names = {0}, seen = {0};
	embedded_names(c, t, &names, &seen, 0);
	if (names.len)
		promote(c, t, &names, pos);
}

void check_promoted_methods(Checker *c)
{
	PtrVec done = {0}; /* the underlying struct types of named types */
	for (int i = 0; i < c->named_types.len; i++) {
		Type *t = c->named_types.items[i];
		if (!t->underlying || !has_embedded(t) || check_parameterized(t))
			continue;
		promote_all(c, t, t->obj ? t->obj->pos : (Pos){1, 1});
		ptrvec_push(c->arena, &done, t->underlying);
	}
	for (int i = 0; i < c->embed_structs.len; i++) {
		Type *t = c->embed_structs.items[i];
		bool named = false;
		for (int j = 0; j < done.len; j++)
			named |= done.items[j] == t;
		if (!named && !check_parameterized(t))
			promote_all(c, t, (Pos){1, 1});
	}
}
