/* check_constraint.c: constraints, type sets and their satisfaction
 * (types2's typeset.go, union.go and the "implements" half of
 * instantiate.go).
 *
 * A constraint is an interface.  Its type set is the intersection of its
 * methods' set, of its embedded elements' sets and, when it is or embeds
 * `comparable`, of the comparable types.  Elements that are not plain
 * interfaces are unions of terms (`~int | ~float64 | MyString`), kept on
 * the interface as a normalised list of terms (Type.terms, has_terms):
 * embedding intersects term lists pairwise (~int ∩ MyInt = MyInt, int ∩
 * string = nothing), a union concatenates them.  A bare constraint
 * `[T ~int | string]` is an implicit interface holding that union.
 *
 * Satisfaction follows types2's implements() with the verb "satisfy":
 * the methods first, then the terms, then comparability (spec
 * comparability, so an interface type argument satisfies comparable as in
 * Go 1.20), each failure with types2's cause.  Interfaces with terms or
 * comparable exist only as constraints: check_type_expr refuses them
 * elsewhere.
 */
#include "check_internal.h"

#include <string.h>

/* ---- building type sets ---- */

static bool is_union_expr(Node *e)
{
	e = check_unparen(e);
	return (e->kind == N_BINARY && e->op == TK_OR) || (e->kind == N_UNARY && e->op == TK_TILDE);
}

static void add_term(Checker *c, PtrVec *terms, bool tilde, Type *t)
{
	TypeTerm *tt = arena_alloc(c->arena, sizeof *tt);
	tt->tilde = tilde;
	tt->type = t;
	ptrvec_push(c->arena, terms, tt);
}

/* The terms of union e (one operand when not a union).  nops counts the
 * union's operands; false after an error. */
static bool union_terms(Checker *c, Node *e, PtrVec *terms, int *nops)
{
	Node *u = check_unparen(e);
	if (u->kind == N_BINARY && u->op == TK_OR) {
		bool a = union_terms(c, u->a, terms, nops);
		bool b = union_terms(c, u->b, terms, nops);
		return a && b;
	}
	(*nops)++;
	if (u->kind == N_UNARY && u->op == TK_TILDE) {
		Type *t = check_type_expr(c, u->a);
		if (!t)
			return false;
		if (!ty_identical(t, ty_under(t))) {
			check_errorf(c, u->pos, "invalid use of ~ (underlying type of %s is %s)",
				     check_tstr(c, t), check_tstr(c, ty_under(t)));
			return false;
		}
		if (ty_under(t)->kind == T_INTERFACE) {
			check_errorf(c, u->pos, "invalid use of ~ (%s is an interface)", check_tstr(c, t));
			return false;
		}
		add_term(c, terms, true, t);
		return true;
	}
	c->allow_constraint = true;
	Type *t = check_type_expr(c, u);
	if (!t)
		return false;
	Type *tu = ty_under(t);
	if (tu->kind != T_INTERFACE) {
		add_term(c, terms, false, t);
		return true;
	}
	if (tu->comparable && tu->nmethods == 0 && !tu->has_terms) {
		check_errorf(c, check_start_pos(u), "cannot use comparable in union");
		return false;
	}
	if (tu->nmethods > 0) {
		check_errorf(c, check_start_pos(u), "cannot use %s in union (%s contains methods)",
			     check_tstr(c, t), check_tstr(c, t));
		return false;
	}
	if (!tu->has_terms) {
		/* any: the union holds every type */
		add_term(c, terms, true, NULL);
		return true;
	}
	for (int i = 0; i < tu->nterms; i++)
		add_term(c, terms, tu->terms[i].tilde, tu->terms[i].type);
	return true;
}

/* A T_UNION of e's terms (a NULL term type: every type). */
static Type *union_type(Checker *c, Node *e)
{
	PtrVec terms = {0};
	int nops = 0;
	if (!union_terms(c, e, &terms, &nops))
		return NULL;
	Type *u = check_new_type(c, T_UNION);
	u->terms = arena_alloc(c->arena, (size_t)(terms.len + 1) * sizeof *u->terms);
	for (int i = 0; i < terms.len; i++)
		u->terms[u->nterms++] = *(TypeTerm *)terms.items[i];
	return u;
}

/* Is every type of term x in term y? */
static bool term_includes(const TypeTerm *y, Type *t)
{
	if (!y->type)
		return true;
	return y->tilde ? ty_identical(ty_under(t), y->type) : ty_identical(t, y->type);
}

/* x ∩ y for two terms; false when empty. */
static bool term_meet(const TypeTerm *x, const TypeTerm *y, TypeTerm *out)
{
	if (!x->type) {
		*out = *y;
		return true;
	}
	if (!y->type) {
		*out = *x;
		return true;
	}
	if (x->tilde && y->tilde) {
		*out = *x;
		return ty_identical(x->type, y->type);
	}
	if (x->tilde) {
		*out = *y;
		return term_includes(x, y->type);
	}
	*out = *x;
	return term_includes(y, x->type);
}

static void embed(Checker *c, Type *t, Type *e)
{
	Type **es = arena_alloc(c->arena, (size_t)(t->nembeds + 1) * sizeof *es);
	if (t->nembeds)
		memcpy(es, t->embeds, (size_t)t->nembeds * sizeof *es);
	es[t->nembeds++] = e;
	t->embeds = es;
}

/* t's type set ∩ the terms (terms, n). */
static void meet_terms(Checker *c, Type *t, const TypeTerm *terms, int n)
{
	bool all = false;
	for (int i = 0; i < n; i++)
		all |= !terms[i].type;
	if (all)
		return;
	if (!t->has_terms) {
		t->terms = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *t->terms);
		memcpy(t->terms, terms, (size_t)n * sizeof *terms);
		t->nterms = n;
		t->has_terms = true;
		return;
	}
	TypeTerm *out = arena_alloc(c->arena, (size_t)(t->nterms * n + 1) * sizeof *out);
	int k = 0;
	for (int i = 0; i < t->nterms; i++)
		for (int j = 0; j < n; j++)
			if (term_meet(&t->terms[i], &terms[j], &out[k]))
				k++;
	t->terms = out;
	t->nterms = k;
}

Type *check_embed_element(Checker *c, Type *t, Node *e)
{
	if (is_union_expr(e)) {
		Type *u = union_type(c, e);
		if (u) {
			embed(c, t, u);
			meet_terms(c, t, u->terms, u->nterms);
		}
		return NULL;
	}
	c->allow_constraint = true;
	Type *x = check_type_expr(c, e);
	if (!x)
		return NULL;
	embed(c, t, x);
	Type *xu = ty_under(x);
	if (xu->kind != T_INTERFACE) {
		TypeTerm term = {false, x};
		meet_terms(c, t, &term, 1);
		return NULL;
	}
	if (xu->has_terms)
		meet_terms(c, t, xu->terms, xu->nterms);
	t->comparable |= xu->comparable;
	return xu;
}

Type *check_constraint_type(Checker *c, Node *e)
{
	/* a bare constraint is the implicit interface{e} */
	Type *t = check_new_type(c, T_INTERFACE);
	t->implicit = true;
	t->methods = arena_alloc(c->arena, sizeof *t->methods);
	if (is_union_expr(e)) {
		check_embed_element(c, t, e);
		return t->nembeds ? t : NULL;
	}
	c->allow_constraint = true;
	Type *x = check_type_expr(c, e);
	if (!x)
		return NULL;
	if (ty_under(x)->kind == T_INTERFACE)
		return x;
	embed(c, t, x);
	TypeTerm term = {false, x};
	meet_terms(c, t, &term, 1);
	return t;
}

bool check_is_constraint_iface(Type *t)
{
	Type *u = t ? ty_under(t) : NULL;
	return u && u->kind == T_INTERFACE && (u->has_terms || u->comparable);
}

/* ---- satisfaction ---- */

/* Does constraint t mention type v in a term (types2's mentions)? */
static bool mentions(Type *t, Type *v)
{
	if (t->kind == T_UNION) {
		for (int i = 0; i < t->nterms; i++)
			if (t->terms[i].type && mentions(t->terms[i].type, v))
				return true;
		return false;
	}
	if (t->kind == T_INTERFACE || (t->kind == T_NAMED && ty_under(t)->kind == T_INTERFACE)) {
		Type *u = ty_under(t);
		for (int i = 0; i < u->nembeds; i++)
			if (mentions(u->embeds[i], v))
				return true;
		return false;
	}
	return ty_identical(t, v);
}

static bool in_terms(Type *tu, Type *v)
{
	for (int i = 0; i < tu->nterms; i++)
		if (term_includes(&tu->terms[i], v))
			return true;
	return false;
}

/* Is the type set of interface vu inside tu's terms? */
static bool terms_subset(Type *vu, Type *tu)
{
	if (!vu->has_terms)
		return false;
	for (int i = 0; i < vu->nterms; i++) {
		const TypeTerm *x = &vu->terms[i];
		bool in = false;
		for (int j = 0; j < tu->nterms && !in; j++) {
			const TypeTerm *y = &tu->terms[j];
			in = !y->type || (x->type && (y->tilde ? ty_identical(ty_under(x->type), y->type)
							       : !x->tilde && ty_identical(x->type, y->type)));
		}
		if (!in)
			return false;
	}
	return true;
}

static const char *terms_cause(Checker *c, Type *v, Type *bound, Type *tu)
{
	const char *vs = check_tstr(c, v), *ts = check_tstr(c, bound);
	for (int i = 0; i < tu->nterms; i++) {
		const TypeTerm *t = &tu->terms[i];
		/* v in ~t but not in t: the ~ may be missing */
		if (t->type && !t->tilde && ty_identical(t->type, ty_under(t->type)) &&
		    ty_identical(ty_under(v), t->type))
			return check_csprintf(c, "%s does not satisfy %s (possibly missing ~ for %s in %s)",
					      vs, ts, check_tstr(c, t->type), ts);
	}
	if (mentions(bound, v))
		return check_csprintf(c, "%s does not satisfy %s (%s mentions %s, but %s is not in the type set of %s)",
				      vs, ts, ts, vs, vs, ts);
	return check_csprintf(c, "%s does not satisfy %s (%s missing in %s)", vs, ts, vs,
			      ty_terms_string(c->arena, tu->terms, tu->nterms));
}

bool check_satisfies(Checker *c, Type *v, Type *bound, const char **cause)
{
	Type *vu = ty_under(v), *tu = ty_under(bound);
	if (vu->kind == T_INVALID || tu->kind == T_INVALID)
		return true;
	if (tu->kind != T_INTERFACE) {
		*cause = check_csprintf(c, "%s does not satisfy %s (%s is not an interface)",
					check_tstr(c, v), check_tstr(c, bound), check_tstr(c, bound));
		return false;
	}
	if (tu->nmethods == 0 && !tu->has_terms && !tu->comparable)
		return true;
	if (tu->has_terms && tu->nterms == 0) {
		*cause = check_csprintf(c, "cannot satisfy %s (empty type set)", check_tstr(c, bound));
		return false;
	}
	const char *why = tu->nmethods ? check_missing_method(c, v, tu) : NULL;
	if (why) {
		*cause = check_csprintf(c, "%s does not satisfy %s %s", check_tstr(c, v),
					check_tstr(c, bound), why);
		return false;
	}
	if (tu->has_terms) {
		bool ok = vu->kind == T_INTERFACE ? terms_subset(vu, tu) : in_terms(tu, v);
		if (!ok) {
			*cause = vu->kind == T_INTERFACE
				? check_csprintf(c, "%s does not satisfy %s", check_tstr(c, v),
						 check_tstr(c, bound))
				: terms_cause(c, v, bound, tu);
			return false;
		}
	}
	if (tu->comparable && !check_comparable_type(v)) {
		*cause = check_csprintf(c, "%s does not satisfy comparable", check_tstr(c, v));
		return false;
	}
	return true;
}

/* ---- core types, for inference ---- */

Type *check_core_term(Type *bound, bool *single, bool *tilde)
{
	Type *tu = bound ? ty_under(bound) : NULL;
	*single = false;
	*tilde = false;
	if (!tu || tu->kind != T_INTERFACE || !tu->has_terms || tu->nterms == 0)
		return NULL;
	if (tu->nterms == 1) {
		*single = true;
		*tilde = tu->terms[0].tilde;
		return tu->terms[0].type;
	}
	Type *u = ty_under(tu->terms[0].type);
	for (int i = 1; i < tu->nterms; i++)
		if (!ty_identical(ty_under(tu->terms[i].type), u))
			return NULL;
	*tilde = true;
	return u;
}
