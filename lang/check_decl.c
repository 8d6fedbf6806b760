/* check_decl.c: declarations — package-level collection, const/var/type/func
 * declarations (package level and local), and the initialisation order.
 *
 * Package-level objects may be used before they are declared, so they are
 * checked on demand: obj_decl colours an object ACTIVE while its
 * declaration is checked and DONE after (go/types' objDecl).  Meeting an
 * ACTIVE const or var means a cycle through initialisers; it is left to
 * the initialisation-order pass, which reports it in types2's words.
 *
 * While a package-level declaration (a var's initialiser, a function's
 * body) is checked, every package-level var, const or func it names is
 * recorded as a dependency.  init_order then follows types2's initorder.go:
 * functions are removed from the dependency graph (their dependencies pass
 * to their users), and variables are emitted by fewest pending
 * dependencies, ties broken by declaration order — which gives the spec's
 * "earliest in declaration order that is ready for initialization".
 */
#include "check_internal.h"

#include <string.h>

static ObjInfo *info_new(Checker *c, Obj *o, Node *spec, int index);

void check_method_info(Checker *c, Obj *o, Node *decl)
{
	info_new(c, o, decl, 0)->state = DS_DONE; /* attach() types it */
}

static ObjInfo *info_new(Checker *c, Obj *o, Node *spec, int index)
{
	ObjInfo *in = arena_alloc(c->arena, sizeof *in);
	in->spec = spec;
	in->index = index;
	in->order = c->pkgobjs.len;
	o->chk = in;
	o->decl = spec;
	o->pkgpath = c->path;
	o->global = true;
	ptrvec_push(c->arena, &c->pkgobjs, o);
	return in;
}

/* ---- imports ---- */

static const char *import_path(Checker *c, Node *lit)
{
	ConstVal *v = const_from_literal(c->arena, LIT_STRING, lit->lit, lit->litlen);
	int64_t n;
	const char *s = v ? const_string(v, &n) : "";
	return names_intern(c->names, s, v ? (size_t)n : 0);
}

static void collect_import(Checker *c, Scope *file, Node *spec)
{
	const char *path = import_path(c, spec->b);
	Package *p = check_universe_package(c, path);
	if (!p) {
		check_gate(c, GATE_PACKAGE, spec->b->pos, path);
		return;
	}
	p->spec = spec;
	ptrvec_push(c->arena, &c->imports, p);
	const char *name = spec->name ? spec->name : p->name;
	if (name == c->n_blank)
		return;
	if (strcmp(name, ".") == 0) {
		check_gate(c, GATE_DOT_IMPORT, spec->pos, NULL);
		return;
	}
	Obj *o = check_obj_new(c, OBJ_PKG, name, NULL, spec->pos);
	o->chk = p;
	o->pkgpath = p->path;
	p->pkgname = o;
	check_declare(c, file, o);
}

/* ---- collecting package-level objects ---- */

static void collect_values(Checker *c, Node *decl)
{
	Node *last = NULL; /* const groups repeat the last spec with values */
	for (int i = 0; i < decl->list.len; i++) {
		Node *spec = NODE_AT(decl->list, i);
		if (decl->op == TK_CONST && (spec->list2.len || spec->a || !last))
			last = spec;
		for (int j = 0; j < spec->list.len; j++) {
			Node *id = NODE_AT(spec->list, j);
			Obj *o = check_obj_new(c, decl->op == TK_CONST ? OBJ_CONST : OBJ_VAR,
					 id->name, NULL, id->pos);
			ObjInfo *in = info_new(c, o, spec, j);
			in->valspec = decl->op == TK_CONST ? last : spec;
			id->obj = o;
			if (o->kind == OBJ_VAR && c->session->natives)
				check_bind_native(c, o);
			check_declare(c, c->pkg, o);
		}
	}
}

/* A named type for o, its underlying type set when its declaration is
 * checked. */
static Type *new_named(Checker *c, Obj *o)
{
	Type *t = check_new_type(c, T_NAMED);
	t->obj = o;
	t->underlying = NULL;
	ptrvec_push(c->arena, &c->named_types, t);
	return t;
}

static void collect_types(Checker *c, Node *decl)
{
	for (int i = 0; i < decl->list.len; i++) {
		Node *spec = NODE_AT(decl->list, i);
		Obj *o = check_obj_new(c, OBJ_TYPE, spec->name, NULL, spec->pos);
		info_new(c, o, spec, 0);
		spec->obj = o;
		if (spec->list3.len && spec->alias)
			check_errorf(c, spec->pos, "generic type cannot be alias");
		else if (spec->list3.len)
			check_generic_new(c, o, spec, &spec->list3);
		else if (!spec->alias)
			o->type = new_named(c, o);
		check_declare(c, c->pkg, o);
	}
}

static bool no_params_results(Node *ft)
{
	return ft->list.len == 0 && ft->list2.len == 0;
}

static void collect_func(Checker *c, Node *d)
{
	if (d->list.len) {
		/* check_method_info gives it an ObjInfo: its body records the
		 * package-level names it uses, which its callers' initialisers
		 * depend on */
		check_method_collect(c, d);
		return;
	}
	Obj *o = check_obj_new(c, OBJ_FUNC, d->name, NULL, d->pos);
	info_new(c, o, d, 0);
	d->obj = o;
	if (d->a->list3.len && (d->name == c->n_init || d->name == c->n_main)) {
		Node *tp = NODE_AT(d->a->list3, 0);
		check_errorf(c, tp->list.len ? NODE_AT(tp->list, 0)->pos : d->pos,
			     "func %s must have no type parameters", d->name);
	} else if (d->a->list3.len) {
		if (!d->b)
			check_errorf(c, d->pos, "missing function body");
		check_generic_new(c, o, d, &d->a->list3);
		check_declare(c, c->pkg, o);
		return;
	}
	if (!d->b && !check_bind_native(c, o))
		check_errorf(c, d->pos, "missing function body");
	if (d->name == c->n_init || d->name == c->n_main) {
		if (!no_params_results(d->a))
			check_errorf(c, d->pos, "func %s must have no arguments and no return values",
			       d->name);
	}
	if (d->name == c->n_init) {
		ptrvec_push(c->arena, &c->prog->inits, o);
		return;
	}
	if (d->name == c->n_main)
		c->prog->main_func = o;
	check_declare(c, c->pkg, o);
}

void check_collect_objects(Checker *c, Node *file)
{
	Scope *fs = check_scope_new(c, c->pkg, SC_FILE);
	c->file_scope = fs;
	for (int i = 0; i < file->list2.len; i++)
		collect_import(c, fs, NODE_AT(file->list2, i));
	for (int i = 0; i < file->list.len; i++) {
		Node *d = NODE_AT(file->list, i);
		if (d->kind == N_FUNCDECL)
			collect_func(c, d);
		else if (d->kind == N_GENDECL && d->op == TK_TYPE)
			collect_types(c, d);
		else if (d->kind == N_GENDECL && d->op != TK_IMPORT)
			collect_values(c, d);
	}
	c->scope = fs;
}

/* ---- constants ---- */

/* Check the value of constant `o` (name `index` of a spec whose values are
 * those of valspec) with iota = the spec's index in its group. */
static void const_value(Checker *c, Obj *o, Node *spec, Node *valspec, int index)
{
	ConstVal *saved = c->iota;
	c->iota = const_make_int64(c->arena, spec->iota);
	Type *t = NULL;
	o->type = ty_basic(T_INVALID);
	if (valspec && valspec->a) {
		t = check_type_expr(c, valspec->a);
		if (t && !check_is_const_type(t)) {
			check_errorf(c, check_start_pos(valspec->a), "invalid constant type %s", check_tstr(c, t));
			t = NULL;
			goto done;
		}
	}
	if (!valspec || index >= valspec->list2.len) {
		if (!valspec || valspec == spec)
			check_errorf(c, NODE_AT(spec->list, index)->pos,
			       "missing init expr for %s", o->name);
		goto done;
	}
	Node *x = NODE_AT(valspec->list2, index);
	check_expr(c, x);
	if (x->mode == MODE_INVALID)
		goto done;
	if (x->mode != MODE_CONST) {
		check_errorf(c, check_start_pos(x), "%s is not constant", check_operand_str(c, x));
		goto done;
	}
	if (t && !check_assignment(c, x, t, "constant declaration"))
		goto done;
	o->type = x->type;
	o->cv = x->cv;
done:
	if (valspec == spec && index == spec->list.len - 1 &&
	    spec->list2.len > spec->list.len)
		check_errorf(c, check_start_pos(NODE_AT(spec->list2, spec->list.len)), "extra init expr %s",
			     check_expr_str(c, NODE_AT(spec->list2, spec->list.len)));
	c->iota = saved;
}

/* ---- variables ---- */

static void var_init_one(Checker *c, Obj *o, Type *t, Node *x, const char *ctx)
{
	check_expr(c, x);
	if (x->mode == MODE_INVALID) {
		o->type = t ? t : ty_basic(T_INVALID);
		o->used = true;
		return;
	}
	if (!t) {
		t = x->type;
		if (t->kind == T_UNTYPED_NIL) {
			check_errorf(c, check_start_pos(x), "use of untyped nil in %s", ctx);
			o->type = ty_basic(T_INVALID);
			return;
		}
		if (ty_is_untyped(t))
			t = check_default_type(t);
		if (!check_gate_value_type(c, t, check_start_pos(x))) {
			o->type = ty_basic(T_INVALID);
			o->used = true;
			return;
		}
	}
	o->type = t;
	check_assignment(c, x, t, ctx);
}

static void assign_error(Checker *c, Node *rhs0, int l, int r, bool single)
{
	const char *vars = check_csprintf(c, "%d variable%s", l, l == 1 ? "" : "s");
	const char *vals = check_csprintf(c, "%d value%s", r, r == 1 ? "" : "s");
	Node *u = rhs0;
	while (u->kind == N_PAREN)
		u = u->a;
	if (single && u->kind == N_CALL)
		check_errorf(c, check_start_pos(rhs0), "assignment mismatch: %s but %s returns %s",
		       vars, check_expr_str(c, u->a), vals);
	else
		check_errorf(c, check_start_pos(rhs0), "assignment mismatch: %s but %s", vars, vals);
}

void check_report_assign_mismatch(Checker *c, Node *rhs0, int l, int r, bool single)
{
	assign_error(c, rhs0, l, r, single);
}

/* `var a, b = f()`: one multi-valued expression for several variables. */
static void var_init_multi(Checker *c, Obj **objs, int n, Type *t, Node *x)
{
	c->commaok = n == 2 ? check_unparen(x) : NULL;
	check_multi_expr(c, x);
	check_comma_ok(c, x, n);
	int r = x->mode == MODE_INVALID ? -1 :
		x->type && x->type->kind == T_TUPLE ? x->type->nelems : 1;
	for (int i = 0; i < n; i++) {
		objs[i]->type = t ? t : ty_basic(T_INVALID);
		objs[i]->used = objs[i]->used || r != n;
	}
	if (r < 0)
		return;
	if (r != n) {
		assign_error(c, x, n, r, true);
		return;
	}
	for (int i = 0; i < n; i++) {
		Type *rt = x->type->elems[i];
		if (!t) {
			objs[i]->type = rt;
			check_gate_value_type(c, rt, check_start_pos(x));
		} else if (!ty_identical(rt, t) && !check_is_interface(t)) {
			check_errorf(c, check_start_pos(x), "cannot use %s value as %s value in assignment",
			       check_tstr(c, rt), check_tstr(c, t));
		}
	}
}

static Obj **spec_objs(Checker *c, Node *spec)
{
	Obj **objs = arena_alloc(c->arena, (size_t)(spec->list.len + 1) * sizeof *objs);
	for (int i = 0; i < spec->list.len; i++)
		objs[i] = NODE_AT(spec->list, i)->obj;
	return objs;
}

static void var_spec_objs(Checker *c, Node *spec, int only);

/* Check a var spec, or (global n:n specs) only the name at `only`; the
 * name identifiers get the variables' types. */
static void var_spec(Checker *c, Node *spec, int only)
{
	var_spec_objs(c, spec, only);
	for (int i = 0; i < spec->list.len; i++) {
		Node *id = NODE_AT(spec->list, i);
		if (id->obj && id->obj->type && (only < 0 || i == only)) {
			id->mode = MODE_VARIABLE;
			id->type = id->obj->type;
		}
	}
}

static void var_spec_objs(Checker *c, Node *spec, int only)
{
	Type *t = spec->a ? check_type_expr(c, spec->a) : NULL;
	int l = spec->list.len, r = spec->list2.len;
	Obj **objs = spec_objs(c, spec);
	if (r == 0) {
		for (int i = 0; i < l; i++)
			objs[i]->type = t ? t : ty_basic(T_INVALID);
		return;
	}
	if (l == r) {
		for (int i = 0; i < l; i++)
			if (only < 0 || i == only)
				var_init_one(c, objs[i], t, NODE_AT(spec->list2, i),
					     "variable declaration");
		return;
	}
	if (r == 1) {
		var_init_multi(c, objs, l, t, NODE_AT(spec->list2, 0));
		return;
	}
	for (int i = 0; i < l; i++)
		objs[i]->type = t ? t : ty_basic(T_INVALID);
	for (int i = 0; i < r; i++)
		check_expr(c, NODE_AT(spec->list2, i));
	if (l < r)
		check_errorf(c, check_start_pos(NODE_AT(spec->list2, l)), "extra init expr %s",
			     check_expr_str(c, NODE_AT(spec->list2, l)));
	else
		check_errorf(c, NODE_AT(spec->list, r)->pos, "missing init expr for %s",
		       objs[r]->name);
}

static GlobalInit *global_init(Checker *c, Node *spec, int index)
{
	GlobalInit *g = arena_alloc(c->arena, sizeof *g);
	bool multi = spec->list.len != spec->list2.len;
	int n = multi ? spec->list.len : 1;
	g->lhs = arena_alloc(c->arena, (size_t)n * sizeof *g->lhs);
	g->nlhs = n;
	g->rhs = arena_alloc(c->arena, sizeof *g->rhs);
	g->nrhs = 1;
	g->rhs[0] = NODE_AT(spec->list2, multi ? 0 : index);
	for (int i = 0; i < n; i++) {
		Obj *o = NODE_AT(spec->list, multi ? i : index)->obj;
		g->lhs[i] = o->name == c->n_blank ? NULL : o;
	}
	return g;
}

static void global_var(Checker *c, Obj *o, ObjInfo *in)
{
	Node *spec = in->spec;
	bool multi = spec->list2.len == 1 && spec->list.len > 1;
	if (multi) {
		/* all names share the one initialiser and its dependencies */
		Obj **objs = spec_objs(c, spec);
		for (int i = 0; i < spec->list.len; i++)
			((ObjInfo *)objs[i]->chk)->state = DS_DONE;
		var_spec(c, spec, -1);
		GlobalInit *g = global_init(c, spec, 0);
		for (int i = 0; i < spec->list.len; i++) {
			ObjInfo *oi = objs[i]->chk;
			oi->init = g;
			if (objs[i] != o)
				oi->deps = in->deps;
		}
		return;
	}
	var_spec(c, spec, in->index);
	if (spec->list2.len == spec->list.len)
		in->init = global_init(c, spec, in->index);
}

/* ---- types ---- */

static void type_decl(Checker *c, Obj *o, Node *spec)
{
	if (o->generic) {
		check_generic_declare(c, o);
		return;
	}
	if (spec->list3.len) { /* a generic alias, reported */
		o->type = ty_basic(T_INVALID);
		return;
	}
	/* a constraint may be given a name: type Number interface{ ~int } */
	c->allow_constraint = true;
	Type *t = check_type_expr(c, spec->a);
	if (spec->alias) {
		o->type = t ? t : ty_basic(T_INVALID);
		return;
	}
	if (!t) {
		o->type->underlying = ty_basic(T_INVALID);
		return;
	}
	Type *u = ty_under(t);
	if (!u) {
		check_errorf(c, o->pos, "invalid recursive type: %s refers to itself", o->name);
		u = ty_basic(T_INVALID);
	}
	o->type->underlying = u;
}

/* ---- functions ---- */

static Obj *param_obj(Checker *c, Obj *f, const char *name, Type *t, Pos pos,
		      bool result)
{
	Obj *v = check_obj_new(c, OBJ_VAR, name, t, pos);
	v->param = !result;
	v->result = result;
	v->func = f;
	v->used = true;
	v->pkgpath = c->path;
	return v;
}

static Type *field_list(Checker *c, NodeList *fields, Obj *f, bool result,
			bool *variadic)
{
	PtrVec types = {0};
	for (int i = 0; i < fields->len; i++) {
		Node *fl = NODE_AT(*fields, i);
		Node *tn = fl->a;
		Type *t;
		if (tn->kind == N_ELLIPSISTYPE) {
			t = check_new_slice(c, check_type_expr(c, tn->a));
			if (variadic)
				*variadic = true;
		} else {
			t = check_type_expr(c, tn);
		}
		if (!t)
			t = ty_basic(T_INVALID);
		if (fl->list.len == 0) {
			fl->obj = param_obj(c, f, c->n_blank, t, tn->pos, result);
			ptrvec_push(c->arena, &types, t);
			continue;
		}
		for (int j = 0; j < fl->list.len; j++) {
			Node *id = NODE_AT(fl->list, j);
			id->obj = param_obj(c, f, id->name, t, id->pos, result);
			ptrvec_push(c->arena, &types, t);
		}
	}
	return check_new_tuple(c, (Type **)types.items, types.len);
}

Type *check_func_signature(Checker *c, Node *ft, Obj *f)
{
	bool variadic = false;
	Type *params = field_list(c, &ft->list, f, false, &variadic);
	Type *results = field_list(c, &ft->list2, f, true, NULL);
	return check_new_func(c, params, results, variadic);
}

static void declare_fields(Checker *c, Scope *s, NodeList *fields)
{
	for (int i = 0; i < fields->len; i++) {
		Node *fl = NODE_AT(*fields, i);
		for (int j = 0; j < fl->list.len; j++) {
			Obj *o = NODE_AT(fl->list, j)->obj;
			if (o)
				check_declare(c, s, o);
		}
	}
}

void check_func_body(Checker *c, Obj *f)
{
	Node *d = f->decl;
	Scope *saved = c->scope;
	Obj *saved_decl = c->decl;
	FuncCtx fc = {0};
	fc.func = f;
	fc.sig = f->type;
	c->fn = &fc;
	c->decl = f;
	c->scope = check_scope_new(c, saved, SC_FUNC);
	declare_fields(c, c->scope, &d->list); /* a method's receiver */
	declare_fields(c, c->scope, &d->a->list);
	declare_fields(c, c->scope, &d->a->list2);
	check_body(c, f, d->b);
	c->fn = NULL;
	c->decl = saved_decl;
	c->scope = saved;
}

/* ---- on-demand checking of package-level objects ---- */

void check_obj_decl(Checker *c, Obj *o)
{
	ObjInfo *in = o->chk;
	if (!in || o->kind == OBJ_PKG || in->state == DS_DONE)
		return;
	if (in->state == DS_ACTIVE) {
		/* a cycle: consts and vars are reported by init_order */
		if (!o->type)
			o->type = ty_basic(T_INVALID);
		return;
	}
	/* Checking a declaration checks the ones it uses first, recursively:
	 * a chain of thousands of package-level names must not exhaust the
	 * C stack. */
	if (c->decl_depth >= AST_MAX_DEPTH) {
		check_errorf(c, o->pos, "declaration of %s depends on too many others in a chain", o->name);
		o->type = ty_basic(T_INVALID);
		in->state = DS_DONE;
		return;
	}
	c->decl_depth++;
	in->state = DS_ACTIVE;
	Obj *saved_decl = c->decl;
	FuncCtx *saved_fn = c->fn;
	Scope *saved_scope = c->scope;
	ConstVal *saved_iota = c->iota;
	c->decl = o;
	c->fn = NULL;
	c->iota = NULL;
	switch (o->kind) {
	case OBJ_CONST:
		const_value(c, o, in->spec, in->valspec, in->index);
		break;
	case OBJ_VAR:
		global_var(c, o, in);
		break;
	case OBJ_TYPE:
		type_decl(c, o, in->spec);
		break;
	case OBJ_FUNC:
		if (o->generic)
			check_generic_declare(c, o);
		else
			o->type = check_func_signature(c, in->spec->a, o);
		break;
	default:
		break;
	}
	in->state = DS_DONE;
	c->decl_depth--;
	c->decl = saved_decl;
	c->fn = saved_fn;
	c->scope = saved_scope;
	c->iota = saved_iota;
}

/* ---- local declarations ---- */

static void local_consts(Checker *c, Node *decl)
{
	Node *last = NULL;
	for (int i = 0; i < decl->list.len; i++) {
		Node *spec = NODE_AT(decl->list, i);
		if (spec->list2.len || spec->a || !last)
			last = spec;
		PtrVec objs = {0};
		for (int j = 0; j < spec->list.len; j++) {
			Node *id = NODE_AT(spec->list, j);
			Obj *o = check_obj_new(c, OBJ_CONST, id->name, NULL, id->pos);
			o->decl = spec;
			o->pkgpath = c->path;
			id->obj = o;
			const_value(c, o, spec, last, j);
			ptrvec_push(c->arena, &objs, o);
		}
		for (int j = 0; j < objs.len; j++)
			check_declare(c, c->scope, objs.items[j]);
	}
}

static void local_vars(Checker *c, Node *decl)
{
	for (int i = 0; i < decl->list.len; i++) {
		Node *spec = NODE_AT(decl->list, i);
		for (int j = 0; j < spec->list.len; j++) {
			Node *id = NODE_AT(spec->list, j);
			Obj *o = check_obj_new(c, OBJ_VAR, id->name, NULL, id->pos);
			o->decl = spec;
			o->func = c->fn ? c->fn->func : NULL;
			o->pkgpath = c->path;
			id->obj = o;
		}
		var_spec(c, spec, -1);
		for (int j = 0; j < spec->list.len; j++) {
			Obj *o = NODE_AT(spec->list, j)->obj;
			if (spec->a && o->type)
				check_gate_value_type(c, o->type, check_start_pos(spec->a));
			if (check_declare(c, c->scope, o) && c->fn && o->name != c->n_blank)
				ptrvec_push(c->arena, &c->fn->locals, o);
		}
	}
}

static void local_types(Checker *c, Node *decl)
{
	for (int i = 0; i < decl->list.len; i++) {
		Node *spec = NODE_AT(decl->list, i);
		Obj *o = check_obj_new(c, OBJ_TYPE, spec->name, NULL, spec->pos);
		o->decl = spec;
		o->pkgpath = c->path;
		spec->obj = o;
		if (spec->list3.len && !spec->alias) {
			check_generic_new(c, o, spec, &spec->list3);
			check_declare(c, c->scope, o);
			check_generic_declare(c, o);
		} else if (spec->list3.len) {
			check_errorf(c, spec->pos, "generic type cannot be alias");
		} else if (!spec->alias) {
			o->type = new_named(c, o);
			check_declare(c, c->scope, o);
			type_decl(c, o, spec);
		} else {
			type_decl(c, o, spec);
			check_declare(c, c->scope, o);
		}
	}
}

void check_local_decl(Checker *c, Node *decl)
{
	switch (decl->op) {
	case TK_CONST: local_consts(c, decl); break;
	case TK_VAR: local_vars(c, decl); break;
	case TK_TYPE: local_types(c, decl); break;
	default: break;
	}
}

/* ---- initialisation order ---- */

static bool is_dep_node(Obj *o)
{
	return o->chk && (o->kind == OBJ_VAR || o->kind == OBJ_CONST ||
			  o->kind == OBJ_FUNC);
}

static bool contains(PtrVec *v, void *x)
{
	for (int i = 0; i < v->len; i++)
		if (v->items[i] == x)
			return true;
	return false;
}

static void add_edge(Checker *c, Obj *from, Obj *to)
{
	/* `from` depends on `to`: to's preds gain from */
	ObjInfo *ti = to->chk, *fi = from->chk;
	if (!contains(&ti->preds, from)) {
		ptrvec_push(c->arena, &ti->preds, from);
		ptrvec_push(c->arena, &fi->succs, to);
		fi->ndeps++;
	}
}

/* Path of dependencies from `from` back to `to` (types2's findPath). */
static bool find_path(Checker *c, Obj *from, Obj *to, PtrVec *seen, PtrVec *path)
{
	if (contains(seen, from))
		return false;
	ptrvec_push(c->arena, seen, from);
	ObjInfo *in = from->chk;
	/* in declaration order, for a deterministic cycle */
	Obj **deps = arena_alloc(c->arena, (size_t)(in->deps.len + 1) * sizeof *deps);
	for (int i = 0; i < in->deps.len; i++) {
		Obj *d = in->deps.items[i];
		int j = i;
		while (j > 0 && ((ObjInfo *)deps[j - 1]->chk)->order > ((ObjInfo *)d->chk)->order) {
			deps[j] = deps[j - 1];
			j--;
		}
		deps[j] = d;
	}
	for (int i = 0; i < in->deps.len; i++) {
		Obj *d = deps[i];
		if (!is_dep_node(d))
			continue;
		if (d == to) {
			ptrvec_push(c->arena, path, d);
			return true;
		}
		if (find_path(c, d, to, seen, path)) {
			ptrvec_push(c->arena, path, d);
			return true;
		}
	}
	return false;
}

static void report_cycle(Checker *c, PtrVec *cycle)
{
	Obj *o = cycle->items[0];
	if (cycle->len == 1) {
		check_errorf(c, o->pos, "initialization cycle: %s refers to itself", o->name);
		return;
	}
	char *msg = check_csprintf(c, "initialization cycle for %s", o->name);
	for (int j = cycle->len - 1; j >= 0; j--) {
		Obj *next = cycle->items[j];
		msg = check_csprintf(c, "%s\n\t%s: %s refers to %s", msg, check_fmtpos(c, o->pos),
			       o->name, next->name);
		o = next;
	}
	check_errorf(c, ((Obj *)cycle->items[0])->pos, "%s", msg);
}

static void build_graph(Checker *c)
{
	for (int i = 0; i < c->pkgobjs.len; i++) {
		Obj *o = c->pkgobjs.items[i];
		if (!is_dep_node(o))
			continue;
		ObjInfo *in = o->chk;
		for (int j = 0; j < in->deps.len; j++) {
			Obj *d = in->deps.items[j];
			if (is_dep_node(d))
				add_edge(c, o, d);
		}
	}
	/* remove functions: their users depend on what they depend on */
	for (int i = 0; i < c->pkgobjs.len; i++) {
		Obj *f = c->pkgobjs.items[i];
		if (!is_dep_node(f) || f->kind != OBJ_FUNC)
			continue;
		ObjInfo *fi = f->chk;
		for (int p = 0; p < fi->preds.len; p++) {
			Obj *pred = fi->preds.items[p];
			if (pred == f || ((ObjInfo *)pred->chk)->removed)
				continue;
			for (int s = 0; s < fi->succs.len; s++) {
				Obj *succ = fi->succs.items[s];
				if (succ == f || ((ObjInfo *)succ->chk)->removed)
					continue;
				add_edge(c, pred, succ);
			}
			((ObjInfo *)pred->chk)->ndeps--;
		}
		/* f's successors lose f as a predecessor */
		for (int s = 0; s < fi->succs.len; s++) {
			Obj *succ = fi->succs.items[s];
			PtrVec *pv = &((ObjInfo *)succ->chk)->preds;
			for (int k = 0; k < pv->len; k++)
				if (pv->items[k] == f)
					pv->items[k] = pv->items[--pv->len];
		}
		fi->removed = true;
	}
}

static Obj *next_ready(Checker *c)
{
	Obj *best = NULL;
	for (int i = 0; i < c->pkgobjs.len; i++) {
		Obj *o = c->pkgobjs.items[i];
		if (!is_dep_node(o) || ((ObjInfo *)o->chk)->removed)
			continue;
		ObjInfo *in = o->chk;
		if (!best || in->ndeps < ((ObjInfo *)best->chk)->ndeps)
			best = o;
	}
	return best;
}

void check_init_order(Checker *c)
{
	build_graph(c);
	PtrVec emitted = {0};
	Obj *o;
	while ((o = next_ready(c)) != NULL) {
		ObjInfo *in = o->chk;
		in->removed = true;
		if (in->ndeps > 0) {
			PtrVec seen = {0}, path = {0};
			if (find_path(c, o, o, &seen, &path))
				report_cycle(c, &path);
		}
		for (int i = 0; i < in->preds.len; i++)
			((ObjInfo *)((Obj *)in->preds.items[i])->chk)->ndeps--;
		if (o->kind == OBJ_VAR && in->init && !contains(&emitted, in->init)) {
			ptrvec_push(c->arena, &emitted, in->init);
			ptrvec_push(c->arena, &c->prog->init_order, in->init);
		}
	}
}
