/* check_inst.c: generic functions and types, by monomorphisation.
 *
 * A generic declaration (Obj.generic) is never checked as such.  Each
 * instance, a generic object with a list of type arguments, is a fresh
 * copy of the declaration's syntax tree (ast_clone), checked as an
 * ordinary declaration in a scope where each type parameter's name is
 * an alias of its type argument:
 *
 *     func Map[T, U any](xs []T, f func(T) U) []U      Map[int,string]:
 *         scope { T = int, U = string } → the file scope
 *         FUNC "Map[int,string]", a copy of the FUNCDECL
 *
 * so an instance is an ordinary Obj (a FUNC, or the TypeName of a named
 * type "Stack" whose Type carries its targs) that codegen compiles like
 * any other: Program.funcs lists instance functions and methods after
 * the program's own.  Instances are cached per generic by their type
 * arguments (ty_identical), across the files and packages of a session;
 * a type's instance is cached before its underlying type is checked, so
 * `type List[T any] struct{ next *List[T] }` finds itself.  A type's
 * instance gets every method of the generic type, instantiated the same
 * way (its receiver's type parameter names are the method's own).
 *
 * Bodies are checked later, from a worklist (check_instance_bodies), so
 * an instance made while checking a body is checked too; instance
 * functions of the program's own package take part in its initialisation
 * order like its other functions.  An instance of a library package's
 * generic is checked in that package's scope but compiled into the
 * program that instantiates it (its FUNC's srcfile names the library's
 * file for tracebacks).
 *
 * Generic code is checked only through its instances: an error in the
 * body of a generic that is never instantiated goes unreported, and a
 * body is not checked against its constraints beyond what each instance's
 * check finds.  A valid Go program behaves the same.  What is checked as
 * Go does is the use of generics: type argument counts, the type
 * arguments' satisfaction of the constraints (check_constraint.c),
 * inference (check_infer.c) and uninstantiated uses.  For those, each
 * generic is also typed once over placeholders (T_TYPEPARAM): its bounds,
 * and a function's signature, which inference unifies with the
 * arguments.  An instance whose arguments mention placeholders (a
 * generic type in such a signature) is shallow: its underlying type but
 * no methods, never compiled.
 */
#include "check_internal.h"

#include <string.h>

#include "strbuf.h"

/* An instance body waiting to be checked. */
typedef struct InstBody {
	Obj *f;
	Scope *scope;      /* its type parameters' scope */
	GenericDecl *gen;
	int level;         /* the instance level of the body that made it */
} InstBody;

/* Instantiations nested deeper than this (or bodies instantiating one
 * another this many times) are an instantiation cycle. */
enum { MAX_INST_DEPTH = 40 };

/* ---- declarations ---- */

static Node *recv_base(Node *d)
{
	Node *t = NODE_AT(d->list, 0)->a;
	while (t->kind == N_PAREN || t->kind == N_STAR)
		t = t->a;
	return t;
}

void check_generic_new(Checker *c, Obj *o, Node *decl, NodeList *tparams)
{
	GenericDecl *g = arena_alloc(c->arena, sizeof *g);
	g->obj = o;
	g->decl = decl;
	g->scope = c->scope && c->scope->kind != SC_PACKAGE ? c->scope : c->file_scope;
	g->path = c->path;
	/* interned: the Diag's names go with the compile */
	g->srcfile = names_get(c->names, c->session->natives ? c->session->natives->file
							    : diag_file_name(c->diag, decl->pos.file));
	int n = 0;
	for (int i = 0; i < tparams->len; i++)
		n += NODE_AT(*tparams, i)->list.len;
	g->tparams = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *g->tparams);
	for (int i = 0; i < tparams->len; i++) {
		Node *f = NODE_AT(*tparams, i);
		for (int j = 0; j < f->list.len; j++) {
			Node *id = NODE_AT(f->list, j);
			TParam *tp = &g->tparams[g->ntparams++];
			tp->name = id->name;
			tp->pos = id->pos;
			tp->constraint = f->a;
		}
	}
	o->generic = g;
	if (o->kind == OBJ_TYPE) {
		/* a placeholder: only its instances are types */
		Type *t = check_new_type(c, T_NAMED);
		t->obj = o;
		t->underlying = ty_basic(T_INVALID);
		o->type = t;
	}
	check_generic_uses(c, decl);
}

/* A scope where the type parameters' names (names: a receiver's own, or
 * NULL for the declaration's) denote types[i]. */
static Scope *tparam_scope(Checker *c, GenericDecl *g, NodeList *names, Type **types)
{
	Scope *s = check_scope_new(c, g->scope, SC_BLOCK);
	for (int i = 0; i < g->ntparams; i++) {
		const char *name = g->tparams[i].name;
		Pos pos = g->tparams[i].pos;
		if (names && i < names->len && NODE_AT(*names, i)->kind == N_IDENT) {
			name = NODE_AT(*names, i)->name;
			pos = NODE_AT(*names, i)->pos;
		}
		Obj *o = check_obj_new(c, OBJ_TYPE, name, types[i], pos);
		o->pkgpath = g->path;
		check_declare(c, s, o);
	}
	return s;
}

/* The checker's context while it checks a part of generic g. */
typedef struct Saved {
	Scope *scope;
	const char *path, *srcfile;
	Obj *decl;
	FuncCtx *fn;
	ConstVal *iota;
	Node *call_fun, *commaok;
} Saved;

static Saved enter(Checker *c, GenericDecl *g, Scope *s)
{
	Saved sv = {c->scope, c->path, c->srcfile, c->decl, c->fn, c->iota,
		    c->call_fun, c->commaok};
	c->scope = s;
	c->path = g->path;
	c->srcfile = g->srcfile;
	c->fn = NULL;
	c->iota = NULL;
	c->call_fun = NULL;
	c->commaok = NULL;
	return sv;
}

static void leave(Checker *c, Saved sv)
{
	c->scope = sv.scope;
	c->path = sv.path;
	c->srcfile = sv.srcfile;
	c->decl = sv.decl;
	c->fn = sv.fn;
	c->iota = sv.iota;
	c->call_fun = sv.call_fun;
	c->commaok = sv.commaok;
}

void check_generic_declare(Checker *c, Obj *o)
{
	GenericDecl *g = o->generic;
	if (g->declared)
		return;
	g->declared = true;
	Type **ps = arena_alloc(c->arena, (size_t)(g->ntparams + 1) * sizeof *ps);
	for (int i = 0; i < g->ntparams; i++) {
		Type *t = check_new_type(c, T_TYPEPARAM);
		t->obj = check_obj_new(c, OBJ_TYPE, g->tparams[i].name, t, g->tparams[i].pos);
		t->origin = g;
		g->tparams[i].type = ps[i] = t;
	}
	Saved sv = enter(c, g, tparam_scope(c, g, NULL, ps));
	c->decl = NULL;
	for (int i = 0; i < g->ntparams; i++) {
		/* a shared constraint (K, V any) is typed once */
		if (i > 0 && g->tparams[i].constraint == g->tparams[i - 1].constraint) {
			g->tparams[i].bound = g->tparams[i - 1].bound;
			continue;
		}
		g->tparams[i].bound = check_constraint_type(c, ast_clone(c->arena,
								g->tparams[i].constraint));
	}
	if (g->decl->kind == N_FUNCDECL) {
		g->sig = check_func_signature(c, ast_clone(c->arena, g->decl->a), NULL);
		o->type = g->sig;
	}
	leave(c, sv);
}

const char *check_generic_str(Checker *c, Obj *o)
{
	GenericDecl *g = o->generic;
	check_generic_declare(c, o);
	StrBuf b = check_new_buf(c);
	if (o->pkgpath && strcmp(o->pkgpath, "main") != 0)
		sb_printf(&b, "%s.", ty_pkgname(o->pkgpath));
	sb_printf(&b, "%s[", o->name);
	for (int i = 0; i < g->ntparams; i++) {
		sb_printf(&b, "%s%s", i ? ", " : "", g->tparams[i].name);
		/* types2 groups a run of parameters with one bound: K, V any */
		if (i + 1 < g->ntparams && g->tparams[i + 1].bound == g->tparams[i].bound)
			continue;
		Type *bound = g->tparams[i].bound;
		sb_printf(&b, " %s", bound ? check_tstr(c, bound) : "invalid type");
	}
	sb_puts(&b, "]");
	return check_buf_finish(c, &b);
}

void check_uninstantiated(Checker *c, Node *x)
{
	Obj *o = x->obj;
	if (o && o->generic && o->kind == OBJ_TYPE)
		check_errorf(c, check_start_pos(x), "cannot use generic type %s without instantiation",
			     check_generic_str(c, o));
	else
		check_errorf(c, check_start_pos(x), "cannot use generic function %s without instantiation",
			     check_expr_str(c, x));
	x->mode = MODE_INVALID;
	x->type = ty_basic(T_INVALID);
}

/* ---- uses of packages in generic declarations ---- */

void check_generic_uses(Checker *c, Node *n)
{
	if (!n)
		return;
	if (n->kind == N_SELECTOR && n->a && n->a->kind == N_IDENT && c->file_scope) {
		Obj *o = check_scope_lookup_local(c->file_scope, n->a->name);
		if (o && o->kind == OBJ_PKG)
			((Package *)o->chk)->used = true;
	}
	check_generic_uses(c, n->a);
	check_generic_uses(c, n->b);
	check_generic_uses(c, n->c);
	check_generic_uses(c, n->d);
	NodeList *lists[3] = {&n->list, &n->list2, &n->list3};
	for (int l = 0; l < 3; l++)
		for (int i = 0; i < lists[l]->len; i++)
			check_generic_uses(c, NODE_AT(*lists[l], i));
}

/* ---- methods of generic types ---- */

void check_generic_method_decl(Checker *c, Node *d)
{
	d->obj = NULL;
	if (!d->b)
		check_errorf(c, d->pos, "missing function body");
	check_generic_uses(c, d);
	ptrvec_push(c->arena, &c->generic_methods, d);
}

void check_generic_methods_resolve(Checker *c)
{
	for (int i = 0; i < c->generic_methods.len; i++) {
		Node *d = c->generic_methods.items[i];
		Node *base = recv_base(d);
		Node *name = check_unparen(base->a);
		Obj *o = name->kind == N_IDENT ? check_scope_lookup(c->pkg, name->name) : NULL;
		if (!o) {
			check_errorf(c, name->pos, "undefined: %s", check_expr_str(c, name));
			continue;
		}
		if (o->kind != OBJ_TYPE || !o->generic || o->pkgpath != c->path) {
			if (o->kind == OBJ_TYPE && o->pkgpath == c->path)
				check_errorf(c, name->pos, "%s is not a generic type", o->name);
			else
				check_errorf(c, name->pos, "cannot define new methods on non-local type %s",
					     check_expr_str(c, name));
			continue;
		}
		GenericDecl *g = o->generic;
		if (base->list.len != g->ntparams) {
			Node *recv = NODE_AT(d->list, 0);
			Pos at = recv->list.len ? NODE_AT(recv->list, 0)->pos : check_start_pos(recv->a);
			check_errorf(c, at, "got %d type parameter%s, but receiver base type declares %d",
				     base->list.len, base->list.len == 1 ? "" : "s", g->ntparams);
			continue;
		}
		bool dup = false;
		for (int j = 0; j < g->methods.len && d->name != c->n_blank; j++) {
			Node *m = g->methods.items[j];
			if (m->name == d->name) {
				check_errorf(c, d->pos, "method %s.%s already declared at %s", o->name,
					     d->name, check_fmtpos(c, m->pos));
				dup = true;
			}
		}
		if (!dup)
			ptrvec_push(c->arena, &g->methods, d);
	}
	c->generic_methods.len = 0;
}

/* ---- instances ---- */

bool check_parameterized(Type *t)
{
	if (!t)
		return false;
	switch (t->kind) {
	case T_TYPEPARAM: return true;
	case T_ARRAY: case T_SLICE: case T_POINTER: case T_CHAN:
		return check_parameterized(t->elem);
	case T_MAP: return check_parameterized(t->key) || check_parameterized(t->elem);
	case T_FUNC: return check_parameterized(t->params) || check_parameterized(t->results);
	case T_TUPLE:
		for (int i = 0; i < t->nelems; i++)
			if (check_parameterized(t->elems[i]))
				return true;
		return false;
	case T_STRUCT:
		for (int i = 0; i < t->nfields; i++)
			if (check_parameterized(t->fields[i].type))
				return true;
		return false;
	case T_NAMED:
		for (int i = 0; i < t->ntargs; i++)
			if (check_parameterized(t->targs[i]))
				return true;
		return false;
	default:
		return false;
	}
}

static Inst *find_inst(GenericDecl *g, Type **targs)
{
	for (int i = 0; i < g->insts.len; i++) {
		Inst *in = g->insts.items[i];
		int k = 0;
		while (k < g->ntparams && ty_identical(in->targs[k], targs[k]))
			k++;
		if (k == g->ntparams)
			return in;
	}
	return NULL;
}

static Inst *add_inst(Checker *c, GenericDecl *g, Type **targs, Obj *obj)
{
	Inst *in = arena_alloc(c->arena, sizeof *in);
	in->gen = g;
	in->targs = arena_alloc(c->arena, (size_t)(g->ntparams + 1) * sizeof *targs);
	memcpy(in->targs, targs, (size_t)g->ntparams * sizeof *targs);
	in->obj = obj;
	ptrvec_push(c->arena, &g->insts, in);
	ptrvec_push(c->arena, &c->new_insts, in);
	return in;
}

void check_forget_instances(Checker *c)
{
	for (int i = 0; i < c->new_insts.len; i++) {
		Inst *in = c->new_insts.items[i];
		PtrVec *v = &in->gen->insts;
		for (int k = 0; k < v->len; k++)
			if (v->items[k] == in) {
				memmove(&v->items[k], &v->items[k + 1],
					(size_t)(v->len - k - 1) * sizeof v->items[0]);
				v->len--;
				break;
			}
	}
	c->new_insts.len = 0;
}

/* "Map[int,string]": runtime's spelling of an instance's name. */
static const char *inst_name(Checker *c, GenericDecl *g, Type **targs)
{
	StrBuf b = check_new_buf(c);
	sb_printf(&b, "%s[", g->obj->name);
	for (int i = 0; i < g->ntparams; i++)
		sb_printf(&b, "%s%s", i ? "," : "", ty_string(c->arena, targs[i]));
	sb_puts(&b, "]");
	const char *s = check_buf_finish(c, &b);
	return names_get(c->names, s);
}

/* Do the type arguments satisfy their constraints? */
static bool verify(Checker *c, GenericDecl *g, Type **targs, Node **xlist, Pos pos)
{
	Saved sv = enter(c, g, tparam_scope(c, g, NULL, targs));
	bool ok = true;
	for (int i = 0; i < g->ntparams && ok; i++) {
		Type *bound = check_constraint_type(c, ast_clone(c->arena, g->tparams[i].constraint));
		const char *cause = NULL;
		if (bound && !check_satisfies(c, targs[i], bound, &cause)) {
			check_errorf(c, xlist && xlist[i] ? check_start_pos(xlist[i]) : pos, "%s", cause);
			ok = false;
		}
	}
	leave(c, sv);
	return ok;
}

/* types2's message for an instantiation that never ends, at the type
 * parameter whose argument keeps growing. */
static void cycle_error(Checker *c, GenericDecl *g, Type **targs, Node **xlist, Pos pos)
{
	if (g->cycle)
		return;
	g->cycle = true;
	int k = 0;
	while (xlist && k < g->ntparams - 1 && xlist[k] && xlist[k]->kind == N_IDENT)
		k++;
	Pos at = xlist && xlist[k] ? check_start_pos(xlist[k]) : pos;
	const char *as = xlist && xlist[k] ? check_expr_str(c, xlist[k]) : check_tstr(c, targs[k]);
	check_errorf(c, g->tparams[k].pos, "instantiation cycle:\n\t%s: %s instantiated as %s",
		     check_fmtpos(c, at), g->tparams[k].name, as);
}

static bool same_package(Checker *c, GenericDecl *g)
{
	return strcmp(g->path, c->prog->path) == 0;
}

static void queue_body(Checker *c, Obj *f, Scope *s, GenericDecl *g)
{
	InstBody *b = arena_alloc(c->arena, sizeof *b);
	*b = (InstBody){f, s, g, c->inst_level + 1};
	ptrvec_push(c->arena, &c->pending, b);
}

static Obj *inst_func(Checker *c, GenericDecl *g, Type **targs)
{
	Node *d = ast_clone(c->arena, g->decl);
	d->a->list3.len = 0;
	Obj *f = check_obj_new(c, OBJ_FUNC, inst_name(c, g, targs), NULL, g->obj->pos);
	add_inst(c, g, targs, f);
	if (same_package(c, g))
		check_method_info(c, f, d); /* its body's dependencies count */
	f->decl = d;
	d->obj = f;
	f->pkgpath = g->path;
	f->global = true;
	f->srcfile = g->srcfile;
	Scope *s = tparam_scope(c, g, NULL, targs);
	Saved sv = enter(c, g, s);
	c->decl = same_package(c, g) ? f : NULL;
	f->type = check_func_signature(c, d->a, f);
	leave(c, sv);
	if (d->b)
		queue_body(c, f, s, g);
	return f;
}

static void inst_methods(Checker *c, GenericDecl *g, Type *t)
{
	for (int i = 0; i < g->methods.len; i++) {
		Node *d = ast_clone(c->arena, g->methods.items[i]);
		Scope *s = tparam_scope(c, g, &recv_base(d)->list, t->targs);
		Saved sv = enter(c, g, s);
		c->decl = NULL;
		Obj *m = check_method_instance(c, t, d);
		leave(c, sv);
		if (!m)
			continue;
		m->srcfile = g->srcfile;
		if (same_package(c, g))
			check_method_info(c, m, d);
		m->decl = d;
		m->pkgpath = g->path;
		if (d->b)
			queue_body(c, m, s, g);
	}
}

static Obj *inst_type(Checker *c, GenericDecl *g, Type **targs, bool shallow)
{
	Obj *tn = check_obj_new(c, OBJ_TYPE, g->obj->name, NULL, g->obj->pos);
	tn->pkgpath = g->path;
	tn->global = true;
	tn->decl = g->decl;
	Type *t = check_new_type(c, T_NAMED);
	t->obj = tn;
	t->underlying = NULL;
	t->origin = g;
	t->ntargs = g->ntparams;
	tn->type = t;
	Inst *in = add_inst(c, g, targs, tn);
	t->targs = in->targs;
	if (!shallow)
		ptrvec_push(c->arena, &c->named_types, t);
	Node *spec = ast_clone(c->arena, g->decl);
	Saved sv = enter(c, g, tparam_scope(c, g, NULL, targs));
	c->decl = NULL;
	c->allow_constraint = true;
	Type *rhs = check_type_expr(c, spec->a);
	leave(c, sv);
	Type *u = rhs ? ty_under(rhs) : ty_basic(T_INVALID);
	if (!u) {
		check_errorf(c, g->obj->pos, "invalid recursive type: %s refers to itself", g->obj->name);
		u = ty_basic(T_INVALID);
	}
	t->underlying = u;
	if (!shallow)
		inst_methods(c, g, t);
	return tn;
}

Obj *check_instantiate(Checker *c, Obj *o, Type **targs, Node **xlist, Pos pos)
{
	GenericDecl *g = o->generic;
	check_generic_declare(c, o);
	for (int i = 0; i < g->ntparams; i++)
		if (!targs[i] || targs[i]->kind == T_INVALID)
			return NULL;
	Inst *in = find_inst(g, targs);
	if (in)
		return in->obj;
	bool shallow = false;
	for (int i = 0; i < g->ntparams; i++)
		shallow |= check_parameterized(targs[i]);
	if (!shallow && !verify(c, g, targs, xlist, pos))
		return NULL;
	if (c->inst_nest >= MAX_INST_DEPTH || c->inst_level >= MAX_INST_DEPTH) {
		cycle_error(c, g, targs, xlist, pos);
		return NULL;
	}
	c->inst_nest++;
	Obj *r = g->decl->kind == N_FUNCDECL ? inst_func(c, g, targs)
					     : inst_type(c, g, targs, shallow);
	c->inst_nest--;
	return r;
}

/* ---- x[T1, T2] ---- */

static void invalid(Node *n)
{
	n->mode = MODE_INVALID;
	n->type = ty_basic(T_INVALID);
	n->cv = NULL;
}

void check_use_instance(Checker *c, Node *fun, Obj *inst)
{
	if (fun->kind == N_PAREN)
		check_use_instance(c, fun->a, inst);
	if (fun->kind == N_INDEX) {
		/* an identifier naming the instance, spelled as written */
		const char *text = names_get(c->names, check_expr_str(c, fun));
		Pos pos = check_start_pos(fun);
		memset(fun, 0, sizeof *fun);
		fun->kind = N_IDENT;
		fun->pos = pos;
		fun->name = text;
	}
	fun->obj = inst;
	fun->mode = MODE_VALUE;
	fun->type = inst->type;
	fun->info = NULL;
	check_record_dep(c, inst);
}

/* What a partly instantiated function F[int] (with more type parameters)
 * leaves for the call to infer (Node.info of the INDEX). */
typedef struct Partial {
	Type **targs;
	int n;
	Node **xlist;
} Partial;

void check_index_generic(Checker *c, Node *n)
{
	Node *x = n->a;
	Obj *o = x->obj;
	GenericDecl *g = o->generic;
	check_generic_declare(c, o);
	int got = n->list.len, want = g->ntparams;
	Type **targs = arena_alloc(c->arena, (size_t)(got + want + 1) * sizeof *targs);
	Node **xlist = arena_alloc(c->arena, (size_t)(got + want + 1) * sizeof *xlist);
	bool bad = false;
	for (int i = 0; i < got; i++) {
		xlist[i] = NODE_AT(n->list, i);
		targs[i] = check_type_expr(c, xlist[i]);
		bad |= !targs[i];
	}
	if (bad) {
		invalid(n);
		return;
	}
	if (o->kind == OBJ_TYPE && got != want) {
		check_errorf(c, check_start_pos(x), "%s type arguments for type %s: have %d, want %d",
			     got < want ? "not enough" : "too many", o->name, got, want);
		invalid(n);
		return;
	}
	if (got > want) {
		check_errorf(c, check_start_pos(xlist[want]), "got %d type arguments but want %d",
			     got, want);
		invalid(n);
		return;
	}
	if (got < want) {
		if (c->call_fun == n) {
			Partial *p = arena_alloc(c->arena, sizeof *p);
			*p = (Partial){targs, got, xlist};
			n->mode = MODE_GENERIC;
			n->obj = o;
			n->type = o->type;
			n->info = p;
			return;
		}
		check_errorf(c, n->pos, "cannot infer %s (declared at %s:%d:%d)",
			     g->tparams[got].name, g->srcfile, g->tparams[got].pos.line,
			     g->tparams[got].pos.col);
		invalid(n);
		return;
	}
	Obj *inst = check_instantiate(c, o, targs, xlist, check_start_pos(n));
	if (!inst) {
		invalid(n);
	} else if (o->kind == OBJ_TYPE) {
		n->mode = MODE_TYPE;
		n->type = inst->type;
	} else {
		check_use_instance(c, n, inst);
	}
}

/* The type arguments a partly instantiated callee already has. */
int check_partial_targs(Node *fun, Type **targs, Node **xlist)
{
	fun = check_unparen(fun);
	Partial *p = fun->kind == N_INDEX ? fun->info : NULL;
	if (!p)
		return 0;
	memcpy(targs, p->targs, (size_t)p->n * sizeof *targs);
	memcpy(xlist, p->xlist, (size_t)p->n * sizeof *xlist);
	return p->n;
}

/* ---- bodies ---- */

void check_instance_bodies(Checker *c)
{
	while (c->pending_done < c->pending.len) {
		InstBody *b = c->pending.items[c->pending_done++];
		Saved sv = enter(c, b->gen, b->scope);
		int level = c->inst_level;
		c->inst_level = b->level;
		check_branches(c, b->f->decl->b);
		check_func_body(c, b->f);
		ptrvec_push(c->arena, &c->prog->funcs, b->f);
		c->inst_level = level;
		leave(c, sv);
	}
}
