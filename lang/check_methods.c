/* check_methods.c: methods, method sets, interfaces, type assertions and
 * type switches.
 *
 * A method declaration becomes an OBJ_FUNC that is not in any scope: it is
 * attached, as a Method, to the named type of its receiver (the receiver's
 * base type must be a defined type of this package).  Its type is the
 * signature without the receiver; the receiver is the first field list of
 * its FUNCDECL (d->list), declared in the body's scope like a parameter.
 *
 * Method lookup follows Go's LookupFieldOrMethod: breadth first through
 * embedded fields, the shallowest depth wins.  A selector x.M that names a
 * method of a concrete type is rewritten so that codegen sees only explicit
 * operations: promoted methods get the explicit path of embedded fields,
 * and the receiver gets the & or * the method's receiver needs (x.M() with
 * a pointer receiver on addressable x is (&x).M(); p.M() with a value
 * receiver is (*p).M(), so a nil p panics at the dereference as in Go).
 * The rewritten selector keeps obj = the method's FUNC.  A selector on an
 * interface value keeps obj NULL: codegen dispatches it at run time.
 * A selector that is not called is a method value: the same rewrite, so
 * the receiver's & or * (and a nil *p's panic) happen where it is
 * evaluated, and obj = the closure wrapper R.M-fm (check_wrap.c).  A
 * method expression T.M (x a type) has obj = the method itself when it
 * is declared with that receiver, else a wrapper, and a func type whose
 * first parameter is the receiver.
 *
 * Fields and methods share one namespace: the shallower wins, and a
 * field and a method at the same depth make the selector ambiguous.
 *
 * Method sets: *T has every method of T and of its embedded fields; T
 * only the value-receiver ones (and those reached through an embedded
 * pointer).  check_implements says whether a type satisfies an interface
 * with types2's causes ("missing method M", "method M has pointer
 * receiver").
 */
#include <stdlib.h>
#include <string.h>

#include "check_internal.h"

/* ---- method declarations ---- */

static bool recv_is_ptr(Node *d)
{
	Node *t = NODE_AT(d->list, 0)->a;
	while (t->kind == N_PAREN)
		t = t->a;
	return t->kind == N_STAR;
}

static Node *recv_base(Node *d)
{
	Node *t = NODE_AT(d->list, 0)->a;
	while (t->kind == N_PAREN)
		t = t->a;
	if (t->kind == N_STAR)
		t = t->a;
	while (t->kind == N_PAREN)
		t = t->a;
	return t;
}

void check_method_collect(Checker *c, Node *d)
{
	if (d->a->list3.len) {
		check_errorf(c, d->pos, "methods cannot have type parameters");
		return;
	}
	if (recv_base(d)->kind == N_INDEX) {
		check_generic_method_decl(c, d);
		return;
	}
	Obj *o = check_obj_new(c, OBJ_FUNC, d->name, NULL, d->pos);
	check_method_info(c, o, d);
	d->obj = o;
	if (!d->b)
		check_errorf(c, d->pos, "missing function body");
	ptrvec_push(c->arena, &c->methods, o);
}

static Obj *recv_param(Checker *c, Obj *f, const char *name, Type *t, Pos pos)
{
	Obj *v = check_obj_new(c, OBJ_VAR, name, t, pos);
	v->param = true;
	v->func = f;
	v->used = true;
	v->pkgpath = c->path;
	return v;
}

/* The receiver's parameter objects of method o (d its FUNCDECL). */
static void recv_params(Checker *c, Obj *o, Node *d, Type *recv)
{
	Node *fl = NODE_AT(d->list, 0);
	if (fl->list.len == 0)
		fl->obj = recv_param(c, o, c->n_blank, recv, fl->a->pos);
	for (int j = 0; j < fl->list.len; j++) {
		Node *id = NODE_AT(fl->list, j);
		id->obj = recv_param(c, o, id->name, recv, id->pos);
	}
}

/* Method o (d its FUNCDECL) joins the methods of rt, unless a field of
 * rt has its name. */
static bool add_method_to(Checker *c, Type *rt, Obj *o, Node *d)
{
	Type *u = ty_under(rt);
	if (u && u->kind == T_STRUCT)
		for (int i = 0; i < u->nfields; i++)
			if (u->fields[i].name == o->name) {
				check_errorf(c, d->pos, "field and method with the same name %s\n"
					     "\t%s: other declaration of %s", o->name,
					     check_fmtpos(c, u->fields[i].pos), o->name);
				return false;
			}
	Method *ms = arena_alloc(c->arena, (size_t)(rt->nmethods + 1) * sizeof *ms);
	if (rt->nmethods)
		memcpy(ms, rt->methods, (size_t)rt->nmethods * sizeof *ms);
	ms[rt->nmethods] = (Method){o->name, o->type, o, recv_is_ptr(d)};
	rt->methods = ms;
	rt->nmethods++;
	return true;
}

static void attach(Checker *c, Obj *o)
{
	Node *d = o->decl;
	Node *base = recv_base(d);
	o->type = check_func_signature(c, d->a, o);
	Type *rt = NULL;
	if (base->kind == N_IDENT) {
		Obj *to = check_scope_lookup(c->pkg, base->name);
		if (to && to->generic && to->kind == OBJ_TYPE)
			check_errorf(c, base->pos, "cannot use generic type %s without instantiation",
				     check_generic_str(c, to));
		else if (to && to->kind == OBJ_TYPE && to->type && to->type->kind == T_NAMED &&
		    to->pkgpath == c->path)
			rt = to->type;
		else if (!to)
			check_errorf(c, base->pos, "undefined: %s", base->name);
		else
			check_errorf(c, base->pos, "cannot define new methods on non-local type %s",
				     base->name);
	} else {
		check_errorf(c, base->pos, "invalid receiver type %s", check_expr_str(c, base));
	}
	Type *recv = ty_basic(T_INVALID);
	if (rt) {
		check_type_expr(c, base); /* resolves the named type */
		recv = recv_is_ptr(d) ? check_new_pointer(c, rt) : rt;
		Type *u = ty_under(rt);
		if (u && (u->kind == T_POINTER || u->kind == T_INTERFACE)) {
			check_errorf(c, base->pos, "invalid receiver type %s (pointer or interface type)",
				     base->name);
			rt = NULL;
		}
	}
	recv_params(c, o, d, recv);
	if (!rt)
		return;
	if (o->name == c->n_blank)
		return;
	for (int i = 0; i < rt->nmethods; i++)
		if (rt->methods[i].name == o->name) {
			check_errorf(c, d->pos, "method %s.%s already declared at %s", rt->obj->name,
				     o->name, check_fmtpos(c, rt->methods[i].func->pos));
			return;
		}
	add_method_to(c, rt, o, d);
}

Obj *check_method_instance(Checker *c, Type *t, Node *d)
{
	Obj *o = check_obj_new(c, OBJ_FUNC, d->name, NULL, d->pos);
	o->decl = d;
	o->global = true;
	o->pkgpath = c->path;
	d->obj = o;
	o->type = check_func_signature(c, d->a, o);
	recv_params(c, o, d, recv_is_ptr(d) ? check_new_pointer(c, t) : t);
	if (o->name == c->n_blank)
		return o;
	return add_method_to(c, t, o, d) ? o : NULL;
}

void check_methods_resolve(Checker *c)
{
	/* a generic type's methods first: an instance made while typing a
	 * method's signature gets them all */
	check_generic_methods_resolve(c);
	for (int i = 0; i < c->methods.len; i++)
		attach(c, c->methods.items[i]);
}

/* ---- lookup ---- */

static Type *struct_under(Type *t)
{
	Type *u = ty_under(t);
	if (u && u->kind == T_POINTER)
		u = ty_under(u->elem);
	return u && u->kind == T_STRUCT ? u : NULL;
}

typedef struct MCand {
	Type *t;
	int path[CHECK_MAX_FIELD_DEPTH];
	bool via_ptr; /* an embedded pointer was crossed */
} MCand;

/* The method `name` of t (through embedded fields): its Method, the depth
 * (path length) and path; 0 if none, -1 if ambiguous.  *iface is set when
 * the method is an interface's (the embedded field or t itself). */
int check_lookup_method(Checker *c, Type *t, const char *name, int *path,
			Method **out, bool *via_ptr)
{
	Mem *mem = c->arena->mem;
	MCand *cur = mem_calloc(mem, 1, sizeof *cur), *next;
	int ncur = 1, result = 0;
	cur[0].t = t;
	for (int depth = 0; depth <= CHECK_MAX_FIELD_DEPTH && ncur > 0; depth++) {
		int found = 0, nnext = 0;
		next = mem_calloc(mem, (size_t)ncur * 64 + 1, sizeof *next);
		for (int i = 0; i < ncur; i++) {
			Type *ct = cur[i].t;
			Type *nt = ct;
			bool deref = nt->kind != T_NAMED && ty_under(nt)->kind == T_POINTER;
			if (deref)
				nt = ty_under(nt)->elem;
			Type *nu = ty_under(nt);
			Method *ms = nt->kind == T_NAMED ? nt->methods : NULL;
			int nms = nt->kind == T_NAMED ? nt->nmethods : 0;
			if (nu && nu->kind == T_INTERFACE) { /* *I has no methods */
				ms = deref ? NULL : nu->methods;
				nms = deref ? 0 : nu->nmethods;
			}
			for (int j = 0; j < nms; j++)
				if (ms[j].name == name) {
					if (found++ == 0) {
						memcpy(path, cur[i].path, sizeof cur[i].path);
						*out = &ms[j];
						*via_ptr = cur[i].via_ptr;
					}
				}
			Type *st = struct_under(ct);
			if (!st || depth == CHECK_MAX_FIELD_DEPTH)
				continue;
			for (int j = 0; j < st->nfields; j++) {
				Field *f = &st->fields[j];
				if (!f->embedded || nnext >= ncur * 64)
					continue;
				MCand *d = &next[nnext++];
				*d = cur[i];
				d->t = f->type;
				d->path[depth] = j;
				if (ty_under(f->type)->kind == T_POINTER)
					d->via_ptr = true;
			}
		}
		mem_free(mem, cur);
		cur = next;
		ncur = nnext;
		if (found) {
			result = found == 1 ? depth + 1 : -1;
			break;
		}
	}
	mem_free(mem, cur);
	return result;
}

static bool is_iface(Type *t)
{
	return t && ty_under(t) && ty_under(t)->kind == T_INTERFACE;
}

static Node *field_sel(Checker *c, Node *x, Field *f, Node *like)
{
	Node *sel = ast_new(c->arena, N_SELECTOR, like->pos);
	sel->pos2 = like->pos2;
	sel->name = f->name;
	sel->a = x;
	sel->field = f;
	sel->type = f->type;
	sel->mode = ty_under(x->type)->kind == T_POINTER ||
				    (x->mode == MODE_VARIABLE && !check_is_map_index(x))
			    ? MODE_VARIABLE : MODE_VALUE;
	return sel;
}

int check_find_method(Checker *c, Type *t, const char *name, int *path,
		      Method **out, bool *via_ptr)
{
	int depth = check_lookup_method(c, t, name, path, out, via_ptr);
	if (depth <= 0 || !struct_under(t))
		return depth;
	int fpath[CHECK_MAX_FIELD_DEPTH + 1];
	int fdepth = check_lookup_field(c, t, name, fpath);
	if (fdepth > 0 && fdepth < depth)
		return 0;
	return fdepth == depth ? -1 : depth;
}

bool check_method_first(Checker *c, Type *t, const char *name)
{
	int path[CHECK_MAX_FIELD_DEPTH + 1];
	Method *m = NULL;
	bool via_ptr = false;
	int depth = check_lookup_method(c, t, name, path, &m, &via_ptr);
	if (depth <= 0)
		return false;
	int fdepth = check_lookup_field(c, t, name, path);
	return fdepth == 0 || (fdepth > 0 && depth <= fdepth);
}

/* n (a selector of method m, its receiver in place) as a method value
 * when it is not called: a closure over the receiver. */
static bool method_value(Checker *c, Node *n, Method *m, Pos at)
{
	if (c->call_fun == n)
		return true;
	n->obj = check_value_wrapper(c, n->a->type, n->name, m->type, at);
	if (!n->obj)
		n->mode = MODE_INVALID;
	return true;
}

/* x.M as a method: true if handled (n annotated or an error reported). */
bool check_method_selector(Checker *c, Node *n)
{
	Node *x = n->a;
	int path[CHECK_MAX_FIELD_DEPTH + 1];
	Method *m = NULL;
	bool via_ptr = false;
	if (x->mode == MODE_TYPE)
		return false;
	Type *xt = x->type;
	if (ty_under(xt)->kind == T_POINTER && ty_under(ty_under(xt)->elem)->kind == T_POINTER)
		return false;
	int depth = check_find_method(c, xt, n->name, path, &m, &via_ptr);
	if (depth == 0)
		return false;
	Pos at = n->pos2.line ? n->pos2 : n->pos;
	if (depth < 0) {
		check_errorf(c, at, "ambiguous selector %s.%s", check_expr_str(c, x), n->name);
		n->mode = MODE_INVALID;
		return true;
	}
	Node *cur = x;
	for (int k = 0; k < depth - 1; k++)
		cur = field_sel(c, cur, &struct_under(cur->type)->fields[path[k]], n);
	n->type = m->type;
	n->mode = MODE_VALUE;
	if (is_iface(cur->type)) {
		n->a = cur; /* dynamic dispatch */
		n->obj = NULL;
		return method_value(c, n, m, at);
	}
	bool isptr = ty_under(cur->type)->kind == T_POINTER;
	if (m->ptr_recv && !isptr) {
		if (cur->mode != MODE_VARIABLE || check_is_map_index(cur)) {
			check_errorf(c, at, "cannot call pointer method %s on %s", n->name,
				     check_tstr(c, x->type));
			n->mode = MODE_INVALID;
			return true;
		}
		check_mark_addr_taken(cur);
		Node *amp = ast_new(c->arena, N_UNARY, cur->pos);
		amp->op = TK_AND;
		amp->a = cur;
		amp->mode = MODE_VALUE;
		amp->type = check_new_pointer(c, cur->type);
		cur = amp;
	} else if (!m->ptr_recv && isptr) {
		Node *star = ast_new(c->arena, N_STAR, cur->pos);
		star->a = cur;
		star->mode = MODE_VARIABLE;
		star->type = ty_under(cur->type)->elem;
		cur = star;
	}
	n->a = cur;
	n->obj = m->func;
	check_record_dep(c, m->func);
	return method_value(c, n, m, at);
}

/* ---- method expressions ---- */

bool check_method_expr(Checker *c, Node *n)
{
	Type *t = n->a->type;
	Type *u = ty_under(t);
	int path[CHECK_MAX_FIELD_DEPTH + 1];
	Method *m = NULL;
	bool via_ptr = false;
	Pos at = n->pos2.line ? n->pos2 : n->pos;
	int depth = check_find_method(c, t, n->name, path, &m, &via_ptr);
	if (depth == 0)
		return false;
	n->mode = MODE_INVALID;
	if (depth < 0) {
		check_errorf(c, at, "ambiguous selector %s.%s", check_expr_str(c, n->a), n->name);
		return true;
	}
	bool isptr = u->kind == T_POINTER;
	if (m->func && m->ptr_recv && !via_ptr && !isptr) {
		check_errorf(c, at, "invalid method expression %s.%s (needs pointer receiver (*%s).%s)",
			     check_tstr(c, t), n->name, check_tstr(c, t), n->name);
		return true;
	}
	/* a declared method as it stands is its own function; anything
	 * else (through a pointer, promoted, an interface's) a wrapper */
	Obj *fn = m->func;
	if (depth != 1 || !fn || m->ptr_recv != isptr)
		fn = check_recv_wrapper(c, t, n->name, m->type, at);
	if (!fn)
		return true;
	if (m->func)
		check_record_dep(c, m->func);
	n->obj = fn;
	n->type = check_with_receiver(c, t, m->type);
	n->mode = MODE_VALUE;
	return true;
}

/* ---- interfaces ---- */

static int method_cmp(const void *a, const void *b)
{
	return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

static void add_method(Checker *c, PtrVec *v, Method *m, Pos pos)
{
	for (int i = 0; i < v->len; i++) {
		Method *o = v->items[i];
		if (o->name == m->name) {
			if (!ty_identical(o->type, m->type))
				check_errorf(c, pos, "duplicate method %s", m->name);
			return;
		}
	}
	ptrvec_push(c->arena, v, m);
}

Type *check_interface_type(Checker *c, Node *n)
{
	PtrVec ms = {0};
	Type *t = check_new_type(c, T_INTERFACE);
	for (int i = 0; i < n->list.len; i++) {
		Node *f = NODE_AT(n->list, i);
		if (f->list.len) {
			Node *id = NODE_AT(f->list, 0);
			Method *m = arena_alloc(c->arena, sizeof *m);
			m->name = id->name;
			m->type = check_func_signature(c, f->a, NULL);
			add_method(c, &ms, m, id->pos);
			continue;
		}
		/* an embedded interface, or a type set's element (~int | string) */
		Type *u = check_embed_element(c, t, f->a);
		for (int j = 0; u && j < u->nmethods; j++)
			add_method(c, &ms, &u->methods[j], check_start_pos(f->a));
	}
	t->nmethods = ms.len;
	t->methods = arena_alloc(c->arena, (size_t)(ms.len + 1) * sizeof *t->methods);
	for (int i = 0; i < ms.len; i++)
		t->methods[i] = *(Method *)ms.items[i];
	qsort(t->methods, (size_t)t->nmethods, sizeof *t->methods, method_cmp);
	return t;
}

/* types2's cause when have (NULL: none) does not implement want, or
 * NULL; via_ptr: have was reached through an embedded pointer. */
static const char *method_cause(Checker *c, Type *v, Method *have, Method *want, bool via_ptr)
{
	if (!have)
		return check_csprintf(c, "missing method %s", want->name);
	if (!ty_identical(have->type, want->type))
		return check_csprintf(c, "wrong type for method %s)\n\t\thave %s%s\n\t\twant %s%s",
				      want->name, want->name, check_tstr(c, have->type) + 4,
				      want->name, check_tstr(c, want->type) + 4);
	if (have->ptr_recv && have->func && !via_ptr && ty_under(v)->kind != T_POINTER)
		return check_csprintf(c, "method %s has pointer receiver", want->name);
	return NULL;
}

/* The cause when v, not an interface, lacks want. */
static const char *concrete_cause(Checker *c, Type *v, Method *want)
{
	Method *have = NULL;
	bool via_ptr = false;
	int path[CHECK_MAX_FIELD_DEPTH + 1];
	int depth = check_find_method(c, v, want->name, path, &have, &via_ptr);
	if (depth < 0)
		return check_csprintf(c, "ambiguous selector %s.%s", check_tstr(c, v), want->name);
	Type *vu = ty_under(v);
	if (vu->kind == T_POINTER && is_iface(vu->elem))
		return check_csprintf(c, "type %s is pointer to interface, not interface",
				      check_tstr(c, v));
	if (depth == 0 && struct_under(v) && check_lookup_field(c, v, want->name, path) > 0)
		return check_csprintf(c, "%s.%s is a field, not a method", check_tstr(c, v),
				      want->name);
	return method_cause(c, v, depth > 0 ? have : NULL, want, via_ptr);
}

/* types2's hasAllMethods: NULL when v has every method of interface t,
 * else (when want_cause, or "" otherwise) the reason in types2's words,
 * "(missing method M)". */
static const char *missing_method(Checker *c, Type *v, Type *t, bool want_cause)
{
	Type *tu = ty_under(t);
	for (int i = 0; i < tu->nmethods; i++) {
		Method *want = &tu->methods[i];
		const char *why;
		if (is_iface(v)) {
			Type *vu = ty_under(v);
			Method *have = NULL;
			for (int j = 0; j < vu->nmethods; j++)
				if (vu->methods[j].name == want->name)
					have = &vu->methods[j];
			why = method_cause(c, v, have, want, false);
		} else {
			why = concrete_cause(c, v, want);
		}
		if (why) {
			if (!want_cause)
				return "";
			const char *tail = strchr(why, ')') ? "" : ")";
			return check_csprintf(c, "(%s%s", why, tail);
		}
	}
	return NULL;
}

const char *check_missing_method(Checker *c, Type *v, Type *t)
{
	return missing_method(c, v, t, true);
}

/* Does v implement interface t?  *cause (if not NULL) gets types2's
 * reason when it does not. */
bool check_implements(Checker *c, Type *v, Type *t, const char **cause)
{
	const char *why = missing_method(c, v, t, cause != NULL);
	if (why && cause)
		*cause = check_csprintf(c, "%s does not implement %s %s", check_tstr(c, v),
					check_tstr(c, t), why);
	return !why;
}

/* ---- type assertions ---- */

/* x.(T) (the node e) where T is concrete: T must implement x's interface
 * (types2 reports the whole assertion, at its start). */
static bool assert_target(Checker *c, Node *e, Node *x, Type *t)
{
	if (is_iface(t))
		return true;
	const char *cause = NULL;
	if (!check_implements(c, t, x->type, &cause)) {
		check_errorf(c, check_start_pos(e), "impossible type assertion: %s\n\t%s",
			     check_expr_str(c, e), cause ? cause : "");
		return false;
	}
	return true;
}

/* A type switch on x lists the concrete type t (case expression e): t
 * must implement x's interface (types2's typeAssertion, typeSwitch). */
void check_switch_case_type(Checker *c, Node *x, Node *e, Type *t)
{
	if (is_iface(t))
		return;
	const char *why = missing_method(c, t, x->type, true);
	if (why)
		check_errorf(c, check_start_pos(e),
			     "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
			     check_expr_str(c, e), check_operand_str(c, x), check_tstr(c, t), why);
}

void check_type_assert(Checker *c, Node *n)
{
	Node *x = n->a;
	bool commaok = c->commaok == n;
	c->commaok = NULL;
	check_expr(c, x);
	if (!n->b) {
		check_errorf(c, n->pos, "invalid syntax tree: use of .(type) outside type switch");
		n->mode = MODE_INVALID;
		return;
	}
	Type *t = check_type_expr(c, n->b);
	if (x->mode == MODE_INVALID || !t) {
		n->mode = MODE_INVALID;
		return;
	}
	n->b->mode = MODE_TYPE; /* codegen reads the type there */
	n->b->type = t;
	if (!is_iface(x->type)) {
		check_errorf(c, check_start_pos(x), "invalid operation: %s is not an interface",
			     check_operand_str(c, x));
		n->mode = MODE_INVALID;
		return;
	}
	if (!assert_target(c, n, x, t)) {
		n->mode = MODE_INVALID;
		return;
	}
	n->mode = MODE_COMMAOK;
	n->type = t;
	if (commaok) {
		Type *el[2] = {t, ty_basic(T_BOOL)};
		Type **elems = arena_alloc(c->arena, sizeof el);
		memcpy(elems, el, sizeof el);
		n->type = check_new_tuple(c, elems, 2);
		n->mode = MODE_VALUE;
	}
}

Node *check_unparen(Node *n)
{
	while (n->kind == N_PAREN)
		n = n->a;
	return n;
}
