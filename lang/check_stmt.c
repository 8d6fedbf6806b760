/* check_stmt.c: statements, function bodies, labels and branches.
 *
 * Statements open scopes where the spec says: each block, each if/for/
 * switch statement (for its init), each case clause.  Assignments follow
 * types2's assignments.go: n:n assignments check value by value, a single
 * multi-valued call feeds several variables, anything else is an
 * "assignment mismatch".
 *
 * Labels and branch statements are checked in a separate pass before type
 * checking, the way cmd/compile's syntax.checkBranches does it (and with
 * its messages): labels are function-wide, `break L`/`continue L` must name
 * an enclosing statement, a forward goto may not jump over a variable
 * declaration or into a block.  Those errors stop compilation before type
 * checking, as syntax errors do.
 *
 * "missing return" uses the spec's terminating statements (types2's
 * return.go), and unused variables are reported when the body is done.
 */
#include "check_internal.h"

#include <stdlib.h>
#include <string.h>


static void stmt(Checker *c, Node *s);

static bool contains_obj(PtrVec *v, Obj *o)
{
	for (int i = 0; i < v->len; i++)
		if (v->items[i] == o)
			return true;
	return false;
}

static bool is_shift_op(int op)
{
	return op == TK_SHL || op == TK_SHR;
}

static void open_scope(Checker *c)
{
	c->scope = check_scope_new(c, c->scope, SC_BLOCK);
}

static void close_scope(Checker *c)
{
	c->scope = c->scope->parent;
}

/* Declare local o; check_body reports it if unused, when `report`. */
static void declare_local(Checker *c, Obj *o, bool report)
{
	o->func = c->fn ? c->fn->func : NULL;
	o->pkgpath = c->path;
	if (check_declare(c, c->scope, o) && c->fn && o->name != c->n_blank && report)
		ptrvec_push(c->arena, &c->fn->locals, o);
}

static void add_local(Checker *c, Obj *o)
{
	declare_local(c, o, true);
}

/* ---- assignments ---- */

/* types2's error for assigning to x, which is not a variable: a field
 * of a map element has its own message. */
static void unassignable(Checker *c, Node *x)
{
	Node *u = check_unparen(x);
	if (u->kind == N_SELECTOR && u->a && check_is_map_index(u->a))
		check_errorf(c, check_start_pos(x), "cannot assign to struct field %s in map",
			     check_expr_str(c, x));
	else
		check_errorf(c, check_start_pos(x), "cannot assign to %s (neither addressable nor a map index expression)",
			     check_expr_str(c, x));
}

/* The type of an assignment's left side (NULL for `_`), checking that it
 * can be assigned to; T_INVALID after an error. */
static Type *lhs_var(Checker *c, Node *lhs)
{
	Node *u = lhs;
	while (u->kind == N_PAREN)
		u = u->a;
	if (u->kind == N_IDENT && u->name == c->n_blank) {
		u->mode = MODE_INVALID;
		return NULL;
	}
	Obj *v = NULL;
	bool used = false;
	if (u->kind == N_IDENT) {
		v = check_scope_lookup(c->scope, u->name);
		if (v && v->kind == OBJ_VAR)
			used = v->used;
		else
			v = NULL;
	}
	check_expr(c, lhs);
	if (v)
		v->used = used;
	if (lhs->mode == MODE_INVALID)
		return ty_basic(T_INVALID);
	if (lhs->mode != MODE_VARIABLE) {
		unassignable(c, lhs);
		return ty_basic(T_INVALID);
	}
	return lhs->type;
}

static void assign_var(Checker *c, Node *lhs, Node *rhs)
{
	Type *t = lhs_var(c, lhs);
	check_expr(c, rhs);
	if (t && t->kind == T_INVALID)
		return;
	check_assignment(c, rhs, t, t ? "assignment" : "assignment to _ identifier");
}

/* A value of type `vt` taken from a multi-valued call `call` assigned to
 * type t (NULL: blank). */
/* Whether x's result i is the ok of a comma-ok form (m[k], x.(T)),
 * which Go types as an untyped bool. */
static bool comma_ok_bool(Node *x, int i)
{
	x = check_unparen(x);
	return i == 1 && x->type && x->type->kind == T_TUPLE && x->type->nelems == 2 &&
	       (x->kind == N_INDEX || x->kind == N_TYPEASSERT);
}

/* Result i (of type vt) of the multi-valued x assigned to type t. */
static void assign_tuple_elem(Checker *c, Node *x, int i, Type *t, const char *ctx)
{
	if (!t || t->kind == T_INVALID)
		return;
	Type *vt = x->type->elems[i];
	Node tmp = *x;
	tmp.mode = MODE_VALUE;
	tmp.type = vt;
	bool ok;
	if (comma_ok_bool(x, i)) {
		tmp.type = ty_basic(T_UNTYPED_BOOL);
		ok = ty_under(t)->kind == T_BOOL ||
		     (check_is_interface(t) && check_implements(c, vt, t, NULL));
	} else {
		ok = check_assignable(c, &tmp, t);
	}
	if (!ok)
		check_errorf(c, check_start_pos(x), "cannot use %s as %s value in %s",
		       check_operand_str(c, &tmp), check_tstr(c, t), ctx);
}

static bool is_call(Node *n)
{
	while (n->kind == N_PAREN)
		n = n->a;
	return n->kind == N_CALL;
}

static int tuple_len(Node *x)
{
	if (x->mode == MODE_INVALID)
		return -1;
	return x->type && x->type->kind == T_TUPLE ? x->type->nelems : 1;
}

static void assign_vars(Checker *c, NodeList *lhs, NodeList *rhs)
{
	int l = lhs->len, r = rhs->len;
	if (l == r && !(r == 1 && is_call(NODE_AT(*rhs, 0)))) {
		for (int i = 0; i < l; i++)
			assign_var(c, NODE_AT(*lhs, i), NODE_AT(*rhs, i));
		return;
	}
	if (r != 1) {
		bool ok = true;
		for (int i = 0; i < l; i++) {
			Type *t = lhs_var(c, NODE_AT(*lhs, i));
			if (t && t->kind == T_INVALID)
				ok = false;
		}
		for (int i = 0; i < r; i++) {
			check_expr(c, NODE_AT(*rhs, i));
			if (NODE_AT(*rhs, i)->mode == MODE_INVALID)
				ok = false;
		}
		if (ok)
			check_report_assign_mismatch(c, NODE_AT(*rhs, 0), l, r, false);
		return;
	}
	Node *x = NODE_AT(*rhs, 0);
	Type **lt = arena_alloc(c->arena, (size_t)l * sizeof *lt);
	for (int i = 0; i < l; i++)
		lt[i] = lhs_var(c, NODE_AT(*lhs, i));
	c->commaok = l == 2 ? check_unparen(x) : NULL;
	check_multi_expr(c, x);
	check_comma_ok(c, x, l);
	int n = tuple_len(x);
	if (n < 0)
		return;
	if (n != l) {
		check_report_assign_mismatch(c, x, l, n, true);
		return;
	}
	if (n == 1) {
		if (!lt[0] || lt[0]->kind != T_INVALID)
			check_assignment(c, x, lt[0], lt[0] ? "assignment" : "assignment to _ identifier");
		return;
	}
	for (int i = 0; i < l; i++)
		assign_tuple_elem(c, x, i, lt[i], "assignment");
}

/* Initialise variable o (type may still be unknown) with checked x. */
static void init_var(Checker *c, Obj *o, Node *x, const char *ctx)
{
	if (x->mode == MODE_INVALID || (o->type && o->type->kind == T_INVALID)) {
		if (!o->type)
			o->type = ty_basic(T_INVALID);
		o->used = true;
		return;
	}
	if (!o->type) {
		Type *t = x->type;
		if (t->kind == T_UNTYPED_NIL) {
			check_errorf(c, check_start_pos(x), "use of untyped nil in %s", ctx);
			o->type = ty_basic(T_INVALID);
			return;
		}
		if (t->kind == T_TUPLE) {
			check_assignment(c, x, NULL, ctx); /* reports the tuple */
			o->type = ty_basic(T_INVALID);
			return;
		}
		o->type = check_default_type(t);
		if (!check_gate_value_type(c, o->type, check_start_pos(x))) {
			o->type = ty_basic(T_INVALID);
			o->used = true;
			return;
		}
	}
	check_assignment(c, x, o->type, ctx);
}

static void return_error(Checker *c, Node *ret, Obj **lhs, int l, NodeList *rhs,
			 Type **rt, int r)
{
	Pos at = ret->pos;
	const char *q = "not enough";
	if (r > l) {
		q = "too many";
		if (rhs->len > l)
			at = check_start_pos(NODE_AT(*rhs, l));
		else
			at = check_start_pos(NODE_AT(*rhs, 0));
	} else if (r > 0) {
		at = check_start_pos(NODE_AT(*rhs, rhs->len == r ? r - 1 : 0));
	}
	const char *have = "(", *want = "(";
	for (int i = 0; i < r; i++) {
		Type *t = rt[i];
		const char *s = !t || t->kind == T_INVALID ? "unknown type"
			: ty_is_untyped(t) ? (check_is_numeric(t) ? "number" : ty_basic_name(t->kind) + 8)
			: check_tstr(c, t);
		have = check_csprintf(c, "%s%s%s", have, i ? ", " : "", s);
	}
	for (int i = 0; i < l; i++)
		want = check_csprintf(c, "%s%s%s", want, i ? ", " : "", check_tstr(c, lhs[i]->type));
	check_errorf(c, at, "%s return values\n\thave %s)\n\twant %s)", q, have, want);
}

/* types2's initVars: `lhs... = rhs...` for new variables or results
 * (ret != NULL: a return statement). */
static void init_vars(Checker *c, Obj **lhs, int l, NodeList *rhs, Node *ret)
{
	const char *ctx = ret ? "return statement" : "assignment";
	int r = rhs->len;
	if (l == r && !(r == 1 && is_call(NODE_AT(*rhs, 0)))) {
		for (int i = 0; i < l; i++) {
			Node *x = NODE_AT(*rhs, i);
			check_expr(c, x);
			init_var(c, lhs[i], x, ctx);
		}
		return;
	}
	if (r != 1) {
		bool ok = true;
		Type **rt = arena_alloc(c->arena, (size_t)(r + 1) * sizeof *rt);
		for (int i = 0; i < r; i++) {
			check_expr(c, NODE_AT(*rhs, i));
			rt[i] = NODE_AT(*rhs, i)->type;
			if (NODE_AT(*rhs, i)->mode == MODE_INVALID)
				ok = false;
		}
		for (int i = 0; i < l; i++) {
			if (!lhs[i]->type)
				lhs[i]->type = ty_basic(T_INVALID);
			lhs[i]->used = true;
		}
		if (!ok)
			return;
		if (ret)
			return_error(c, ret, lhs, l, rhs, rt, r);
		else
			check_report_assign_mismatch(c, NODE_AT(*rhs, 0), l, r, false);
		return;
	}
	Node *x = NODE_AT(*rhs, 0);
	c->commaok = l == 2 ? check_unparen(x) : NULL;
	check_multi_expr(c, x);
	check_comma_ok(c, x, l);
	int n = tuple_len(x);
	if (n == l && n == 1) {
		init_var(c, lhs[0], x, ctx);
		return;
	}
	if (n == l) {
		for (int i = 0; i < l; i++) {
			Type *vt = x->type->elems[i];
			if (!lhs[i]->type) {
				lhs[i]->type = vt;
				check_gate_value_type(c, vt, check_start_pos(x));
			} else {
				assign_tuple_elem(c, x, i, lhs[i]->type, ctx);
			}
		}
		return;
	}
	for (int i = 0; i < l; i++) {
		if (!lhs[i]->type)
			lhs[i]->type = ty_basic(T_INVALID);
		lhs[i]->used = true;
	}
	if (n < 0)
		return;
	if (ret) {
		Type **rt = n > 1 ? x->type->elems : &x->type;
		return_error(c, ret, lhs, l, rhs, rt, n);
	} else {
		check_report_assign_mismatch(c, x, l, n, true);
	}
}

static void short_var_decl(Checker *c, Node *s)
{
	int l = s->list.len;
	Obj **lhs = arena_alloc(c->arena, (size_t)l * sizeof *lhs);
	PtrVec fresh = {0};
	bool bad = false;
	for (int i = 0; i < l; i++) {
		Node *id = NODE_AT(s->list, i);
		if (id->kind != N_IDENT) {
			check_expr(c, id);
			check_errorf(c, check_start_pos(id), "non-name %s on left side of :=", check_expr_str(c, id));
			lhs[i] = check_obj_new(c, OBJ_VAR, c->n_blank, NULL, id->pos);
			bad = true;
			continue;
		}
		bool dup = false;
		for (int j = 0; j < i; j++) {
			Node *p = NODE_AT(s->list, j);
			if (p->kind == N_IDENT && p->name == id->name && id->name != c->n_blank)
				dup = true;
		}
		if (dup) {
			check_errorf(c, id->pos, "%s repeated on left side of :=", id->name);
			lhs[i] = check_obj_new(c, OBJ_VAR, c->n_blank, NULL, id->pos);
			bad = true;
			continue;
		}
		Obj *alt = id->name == c->n_blank ? NULL : check_scope_lookup_local(c->scope, id->name);
		if (alt) {
			id->obj = alt;
			if (alt->kind == OBJ_VAR) {
				lhs[i] = alt;
			} else {
				check_errorf(c, id->pos, "cannot assign to %s", id->name);
				lhs[i] = check_obj_new(c, OBJ_VAR, c->n_blank, NULL, id->pos);
			}
			continue;
		}
		Obj *o = check_obj_new(c, OBJ_VAR, id->name, NULL, id->pos);
		o->decl = s;
		id->obj = o;
		lhs[i] = o;
		if (id->name != c->n_blank)
			ptrvec_push(c->arena, &fresh, o);
		else
			o->used = true;
	}
	/* an existing variable assigned by := keeps its used state */
	bool *used = arena_alloc(c->arena, (size_t)l + 1);
	for (int i = 0; i < l; i++)
		used[i] = lhs[i]->used;
	init_vars(c, lhs, l, &s->list2, NULL);
	for (int i = 0; i < l; i++)
		if (!contains_obj(&fresh, lhs[i]))
			lhs[i]->used = used[i];
	for (int i = 0; i < l; i++) {
		Node *id = NODE_AT(s->list, i);
		if (id->kind == N_IDENT && id->obj == lhs[i]) {
			id->mode = MODE_VARIABLE;
			id->type = lhs[i]->type;
		}
	}
	for (int i = 0; i < fresh.len; i++)
		add_local(c, fresh.items[i]);
	if (fresh.len == 0 && !bad)
		check_errorf(c, s->pos, "no new variables on left side of :=");
}

static void assign_op(Checker *c, Node *s)
{
	if (s->list.len != 1 || s->list2.len != 1) {
		check_errorf(c, s->pos, "assignment operation %s= requires single-valued expressions",
		       check_token_str(s->op));
		return;
	}
	Node *x = NODE_AT(s->list, 0), *y = NODE_AT(s->list2, 0);
	check_expr(c, x);
	check_expr(c, y);
	Node res = {0};
	res.kind = N_BINARY;
	res.op = s->op;
	res.pos = s->pos;
	res.a = x;
	res.b = y;
	check_binary_op(c, &res, x, y, true);
	if (res.mode == MODE_INVALID || x->mode == MODE_INVALID)
		return;
	if (x->mode != MODE_VARIABLE) {
		unassignable(c, x);
		return;
	}
	/* an untyped shift count or operand got its type in binary_op */
	check_convert_untyped(c, y, is_shift_op(s->op) ? ty_basic(T_UINT) : x->type);
}

static void assign_stmt(Checker *c, Node *s)
{
	if (s->op == TK_DEFINE)
		short_var_decl(c, s);
	else if (s->op == TK_ASSIGN)
		assign_vars(c, &s->list, &s->list2);
	else
		assign_op(c, s);
}

static void incdec(Checker *c, Node *s)
{
	Node *x = s->a;
	check_expr(c, x);
	if (x->mode == MODE_INVALID)
		return;
	if (!check_is_numeric(x->type)) {
		const char *op = s->op == TK_INC ? "++" : "--";
		check_errorf(c, check_start_pos(x), "invalid operation: %s%s (non-numeric type %s)",
		       check_expr_str(c, x), op, check_tstr(c, x->type));
		return;
	}
	if (x->mode != MODE_VARIABLE)
		unassignable(c, x);
}

/* ---- simple statements ---- */

static bool is_statement_call(Node *x)
{
	while (x->kind == N_PAREN)
		x = x->a;
	if (x->kind != N_CALL)
		return false;
	if (x->obj && x->obj->kind == OBJ_BUILTIN)
		return x->obj->builtin == BI_PANIC || x->obj->builtin == BI_PRINT ||
		       x->obj->builtin == BI_PRINTLN || x->obj->builtin == BI_COPY ||
		       x->obj->builtin == BI_CLEAR || x->obj->builtin == BI_CLOSE ||
		       x->obj->builtin == BI_DELETE || x->obj->builtin == BI_RECOVER;
	return true;
}

/* defer f(args): types2's rules for the call (close, with channels,
 * is not there yet). */
static void defer_stmt(Checker *c, Node *s)
{
	Node *x = s->a;
	if (x->kind == N_PAREN) {
		check_expr_or_type(c, x);
		check_errorf(c, check_start_pos(x), "expression in defer must not be parenthesized");
		return;
	}
	check_expr_or_type(c, x);
	if (x->mode == MODE_INVALID)
		return;
	if (x->kind == N_CONV || (x->kind == N_CALL && x->a->mode == MODE_TYPE)) {
		check_errorf(c, check_start_pos(x), "defer requires function call, not conversion %s",
			     check_operand_str(c, x));
		return;
	}
	if (x->kind != N_CALL) {
		check_errorf(c, check_start_pos(x), "expression in defer must be function call");
		return;
	}
	if (!is_statement_call(x)) {
		check_errorf(c, check_start_pos(x), "defer discards result of %s", check_expr_str(c, x));
		return;
	}
	if (x->obj && x->obj->kind == OBJ_BUILTIN && x->obj->builtin == BI_CLOSE)
		check_gate(c, GATE_BUILTIN, check_start_pos(x),
			   check_csprintf(c, "%s in defer", x->obj->name));
}

static void expr_stmt(Checker *c, Node *s)
{
	Node *x = s->a;
	check_expr_or_type(c, x);
	if (x->mode == MODE_INVALID)
		return;
	if (x->mode == MODE_BUILTIN) {
		check_errorf(c, check_start_pos(x), "%s must be called", check_operand_str(c, x));
		return;
	}
	if (x->mode == MODE_TYPE) {
		check_errorf(c, check_start_pos(x), "%s is not an expression", check_operand_str(c, x));
		return;
	}
	if (is_statement_call(x))
		return;
	check_errorf(c, check_start_pos(x), "%s is not used", check_operand_str(c, x));
}

/* A boolean condition, given its final type. */
static void condition(Checker *c, Node *cond, const char *what)
{
	check_expr(c, cond);
	if (cond->mode == MODE_INVALID)
		return;
	if (ty_under(cond->type)->kind != T_BOOL && cond->type->kind != T_UNTYPED_BOOL) {
		check_errorf(c, check_start_pos(cond), "non-boolean condition in %s statement", what);
		return;
	}
	check_convert_untyped(c, cond, NULL);
}

static void return_stmt(Checker *c, Node *s)
{
	Type *res = c->fn->sig->results;
	int l = res ? res->nelems : 0;
	Node *ft = c->fn->func->decl->a;
	if (s->list.len == 0 && l > 0) {
		Node *f0 = NODE_AT(ft->list2, 0);
		if (f0->list.len > 0) {
			/* bare return with named results: all must be in scope */
			for (int i = 0; i < ft->list2.len; i++) {
				Node *fl = NODE_AT(ft->list2, i);
				for (int j = 0; j < fl->list.len; j++) {
					Obj *o = NODE_AT(fl->list, j)->obj;
					Obj *alt = check_scope_lookup(c->scope, o->name);
					if (alt && alt != o && o->name != c->n_blank)
						check_errorf(c, s->pos, "result parameter %s not in scope at return\n\t%s: inner declaration of %s %s %s",
						       o->name, check_fmtpos(c, alt->pos),
						       alt->kind == OBJ_CONST ? "const" : alt->kind == OBJ_TYPE ? "type" : "var",
						       o->name, alt->type ? check_tstr(c, alt->type) : "");
				}
			}
			return;
		}
	}
	if (s->list.len == 0 && l == 0)
		return;
	Obj **lhs = arena_alloc(c->arena, (size_t)(l + 1) * sizeof *lhs);
	int k = 0;
	for (int i = 0; i < ft->list2.len; i++) {
		Node *fl = NODE_AT(ft->list2, i);
		if (fl->list.len == 0)
			lhs[k++] = fl->obj;
		for (int j = 0; j < fl->list.len; j++)
			lhs[k++] = NODE_AT(fl->list, j)->obj;
	}
	/* results are not "used" by being returned into; keep their state */
	if (s->list.len == 0) {
		return_error(c, s, lhs, l, &s->list, NULL, 0);
		return;
	}
	init_vars(c, lhs, l, &s->list, s);
}

/* ---- compound statements ---- */

static void if_stmt(Checker *c, Node *s)
{
	open_scope(c);
	if (s->a)
		stmt(c, s->a);
	condition(c, s->b, "if");
	stmt(c, s->c);
	if (s->d)
		stmt(c, s->d);
	close_scope(c);
}

static void for_stmt(Checker *c, Node *s)
{
	open_scope(c);
	if (s->a)
		stmt(c, s->a);
	if (s->b)
		condition(c, s->b, "for");
	if (s->c)
		stmt(c, s->c);
	stmt(c, s->d);
	close_scope(c);
}

/* The key and value types of `range x`. */
static bool range_types(Checker *c, Node *x, Type **kt, Type **vt)
{
	Type *u = ty_under(x->type);
	if (ty_is_string(u)) {
		check_convert_untyped(c, x, NULL);
		*kt = ty_basic(T_INT);
		*vt = ty_alias(true);
		return true;
	}
	if (ty_is_integer(u)) {
		*kt = ty_is_untyped(x->type) ? ty_basic(T_INT) : x->type;
		*vt = NULL;
		return true;
	}
	if (u->kind == T_SLICE || u->kind == T_ARRAY) {
		*kt = ty_basic(T_INT);
		*vt = u->elem;
		return true;
	}
	if (u->kind == T_MAP) {
		*kt = u->key;
		*vt = u->elem;
		return true;
	}
	if (u->kind == T_POINTER && ty_under(u->elem)->kind == T_ARRAY) {
		*kt = ty_basic(T_INT);
		*vt = ty_under(u->elem)->elem;
		return true;
	}
	if (check_is_numeric(u) && x->mode == MODE_CONST && const_to_int(c->arena, x->cv)) {
		*kt = ty_basic(T_INT);
		*vt = NULL;
		return true;
	}
	check_errorf(c, check_start_pos(x), "cannot range over %s", check_operand_str(c, x));
	return false;
}

static void range_var(Checker *c, Node *s, Node *v, Type *t, PtrVec *fresh)
{
	if (!v)
		return;
	if (s->op == TK_DEFINE) {
		if (v->kind != N_IDENT) {
			check_errorf(c, check_start_pos(v), "non-name %s on left side of :=", check_expr_str(c, v));
			return;
		}
		Obj *o = check_obj_new(c, OBJ_VAR, v->name, t ? t : ty_basic(T_INVALID), v->pos);
		o->decl = s;
		v->obj = o;
		v->mode = MODE_VARIABLE;
		v->type = o->type;
		ptrvec_push(c->arena, fresh, o);
		return;
	}
	Type *lt = lhs_var(c, v);
	if (!lt || lt->kind == T_INVALID || !t)
		return;
	if (!ty_identical(lt, t)) {
		check_errorf(c, check_start_pos(v), "cannot use %s (value of type %s) as %s value in assignment",
		       check_expr_str(c, v), check_tstr(c, t), check_tstr(c, lt));
	}
}

static void range_stmt(Checker *c, Node *s)
{
	open_scope(c);
	Node *x = s->c;
	check_expr(c, x);
	Type *kt = NULL, *vt = NULL;
	bool ok = x->mode != MODE_INVALID && range_types(c, x, &kt, &vt);
	if (ok && s->b && !vt) {
		check_errorf(c, check_start_pos(s->b), "range over %s permits only one iteration variable",
		       check_operand_str(c, x));
		ok = false;
	}
	bool key_done = false;
	if (ok && ty_is_integer(x->type) && ty_is_untyped(x->type)) {
		/* `for i = range 10`: the count takes the key's type */
		Type *target = kt;
		if (s->a && s->op != TK_DEFINE) {
			Type *lt = lhs_var(c, s->a);
			key_done = true;
			if (lt && lt->kind != T_INVALID)
				target = kt = lt;
		}
		check_convert_untyped(c, x, target);
	}
	PtrVec fresh = {0};
	if (!ok) {
		kt = vt = NULL;
	}
	if (s->a && !key_done)
		range_var(c, s, s->a, kt, &fresh);
	range_var(c, s, s->b, vt, &fresh);
	for (int i = 0; i < fresh.len; i++) {
		Obj *o = fresh.items[i];
		if (o->name == c->n_blank)
			continue;
		add_local(c, o);
	}
	stmt(c, s->d);
	close_scope(c);
}

/* types2's multipleSwitchDefaults, for both kinds of switch. */
static void multiple_defaults(Checker *c, Node *s)
{
	Node *first = NULL;
	for (int i = 0; i < s->list.len; i++) {
		Node *cl = NODE_AT(s->list, i);
		if (!cl->is_default)
			continue;
		if (first)
			check_errorf(c, cl->pos, "multiple defaults (first at %s)", check_fmtpos(c, first->pos));
		else
			first = cl;
	}
}

/* The case values of an expression switch against tag (NULL: `true`). */
static void case_values(Checker *c, Node *cl, Node *tag, PtrVec *seen)
{
	Type *tt = tag ? tag->type : ty_basic(T_BOOL);
	for (int i = 0; i < cl->list.len; i++) {
		Node *v = NODE_AT(cl->list, i);
		check_expr(c, v);
		if (v->mode == MODE_INVALID || (tag && tag->mode == MODE_INVALID))
			continue;
		if (!check_convert_untyped(c, v, tt))
			continue;
		bool ok = ty_identical(v->type, tt) || (check_is_interface(tt) || check_is_interface(v->type));
		if (!ok) {
			check_errorf(c, check_start_pos(v), "invalid case %s in switch on %s (mismatched types %s and %s)",
			       check_expr_str(c, v), tag ? check_expr_str(c, tag) : "true", check_tstr(c, v->type),
			       check_tstr(c, tt));
			continue;
		}
		if (v->mode != MODE_CONST)
			continue;
		for (int j = 0; j < seen->len; j++) {
			Node *p = seen->items[j];
			if (ty_identical(p->type, v->type) && const_compare(p->cv, v->cv) == 0) {
				check_errorf(c, check_start_pos(v), "duplicate case %s in expression switch\n\t%s: previous case",
				       check_operand_str(c, v), check_fmtpos(c, p->pos));
				goto next;
			}
		}
		ptrvec_push(c->arena, seen, v);
	next:;
	}
}

static void switch_stmt(Checker *c, Node *s)
{
	open_scope(c);
	if (s->a)
		stmt(c, s->a);
	Node *tag = s->b;
	if (tag) {
		check_expr(c, tag);
		if (tag->mode != MODE_INVALID) {
			check_assignment(c, tag, NULL, "switch expression");
			if (tag->mode != MODE_INVALID && !check_comparable_type(tag->type)) {
				check_errorf(c, check_start_pos(tag), "cannot switch on %s", check_operand_str(c, tag));
				tag->mode = MODE_INVALID;
			}
		}
	}
	multiple_defaults(c, s);
	PtrVec seen = {0};
	for (int i = 0; i < s->list.len; i++) {
		Node *cl = NODE_AT(s->list, i);
		case_values(c, cl, tag, &seen);
		open_scope(c);
		check_stmt_list(c, &cl->list2, 0);
		close_scope(c);
	}
	close_scope(c);
}

/* ---- type switches (types2's typeSwitchStmt) ---- */

static bool is_nil_expr(Checker *c, Node *e)
{
	e = check_unparen(e);
	if (e->kind != N_IDENT)
		return false;
	Obj *o = check_scope_lookup(c->scope, e->name);
	return o && o->kind == OBJ_NIL;
}

/* The types (or nil) listed by type switch clause cl on x (NULL: x is not
 * an interface); each case expression gets its type (untyped nil for
 * nil).  Returns the last one: NULL for nil, T_INVALID after an error. */
static Type *case_types(Checker *c, Node *cl, Node *x, PtrVec *seen)
{
	Type *t = NULL;
	for (int i = 0; i < cl->list.len; i++) {
		Node *e = NODE_AT(cl->list, i);
		if (is_nil_expr(c, e)) {
			check_expr(c, e);
			t = NULL;
		} else {
			t = check_type_expr(c, e);
			if (!t) {
				e->mode = MODE_INVALID;
				t = ty_basic(T_INVALID);
				continue;
			}
			e->mode = MODE_TYPE;
			e->type = t;
		}
		Type *et = t ? t : ty_basic(T_UNTYPED_NIL);
		Node *prev = NULL;
		for (int j = 0; j < seen->len && !prev; j++)
			if (ty_identical(((Node *)seen->items[j])->type, et))
				prev = seen->items[j];
		if (prev) {
			check_errorf(c, check_start_pos(e), "duplicate case %s in type switch\n\t%s: previous case",
				     t ? check_tstr(c, t) : "nil", check_fmtpos(c, check_start_pos(prev)));
			continue;
		}
		e->type = et;
		ptrvec_push(c->arena, seen, e);
		if (x && t)
			check_switch_case_type(c, x, e, t);
	}
	return t;
}

/* switch [init;] [v :=] x.(type) { ... }: in each clause v is a new
 * variable (CASE.obj), of the clause's type when it lists exactly one,
 * else of x's type.  The clauses' variables count as one for "declared
 * and not used", reported here; each keeps its own used flag, so that
 * codegen gives a value only to those a clause reads. */
static void type_switch_stmt(Checker *c, Node *s)
{
	open_scope(c);
	if (s->a)
		stmt(c, s->a);
	Node *guard = s->b, *lhs = NULL, *x;
	if (guard->kind == N_ASSIGN) {
		lhs = NODE_AT(guard->list, 0);
		x = NODE_AT(guard->list2, 0);
		if (lhs->name == c->n_blank) {
			check_errorf(c, lhs->pos, "no new variable on left side of :=");
			lhs = NULL;
		}
	} else {
		x = guard->a;
	}
	x = check_unparen(x)->a;
	check_expr(c, x);
	Node *sx = x->mode == MODE_INVALID ? NULL : x; /* NULL: cases not checked against it */
	if (sx && !check_is_interface(x->type)) {
		check_errorf(c, check_start_pos(x), "%s is not an interface", check_operand_str(c, x));
		sx = NULL;
	}
	multiple_defaults(c, s);
	PtrVec seen = {0};
	bool used = false;
	for (int i = 0; i < s->list.len; i++) {
		Node *cl = NODE_AT(s->list, i);
		Type *t = case_types(c, cl, sx, &seen);
		open_scope(c);
		if (lhs) {
			if (cl->list.len != 1 || !t)
				t = sx ? x->type : ty_basic(T_INVALID);
			Obj *o = check_obj_new(c, OBJ_VAR, lhs->name, t, lhs->pos);
			o->decl = s;
			declare_local(c, o, false);
			cl->obj = o;
		}
		check_stmt_list(c, &cl->list2, 0);
		close_scope(c);
		if (cl->obj)
			used |= cl->obj->used;
	}
	if (lhs && !used)
		check_errorf(c, lhs->pos, "%s declared and not used", lhs->name);
	close_scope(c);
}

static void stmt(Checker *c, Node *s)
{
	switch (s->kind) {
	case N_EMPTYSTMT: return;
	case N_DECLSTMT: check_local_decl(c, s->a); return;
	case N_LABELED: stmt(c, s->a); return;
	case N_EXPRSTMT: expr_stmt(c, s); return;
	case N_SEND: check_gate(c, GATE_SEND, s->pos, NULL); return;
	case N_INCDEC: incdec(c, s); return;
	case N_ASSIGN: assign_stmt(c, s); return;
	case N_GO: check_gate(c, GATE_GO, s->pos, NULL); return;
	case N_DEFER: defer_stmt(c, s); return;
	case N_RETURN: return_stmt(c, s); return;
	case N_BRANCH: return;
	case N_BLOCK:
		open_scope(c);
		check_stmt_list(c, &s->list, 0);
		close_scope(c);
		return;
	case N_IF: if_stmt(c, s); return;
	case N_SWITCH: switch_stmt(c, s); return;
	case N_TYPESWITCH: type_switch_stmt(c, s); return;
	case N_SELECT: check_gate(c, GATE_SELECT, s->pos, NULL); return;
	case N_FOR: for_stmt(c, s); return;
	case N_RANGE: range_stmt(c, s); return;
	default:
		check_errorf(c, s->pos, "unexpected %s statement", ast_kind_name(s->kind));
	}
}

void check_stmt_list(Checker *c, NodeList *list, int ctx)
{
	for (int i = 0; i < list->len; i++)
		stmt(c, NODE_AT(*list, i));
}

/* ---- function bodies ---- */

static int by_pos(const void *pa, const void *pb)
{
	const Obj *a = *(Obj *const *)pa, *b = *(Obj *const *)pb;
	if (a->pos.line != b->pos.line)
		return a->pos.line - b->pos.line;
	return a->pos.col - b->pos.col;
}

void check_body(Checker *c, Obj *f, Node *body)
{
	int unsupported = c->unsupported;
	check_stmt_list(c, &body->list, 0);
	Type *res = f->type ? f->type->results : NULL;
	if (res && res->nelems > 0 && !check_is_terminating(c, body, NULL))
		check_errorf(c, body->pos2, "missing return");
	PtrVec *l = &c->fn->locals;
	if (c->unsupported != unsupported)
		return; /* uses inside unsupported code were not seen */
	if (l->len > 1)
		qsort(l->items, (size_t)l->len, sizeof *l->items, by_pos);
	for (int i = 0; i < l->len; i++) {
		Obj *o = l->items[i];
		if (!o->used)
			check_errorf(c, o->pos, "declared and not used: %s", o->name);
	}
}

/* ---- terminating statements (types2 return.go) ---- */

static bool has_break(Node *s, const char *label, bool implicit);

static bool has_break_list(NodeList *l, const char *label, bool implicit)
{
	for (int i = 0; i < l->len; i++)
		if (has_break(NODE_AT(*l, i), label, implicit))
			return true;
	return false;
}

static bool has_break(Node *s, const char *label, bool implicit)
{
	if (!s)
		return false;
	switch (s->kind) {
	case N_LABELED: return has_break(s->a, label, implicit);
	case N_BRANCH:
		if (s->op == TK_BREAK) {
			if (!s->name)
				return implicit;
			return label && s->name == label;
		}
		return false;
	case N_BLOCK: return has_break_list(&s->list, label, implicit);
	case N_IF: return has_break(s->c, label, implicit) || has_break(s->d, label, implicit);
	case N_SWITCH:
	case N_TYPESWITCH:
	case N_SELECT:
		if (label)
			for (int i = 0; i < s->list.len; i++)
				if (has_break_list(&NODE_AT(s->list, i)->list2, label, false))
					return true;
		return false;
	case N_FOR:
	case N_RANGE:
		return label && has_break(s->d, label, false);
	default:
		return false;
	}
}

static bool terminating_list(Checker *c, NodeList *l, const char *label)
{
	for (int i = l->len - 1; i >= 0; i--)
		if (NODE_AT(*l, i)->kind != N_EMPTYSTMT)
			return check_is_terminating(c, NODE_AT(*l, i), label);
	return false;
}

bool check_is_terminating(Checker *c, Node *s, const char *label)
{
	switch (s->kind) {
	case N_LABELED: return check_is_terminating(c, s->a, s->name);
	case N_EXPRSTMT: {
		Node *x = s->a;
		while (x->kind == N_PAREN)
			x = x->a;
		return x->kind == N_CALL && x->obj && x->obj->kind == OBJ_BUILTIN &&
		       x->obj->builtin == BI_PANIC;
	}
	case N_RETURN: return true;
	case N_BRANCH: return s->op == TK_GOTO || s->op == TK_FALLTHROUGH;
	case N_BLOCK: return terminating_list(c, &s->list, NULL);
	case N_IF:
		return s->d && check_is_terminating(c, s->c, NULL) && check_is_terminating(c, s->d, NULL);
	case N_SWITCH:
	case N_TYPESWITCH:
	case N_SELECT: {
		bool has_default = s->kind == N_SELECT;
		for (int i = 0; i < s->list.len; i++) {
			Node *cl = NODE_AT(s->list, i);
			if (cl->is_default)
				has_default = true;
			if (!terminating_list(c, &cl->list2, NULL) ||
			    has_break_list(&cl->list2, label, true))
				return false;
		}
		return has_default;
	}
	case N_FOR: return !s->b && !has_break(s->d, label, true);
	default: return false;
	}
}
