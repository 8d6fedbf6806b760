/* check_generic.c: the generic names of weak, unique and runtime that the
 * checker knows by name until gvm has generics.
 *
 *   weak.Pointer[T]       struct{ u *T }: u is the object's weak handle
 *   weak.Make(p *T) Pointer[T]
 *   (Pointer[T]).Value() *T, and Strong, the same (the seeds' name)
 *   unique.Handle[T]      struct{ value *T }: the canonical copy
 *   unique.Make(v T) Handle[T]        (T comparable)
 *   (Handle[T]).Value() T
 *   runtime.AddCleanup(ptr *T, cleanup func(S), arg S) Cleanup
 *
 * An instance is an ordinary named type, "weak.Pointer[main.Data]", made
 * once per type argument.  A call is rewritten into a call of a native of
 * the package (weak.go, unique.go, runtime.go declare them) whose
 * signature has the same words, with the type the generic signature
 * gives as the call's type, so codegen sees only ordinary native calls:
 * weak.Make(p) becomes makeHandle(p), w.Value() handleValue(w) (w is one
 * pointer word, the handle), unique.Make(v) intern(any(v), T is an interface), h.Value()
 * the load *h.value, and AddCleanup(ptr, f, arg) addCleanup(any(ptr),
 * any(f), any(arg), S is an interface).  The generics issue turns these into ordinary
 * generic declarations over the same natives.
 */
#include "check_internal.h"

#include <string.h>

#include "strbuf.h"

typedef struct Generic {
	const char *pkg, *name;
	ObjKind kind;
	Builtin id;
} Generic;

static const Generic generics[] = {
	{"weak", "Pointer", OBJ_TYPE, BI_GEN_WEAK_POINTER},
	{"weak", "Make", OBJ_BUILTIN, BI_WEAK_MAKE},
	{"unique", "Handle", OBJ_TYPE, BI_GEN_UNIQUE_HANDLE},
	{"unique", "Make", OBJ_BUILTIN, BI_UNIQUE_MAKE},
	{"runtime", "AddCleanup", OBJ_BUILTIN, BI_ADD_CLEANUP},
};

/* An instance of a generic type. */
typedef struct Instance {
	Builtin gen;
	Type *arg, *type;
} Instance;

Obj *check_generic_member(Checker *c, Package *p, const char *name)
{
	for (size_t i = 0; i < sizeof generics / sizeof generics[0]; i++) {
		const Generic *g = &generics[i];
		if (strcmp(g->pkg, p->path) != 0 || strcmp(g->name, name) != 0)
			continue;
		for (int k = 0; k < c->generic_objs.len; k++) {
			Obj *o = c->generic_objs.items[k];
			if (o->builtin == g->id)
				return o;
		}
		Obj *o = check_obj_new(c, g->kind, names_get(c->names, name), ty_basic(T_INVALID),
				       (Pos){0, 0});
		o->pkgpath = p->path;
		o->builtin = g->id;
		o->chk = p;
		o->global = true;
		if (g->kind == OBJ_TYPE) {
			/* a placeholder, refused unless instantiated */
			Type *t = check_new_type(c, T_NAMED);
			t->underlying = check_new_type(c, T_STRUCT);
			t->obj = o;
			o->type = t;
		}
		ptrvec_push(c->arena, &c->generic_objs, o);
		return o;
	}
	return NULL;
}

static bool is_placeholder(const Type *t)
{
	return t && t->kind == T_NAMED && t->obj && t->obj->kind == OBJ_TYPE &&
	       (t->obj->builtin == BI_GEN_WEAK_POINTER || t->obj->builtin == BI_GEN_UNIQUE_HANDLE);
}

bool check_generic_uninstantiated(Checker *c, Type *t, Pos pos)
{
	if (!is_placeholder(t))
		return false;
	check_errorf(c, pos, "cannot use generic type %s.%s[T %s] without instantiation",
		     t->obj->pkgpath, t->obj->name,
		     t->obj->builtin == BI_GEN_UNIQUE_HANDLE ? "comparable" : "any");
	return true;
}

static Instance *instance_of(Checker *c, const Type *t)
{
	for (int i = 0; t && i < c->generic_insts.len; i++) {
		Instance *in = c->generic_insts.items[i];
		if (in->type == t)
			return in;
	}
	return NULL;
}

static Type *instantiate(Checker *c, Obj *gen, Type *arg)
{
	for (int i = 0; i < c->generic_insts.len; i++) {
		Instance *in = c->generic_insts.items[i];
		if (in->gen == gen->builtin && ty_identical(in->arg, arg))
			return in->type;
	}
	Type *st = check_new_type(c, T_STRUCT);
	st->nfields = 1;
	st->fields = arena_alloc(c->arena, 2 * sizeof(Field));
	st->fields[0].name = names_get(c->names, gen->builtin == BI_GEN_WEAK_POINTER ? "u" : "value");
	st->fields[0].type = check_new_pointer(c, arg);
	Type *t = check_new_type(c, T_NAMED);
	t->underlying = st;
	const char *name = check_csprintf(c, "%s[%s]", gen->name, ty_string_qual(c->arena, arg, true));
	t->obj = check_obj_new(c, OBJ_TYPE, names_get(c->names, name), t, (Pos){0, 0});
	t->obj->pkgpath = gen->pkgpath;
	t->obj->global = true;
	Instance *in = arena_alloc(c->arena, sizeof *in);
	*in = (Instance){gen->builtin, arg, t};
	ptrvec_push(c->arena, &c->generic_insts, in);
	return t;
}

static void invalid(Node *n)
{
	n->mode = MODE_INVALID;
	n->type = ty_basic(T_INVALID);
	n->cv = NULL;
}

static bool satisfies_comparable(Checker *c, Type *t, Pos pos)
{
	if (check_comparable_type(t) && ty_under(t)->kind != T_INTERFACE)
		return true;
	if (ty_under(t)->kind == T_INTERFACE && check_comparable_type(t))
		return true; /* Go 1.20: interfaces satisfy comparable */
	check_errorf(c, pos, "%s does not satisfy comparable", check_tstr(c, t));
	return false;
}

bool check_generic_instance(Checker *c, Node *n)
{
	Node *x = n->a;
	if (!is_placeholder(x->type))
		return false;
	Obj *gen = x->type->obj;
	if (n->list.len != 1) {
		check_errorf(c, check_start_pos(n->list.len ? NODE_AT(n->list, 1) : n),
			     "%s type arguments for type %s: have %d, want 1",
			     n->list.len ? "too many" : "not enough", gen->name, n->list.len);
		invalid(n);
		return true;
	}
	Node *a = NODE_AT(n->list, 0);
	Type *arg = check_type_expr(c, a);
	if (!arg || (gen->builtin == BI_GEN_UNIQUE_HANDLE &&
		     !satisfies_comparable(c, arg, check_start_pos(a)))) {
		invalid(n);
		return true;
	}
	n->mode = MODE_TYPE;
	n->type = instantiate(c, gen, arg);
	return true;
}

/* The package's native `name` (unexported: the package's own). */
static Obj *native(Checker *c, Obj *o, const char *name)
{
	Package *p = o->chk;
	Obj *m = p ? check_scope_lookup_local(p->members, names_get(c->names, name)) : NULL;
	if (!m)
		check_errorf(c, (Pos){1, 1}, "internal error: no %s.%s", o->pkgpath, name);
	return m;
}

/* n becomes a call of the native m with the arguments args, of type t. */
static void rewrite(Checker *c, Node *n, Obj *m, Node **args, int nargs, Type *t)
{
	Node *f = ast_new(c->arena, N_IDENT, n->a->pos);
	f->name = m->name;
	f->obj = m;
	f->mode = MODE_VALUE;
	f->type = m->type;
	n->a = f;
	n->list.len = 0;
	for (int i = 0; i < nargs; i++)
		ptrvec_push(c->arena, (PtrVec *)&n->list, args[i]);
	n->mode = MODE_VALUE;
	n->type = t;
	n->obj = NULL;
	check_record_dep(c, m);
}

bool check_generic_method(Checker *c, Node *n)
{
	Node *x = n->a;
	Type *t = x->type;
	bool ptr = t && ty_under(t)->kind == T_POINTER;
	Instance *in = instance_of(c, ptr ? ty_under(t)->elem : t);
	if (!in)
		return false;
	Builtin id = BI_NONE;
	if (in->gen == BI_GEN_WEAK_POINTER && (strcmp(n->name, "Value") == 0 ||
					       strcmp(n->name, "Strong") == 0))
		id = BI_WEAK_VALUE;
	else if (in->gen == BI_GEN_UNIQUE_HANDLE && strcmp(n->name, "Value") == 0)
		id = BI_UNIQUE_VALUE;
	if (id == BI_NONE)
		return false;
	if (c->call_fun != n) {
		check_gate(c, GATE_GENERIC_METHOD_VALUE, n->pos, NULL);
		invalid(n);
		return true;
	}
	if (ptr) {
		Node *star = ast_new(c->arena, N_STAR, x->pos);
		star->a = x;
		star->mode = MODE_VARIABLE;
		star->type = in->type;
		n->a = star;
	}
	Obj *o = check_obj_new(c, OBJ_BUILTIN, n->name, ty_basic(T_INVALID), n->pos);
	o->builtin = id;
	o->pkgpath = in->type->obj->pkgpath;
	/* the package, for its natives: the generic type's object knows it */
	for (int k = 0; k < c->generic_objs.len; k++) {
		Obj *g = c->generic_objs.items[k];
		if (g->builtin == in->gen)
			o->chk = g->chk;
	}
	n->obj = o;
	n->mode = MODE_BUILTIN;
	n->type = ty_basic(T_INVALID);
	return true;
}

/* The call has `want` arguments, else types2's count error, with the
 * generic signature `params` as what it wants. */
static bool nargs(Checker *c, Node *n, int want, const char *name, const char *params)
{
	int have = n->list.len;
	if (have == want && !n->ellipsis)
		return true;
	StrBuf b = check_new_buf(c);
	for (int i = 0; i < have; i++) {
		Node *a = NODE_AT(n->list, i);
		check_multi_expr(c, a);
		sb_printf(&b, "%s%s", i ? ", " : "",
			  a->mode == MODE_INVALID ? "invalid type" : check_tstr(c, a->type));
	}
	const char *types = check_buf_finish(c, &b);
	check_errorf(c, have < want ? (n->pos2.line ? n->pos2 : n->pos)
				    : check_start_pos(NODE_AT(n->list, want)),
		     "%s arguments in call to %s\n\thave (%s)\n\twant %s",
		     have < want ? "not enough" : "too many", name, types, params);
	invalid(n);
	return false;
}

static Node *to_any(Checker *c, Node *x, const char *context)
{
	check_assignment(c, x, c->t_any, context);
	return x;
}

/* The constant true or false, typed bool. */
static Node *bool_const(Checker *c, bool v, Pos pos)
{
	Node *b = ast_new(c->arena, N_IDENT, pos);
	b->name = names_get(c->names, v ? "true" : "false");
	b->obj = check_scope_lookup(c->universe, b->name);
	b->mode = MODE_CONST;
	b->type = ty_basic(T_BOOL);
	b->cv = const_make_bool(c->arena, v);
	return b;
}

static void weak_make(Checker *c, Node *n, Node *fun)
{
	if (!nargs(c, n, 1, "weak.Make", "(*T)"))
		return;
	Node *p = NODE_AT(n->list, 0);
	check_expr(c, p);
	if (p->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	if (!p->type || ty_is_untyped(p->type) || ty_under(p->type)->kind != T_POINTER) {
		check_errorf(c, check_start_pos(p),
			     "in call to weak.Make, type %s of %s does not match *T (cannot infer T)",
			     check_tstr(c, p->type), check_expr_str(c, p));
		invalid(n);
		return;
	}
	Obj *m = native(c, fun->obj, "makeHandle");
	Obj *gen = check_generic_member(c, fun->obj->chk, "Pointer");
	if (!m || !gen) {
		invalid(n);
		return;
	}
	rewrite(c, n, m, &p, 1, instantiate(c, gen, ty_under(p->type)->elem));
}

static void weak_value(Checker *c, Node *n, Node *fun)
{
	Instance *in = instance_of(c, fun->a->type);
	if (!nargs(c, n, 0, check_expr_str(c, fun), "()"))
		return;
	Obj *m = native(c, fun->obj, "handleValue");
	if (!m || !in) {
		invalid(n);
		return;
	}
	Node *recv = fun->a;
	rewrite(c, n, m, &recv, 1, check_new_pointer(c, in->arg));
}

static void unique_make(Checker *c, Node *n, Node *fun)
{
	if (!nargs(c, n, 1, "unique.Make", "(T)"))
		return;
	Node *v = NODE_AT(n->list, 0);
	check_expr(c, v);
	if (v->mode == MODE_INVALID || !check_assignment(c, v, NULL, "argument to unique.Make")) {
		invalid(n);
		return;
	}
	Type *t = v->type;
	if (!satisfies_comparable(c, t, check_start_pos(v))) {
		invalid(n);
		return;
	}
	Obj *m = native(c, fun->obj, "intern");
	Obj *gen = check_generic_member(c, fun->obj->chk, "Handle");
	if (!m || !gen) {
		invalid(n);
		return;
	}
	/* an interface T is interned as the interface value itself */
	Node *args[2] = {to_any(c, v, "argument to unique.Make"),
			 bool_const(c, check_is_interface(t), v->pos)};
	rewrite(c, n, m, args, 2, instantiate(c, gen, t));
}

/* h.Value(): the load *h.value. */
static void unique_value(Checker *c, Node *n, Node *fun)
{
	Instance *in = instance_of(c, fun->a->type);
	if (!nargs(c, n, 0, check_expr_str(c, fun), "()") || !in) {
		invalid(n);
		return;
	}
	Node *sel = ast_new(c->arena, N_SELECTOR, fun->pos);
	sel->a = fun->a;
	sel->name = ty_under(in->type)->fields[0].name;
	sel->field = &ty_under(in->type)->fields[0];
	sel->mode = fun->a->mode == MODE_VARIABLE ? MODE_VARIABLE : MODE_VALUE;
	sel->type = sel->field->type;
	Pos pos = n->pos;
	memset(n, 0, sizeof *n);
	n->kind = N_STAR;
	n->pos = pos;
	n->a = sel;
	n->mode = MODE_VARIABLE;
	n->type = in->arg;
}

static void add_cleanup(Checker *c, Node *n, Node *fun)
{
	if (!nargs(c, n, 3, "runtime.AddCleanup", "(*T, func(S), S)"))
		return;
	Node *ptr = NODE_AT(n->list, 0), *f = NODE_AT(n->list, 1), *arg = NODE_AT(n->list, 2);
	check_expr(c, ptr);
	check_expr(c, f);
	check_expr(c, arg);
	if (ptr->mode == MODE_INVALID || f->mode == MODE_INVALID || arg->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	if (!ptr->type || ty_is_untyped(ptr->type) || ty_under(ptr->type)->kind != T_POINTER) {
		check_errorf(c, check_start_pos(ptr),
			     "in call to runtime.AddCleanup, type %s of %s does not match *T (cannot infer T and S)",
			     check_tstr(c, ptr->type), check_expr_str(c, ptr));
		invalid(n);
		return;
	}
	Type *ft = f->type ? ty_under(f->type) : NULL;
	if (!ft || ft->kind != T_FUNC || ft->params->nelems != 1 || ft->results->nelems != 0 ||
	    ft->variadic) {
		check_errorf(c, check_start_pos(f),
			     "in call to runtime.AddCleanup, type %s of %s does not match func(S) (cannot infer T and S)",
			     check_tstr(c, f->type), check_expr_str(c, f));
		invalid(n);
		return;
	}
	Type *s = ft->params->elems[0];
	if (!check_assignment(c, arg, s, "argument to runtime.AddCleanup")) {
		invalid(n);
		return;
	}
	Obj *m = native(c, fun->obj, "addCleanup");
	if (!m) {
		invalid(n);
		return;
	}
	/* whether S is an interface: the cleanup then gets the interface
	 * itself, else the value inside */
	Node *iface = bool_const(c, check_is_interface(s), arg->pos);
	Node *args[4] = {to_any(c, ptr, "argument to runtime.AddCleanup"),
			 to_any(c, f, "argument to runtime.AddCleanup"),
			 to_any(c, arg, "argument to runtime.AddCleanup"), iface};
	rewrite(c, n, m, args, 4, m->type->results->elems[0]);
}

void check_generic_call(Checker *c, Node *n, Node *fun)
{
	switch (fun->obj->builtin) {
	case BI_WEAK_MAKE: weak_make(c, n, fun); return;
	case BI_WEAK_VALUE: weak_value(c, n, fun); return;
	case BI_UNIQUE_MAKE: unique_make(c, n, fun); return;
	case BI_UNIQUE_VALUE: unique_value(c, n, fun); return;
	case BI_ADD_CLEANUP: add_cleanup(c, n, fun); return;
	default: invalid(n); return;
	}
}
