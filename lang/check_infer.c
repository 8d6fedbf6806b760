/* check_infer.c: calls of generic functions and type argument inference
 * (types2's infer.go and unify.go, in the form Go 1.21 gives them).
 *
 * A call F(args) or F[A](args) of a generic function checks its
 * arguments first, then infers the missing type arguments from them, in
 * types2's steps:
 *
 *   1. each typed argument is unified with its parameter's type, written
 *      over the generic's T_TYPEPARAMs (GenericDecl.sig): structurally
 *      through pointers, slices, arrays, maps, funcs, structs and
 *      instances of one generic type (Stack[T] against Stack[int]); a
 *      defined type matches a type literal by its underlying type, and a
 *      parameter bound to a literal is rebound to the defined type;
 *   2. a type parameter whose constraint has a core type (S ~[]E) is
 *      unified with it, which infers E from S, or set to it when it is
 *      a single type without ~;
 *   3. a type parameter still unknown whose arguments are untyped
 *      constants gets the default type of the largest of them (Go 1.21:
 *      Max(1, 2.5) is float64);
 *   4. inferred types mentioning other type parameters are simplified by
 *      substitution; anything left is "cannot infer T".
 *
 * The instance is then made (its constraints verified) and the call is
 * checked as an ordinary call of it.  An argument that is itself a
 * generic function (slices.SortFunc(s, cmp.Compare)) is instantiated
 * from its parameter's type once the callee's is known (Go 1.21).
 * Errors are types2's, "in call to F, ..." at the argument or the call.
 */
#include "check_internal.h"

#include <string.h>

typedef struct Infer {
	Checker *c;
	GenericDecl *g;
	Type **bind;   /* per type parameter: what it is bound to, or NULL */
} Infer;

enum { MAX_UNIFY_DEPTH = 40 };

static int tp_index(Infer *in, Type *t)
{
	if (!t || t->kind != T_TYPEPARAM || t->origin != in->g)
		return -1;
	for (int i = 0; i < in->g->ntparams; i++)
		if (in->g->tparams[i].type == t)
			return i;
	return -1;
}

/* Does t mention one of in's type parameters? */
static bool mentions(Infer *in, Type *t, int depth)
{
	if (!t || depth > MAX_UNIFY_DEPTH)
		return false;
	switch (t->kind) {
	case T_TYPEPARAM: return tp_index(in, t) >= 0;
	case T_ARRAY: case T_SLICE: case T_POINTER: case T_CHAN:
		return mentions(in, t->elem, depth + 1);
	case T_MAP: return mentions(in, t->key, depth + 1) || mentions(in, t->elem, depth + 1);
	case T_FUNC: return mentions(in, t->params, depth + 1) || mentions(in, t->results, depth + 1);
	case T_TUPLE:
		for (int i = 0; i < t->nelems; i++)
			if (mentions(in, t->elems[i], depth + 1))
				return true;
		return false;
	case T_STRUCT:
		for (int i = 0; i < t->nfields; i++)
			if (mentions(in, t->fields[i].type, depth + 1))
				return true;
		return false;
	case T_NAMED:
		for (int i = 0; i < t->ntargs; i++)
			if (mentions(in, t->targs[i], depth + 1))
				return true;
		return false;
	default:
		return false;
	}
}

static Type *subst(Infer *in, Type *t, int depth);

static Type *subst_tuple(Infer *in, Type *t, int depth, bool *changed)
{
	if (!t)
		return t;
	Type **elems = arena_alloc(in->c->arena, (size_t)(t->nelems + 1) * sizeof *elems);
	for (int i = 0; i < t->nelems; i++) {
		elems[i] = subst(in, t->elems[i], depth + 1);
		*changed |= elems[i] != t->elems[i];
	}
	return check_new_tuple(in->c, elems, t->nelems);
}

/* t with the bound type parameters replaced (t itself if none is). */
static Type *subst(Infer *in, Type *t, int depth)
{
	Checker *c = in->c;
	if (!t || depth > MAX_UNIFY_DEPTH || !mentions(in, t, 0))
		return t;
	int i = tp_index(in, t);
	if (i >= 0)
		return in->bind[i] ? in->bind[i] : t;
	switch (t->kind) {
	case T_SLICE: {
		Type *e = subst(in, t->elem, depth + 1);
		return e == t->elem ? t : check_new_slice(c, e);
	}
	case T_POINTER: {
		Type *e = subst(in, t->elem, depth + 1);
		return e == t->elem ? t : check_new_pointer(c, e);
	}
	case T_ARRAY: {
		Type *e = subst(in, t->elem, depth + 1);
		return e == t->elem ? t : check_new_array(c, e, t->len);
	}
	case T_MAP: {
		Type *k = subst(in, t->key, depth + 1), *e = subst(in, t->elem, depth + 1);
		return k == t->key && e == t->elem ? t : check_new_map(c, k, e);
	}
	case T_FUNC: {
		bool changed = false;
		Type *p = subst_tuple(in, t->params, depth, &changed);
		Type *r = subst_tuple(in, t->results, depth, &changed);
		return changed ? check_new_func(c, p, r, t->variadic) : t;
	}
	case T_STRUCT: {
		Field *fs = arena_alloc(c->arena, (size_t)(t->nfields + 1) * sizeof *fs);
		bool changed = false;
		for (int k = 0; k < t->nfields; k++) {
			fs[k] = t->fields[k];
			fs[k].type = subst(in, t->fields[k].type, depth + 1);
			changed |= fs[k].type != t->fields[k].type;
		}
		if (!changed)
			return t;
		Type *s = check_new_type(c, T_STRUCT);
		s->fields = fs;
		s->nfields = t->nfields;
		return s;
	}
	case T_NAMED: {
		if (!t->origin)
			return t;
		Type **args = arena_alloc(c->arena, (size_t)(t->ntargs + 1) * sizeof *args);
		for (int k = 0; k < t->ntargs; k++)
			args[k] = subst(in, t->targs[k], depth + 1);
		Obj *inst = check_instantiate(c, t->origin->obj, args, NULL, t->obj->pos);
		return inst ? inst->type : t;
	}
	default:
		return t;
	}
}

static bool unify(Infer *in, Type *x, Type *y, int depth);

static bool unify_tuples(Infer *in, Type *x, Type *y, int depth)
{
	int nx = x ? x->nelems : 0, ny = y ? y->nelems : 0;
	if (nx != ny)
		return false;
	for (int i = 0; i < nx; i++)
		if (!unify(in, x->elems[i], y->elems[i], depth + 1))
			return false;
	return true;
}

/* Type parameter i, bound to b, meets y. */
static bool unify_bound(Infer *in, int i, Type *y, int depth)
{
	Type *b = in->bind[i];
	if (ty_identical(b, y))
		return true;
	/* inexact: a defined type and a type literal match by the
	 * underlying type, and the parameter keeps the defined type */
	if (b->kind == T_NAMED && y->kind != T_NAMED && ty_identical(ty_under(b), y))
		return true;
	if (y->kind == T_NAMED && b->kind != T_NAMED && ty_identical(b, ty_under(y))) {
		in->bind[i] = y;
		return true;
	}
	if (mentions(in, b, 0)) /* a core type bound it to []E */
		return unify(in, b, y, depth + 1);
	return false;
}

/* Unify x (over in's type parameters) with y; false on a mismatch. */
static bool unify(Infer *in, Type *x, Type *y, int depth)
{
	if (x == y)
		return true;
	if (!x || !y || depth > MAX_UNIFY_DEPTH)
		return false;
	int i = tp_index(in, x);
	if (i >= 0) {
		if (!in->bind[i]) {
			in->bind[i] = y;
			return true;
		}
		return unify_bound(in, i, y, depth);
	}
	if (!mentions(in, x, 0))
		return ty_identical(x, y);
	/* inexact: a defined type meets a type literal by its underlying type */
	if (x->kind == T_NAMED && y->kind != T_NAMED)
		x = ty_under(x);
	else if (x->kind != T_NAMED && y->kind == T_NAMED)
		y = ty_under(y);
	if (x->kind != y->kind)
		return false;
	switch (x->kind) {
	case T_SLICE: case T_POINTER:
		return unify(in, x->elem, y->elem, depth + 1);
	case T_CHAN:
		return x->chandir == y->chandir && unify(in, x->elem, y->elem, depth + 1);
	case T_ARRAY:
		return x->len == y->len && unify(in, x->elem, y->elem, depth + 1);
	case T_MAP:
		return unify(in, x->key, y->key, depth + 1) && unify(in, x->elem, y->elem, depth + 1);
	case T_FUNC:
		return x->variadic == y->variadic && unify_tuples(in, x->params, y->params, depth) &&
		       unify_tuples(in, x->results, y->results, depth);
	case T_STRUCT:
		if (x->nfields != y->nfields)
			return false;
		for (int k = 0; k < x->nfields; k++)
			if (x->fields[k].name != y->fields[k].name ||
			    x->fields[k].embedded != y->fields[k].embedded ||
			    !unify(in, x->fields[k].type, y->fields[k].type, depth + 1))
				return false;
		return true;
	case T_NAMED:
		if (!x->origin || x->origin != y->origin)
			return false;
		for (int k = 0; k < x->ntargs; k++)
			if (!unify(in, x->targs[k], y->targs[k], depth + 1))
				return false;
		return true;
	default:
		return false;
	}
}

/* "T", "K and V", "A, B, and C" (types2's typeParamsString). */
static const char *tparams_string(Checker *c, GenericDecl *g)
{
	int n = g->ntparams;
	if (n == 1)
		return g->tparams[0].name;
	if (n == 2)
		return check_csprintf(c, "%s and %s", g->tparams[0].name, g->tparams[1].name);
	const char *s = g->tparams[0].name;
	for (int i = 1; i < n - 1; i++)
		s = check_csprintf(c, "%s, %s", s, g->tparams[i].name);
	return check_csprintf(c, "%s, and %s", s, g->tparams[n - 1].name);
}

static Type *param_type(Type *sig, int i, bool ellipsis)
{
	int np = sig->params->nelems;
	if (sig->variadic && !ellipsis && i >= np - 1)
		return sig->params->elems[np - 1]->elem;
	return i < np ? sig->params->elems[i] : NULL;
}

/* types2's message for argument a (of type at) that does not unify with
 * its parameter type pt. */
static const char *mismatch(Infer *in, Node *a, Type *at, Type *pt)
{
	Checker *c = in->c;
	bool none = true;
	for (int i = 0; i < in->g->ntparams; i++)
		none &= !in->bind[i];
	if (!in->bind[0] && none)
		return check_csprintf(c, "type %s of %s does not match %s (cannot infer %s)",
				      check_tstr(c, at), check_expr_str(c, a), check_tstr(c, pt),
				      tparams_string(c, in->g));
	Type *inferred = subst(in, pt, 0);
	if (inferred != pt)
		return check_csprintf(c, "type %s of %s does not match inferred type %s for %s",
				      check_tstr(c, at), check_expr_str(c, a),
				      check_tstr(c, inferred), check_tstr(c, pt));
	return check_csprintf(c, "type %s of %s does not match %s", check_tstr(c, at),
			      check_expr_str(c, a), check_tstr(c, pt));
}

/* The larger of two untyped numeric kinds, or NULL. */
static Type *max_untyped(Type *x, Type *y)
{
	if (check_is_numeric(x) && check_is_numeric(y))
		return x->kind >= y->kind ? x : y;
	return x->kind == y->kind ? x : NULL;
}

/* The arguments of a call: their nodes (for messages) and types. */
typedef struct Args {
	Node **n;
	Type **t;
	int len;
	bool ellipsis;
} Args;

static bool infer(Infer *in, Node *call, Node *fun, Args *args)
{
	Checker *c = in->c;
	GenericDecl *g = in->g;
	const char *callee = check_expr_str(c, fun);
	Type **pts = arena_alloc(c->arena, (size_t)(args->len + 1) * sizeof *pts);
	int *untyped = arena_alloc(c->arena, (size_t)(args->len + 1) * sizeof *untyped);
	int nu = 0;
	/* the type arguments given are substituted first, as types2 does,
	 * so that a mismatch with one of them is an assignment error */
	for (int i = 0; i < args->len; i++)
		pts[i] = subst(in, param_type(g->sig, i, args->ellipsis), 0);
	for (int i = 0; i < args->len; i++) {
		Node *a = args->n[i];
		Type *at = args->t[i], *pt = pts[i];
		if (a->mode == MODE_GENERIC || !mentions(in, pt, 0))
			continue;
		if (!ty_is_untyped(at)) {
			if (!unify(in, pt, at, 0)) {
				check_errorf(c, check_start_pos(a), "in call to %s, %s", callee,
					     mismatch(in, a, at, pt));
				return false;
			}
		} else if (tp_index(in, pt) >= 0 && at->kind != T_UNTYPED_NIL) {
			untyped[nu++] = i;
		}
	}
	/* core types, while they tell something new */
	for (int round = 0; round <= g->ntparams; round++) {
		bool progress = false;
		for (int i = 0; i < g->ntparams; i++) {
			bool single, tilde;
			Type *core = check_core_term(g->tparams[i].bound, &single, &tilde);
			if (!core || !mentions(in, core, 0)) {
				if (core && single && !tilde && !in->bind[i]) {
					in->bind[i] = core;
					progress = true;
				}
				continue;
			}
			if (in->bind[i]) {
				Type *before[64];
				int n = g->ntparams < 64 ? g->ntparams : 64;
				memcpy(before, in->bind, (size_t)n * sizeof *before);
				if (!unify(in, core, in->bind[i], 0)) {
					check_errorf(c, call->pos, "in call to %s, %s (type %s) does not satisfy %s",
						     callee, g->tparams[i].name, check_tstr(c, in->bind[i]),
						     check_tstr(c, g->tparams[i].bound));
					return false;
				}
				for (int k = 0; k < n; k++)
					progress |= before[k] != in->bind[k];
			} else if (single && !tilde) {
				in->bind[i] = core;
				progress = true;
			}
		}
		if (!progress)
			break;
	}
	/* untyped constants: the default type of the largest */
	for (int u = 0; u < nu; u++) {
		int i = tp_index(in, pts[untyped[u]]);
		if (in->bind[i])
			continue;
		Type *max = NULL;
		for (int v = u; v < nu; v++) {
			if (tp_index(in, pts[untyped[v]]) != i)
				continue;
			Type *at = args->t[untyped[v]];
			Type *m = max ? max_untyped(max, at) : at;
			if (!m) {
				check_errorf(c, check_start_pos(args->n[untyped[v]]),
					     "in call to %s, mismatched types %s and %s (cannot infer %s)",
					     callee, check_tstr(c, max), check_tstr(c, at), g->tparams[i].name);
				return false;
			}
			max = m;
		}
		in->bind[i] = check_default_type(max);
	}
	for (int round = 0; round <= g->ntparams; round++)
		for (int i = 0; i < g->ntparams; i++)
			if (in->bind[i] && mentions(in, in->bind[i], 0))
				in->bind[i] = subst(in, in->bind[i], 0);
	for (int i = 0; i < g->ntparams; i++)
		if (!in->bind[i] || mentions(in, in->bind[i], 0)) {
			check_errorf(c, call->pos, "in call to %s, cannot infer %s (declared at %s:%d:%d)",
				     callee, g->tparams[i].name, g->srcfile, g->tparams[i].pos.line,
				     g->tparams[i].pos.col);
			return false;
		}
	return true;
}

static void invalid(Node *n)
{
	n->mode = MODE_INVALID;
	n->type = ty_basic(T_INVALID);
	n->cv = NULL;
}

static Infer new_infer(Checker *c, GenericDecl *g)
{
	Infer in = {c, g, arena_alloc(c->arena, (size_t)(g->ntparams + 1) * sizeof(Type *))};
	return in;
}

void check_call_generic(Checker *c, Node *n, Node *fun)
{
	Node *f = check_unparen(fun);
	Obj *o = f->obj;
	if (o->kind == OBJ_TYPE) {
		check_uninstantiated(c, fun);
		for (int i = 0; i < n->list.len; i++)
			check_multi_expr(c, NODE_AT(n->list, i));
		invalid(n);
		return;
	}
	GenericDecl *g = o->generic;
	check_generic_declare(c, o);
	Infer in = new_infer(c, g);
	Node **xlist = arena_alloc(c->arena, (size_t)(g->ntparams + 1) * sizeof *xlist);
	int nknown = check_partial_targs(fun, in.bind, xlist);
	PtrVec types = {0};
	int nargs = check_call_args(c, n, &types);
	if (nargs < 0 || !g->sig) {
		invalid(n);
		return;
	}
	if (!check_call_count(c, n, fun, g->sig, &types, nargs)) {
		invalid(n);
		return;
	}
	Args args = {arena_alloc(c->arena, (size_t)(nargs + 1) * sizeof(Node *)),
		     (Type **)types.items, nargs, n->ellipsis};
	for (int i = 0; i < nargs; i++)
		args.n[i] = n->list.len == nargs ? NODE_AT(n->list, i) : NODE_AT(n->list, 0);
	if (nknown < g->ntparams && !infer(&in, n, fun, &args)) {
		invalid(n);
		return;
	}
	Obj *inst = check_instantiate(c, o, in.bind, xlist, n->pos);
	if (!inst) {
		invalid(n);
		return;
	}
	check_use_instance(c, fun, inst);
	check_call_finish(c, n, fun, ty_under(inst->type), &types, nargs);
}

bool check_generic_arg(Checker *c, Node *a, Type *pt)
{
	Node *f = check_unparen(a);
	Obj *o = f->obj;
	if (!o || !o->generic || o->kind != OBJ_FUNC || !pt || ty_under(pt)->kind != T_FUNC) {
		check_uninstantiated(c, a);
		return false;
	}
	GenericDecl *g = o->generic;
	check_generic_declare(c, o);
	Infer in = new_infer(c, g);
	Node **xlist = arena_alloc(c->arena, (size_t)(g->ntparams + 1) * sizeof *xlist);
	check_partial_targs(a, in.bind, xlist);
	bool ok = g->sig && unify(&in, g->sig, ty_under(pt), 0);
	for (int i = 0; ok && i < g->ntparams; i++)
		ok = in.bind[i] && !mentions(&in, in.bind[i], 0);
	if (!ok) {
		check_uninstantiated(c, a);
		return false;
	}
	Obj *inst = check_instantiate(c, o, in.bind, xlist, check_start_pos(a));
	if (!inst) {
		invalid(a);
		return false;
	}
	check_use_instance(c, a, inst);
	return true;
}
