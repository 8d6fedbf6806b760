/* check_expr.c: typing expressions (go/types' expr.go, operand.go,
 * const.go, conversions.go in one place).
 *
 * Every expression node gets a mode, a type and — for constants — its exact
 * value.  Untyped values are handled as go/types does: an expression stays
 * untyped until its context fixes the type (an assignment, an operand of a
 * typed operator, a conversion, or the default type), and at that moment
 * set_final_type walks down the untyped part of the tree and types it too,
 * so that nothing codegen evaluates at run time is left untyped (nil
 * excepted).  A constant node carries its value already converted to its
 * final type; codegen never needs to look below a MODE_CONST node.
 *
 * Conversions are made explicit in the tree: a call `T(x)` is rewritten in
 * place into an N_CONV node (a = x, b = the type expression, kept for error
 * messages), and an implicit conversion to an interface wraps the value in
 * an N_CONV with `implicit` set.
 */
#include "check_internal.h"
#include "utf8.h"

#include <string.h>

static void raw_expr(Checker *c, Node *n);

static void invalid(Node *n)
{
	n->mode = MODE_INVALID;
	n->type = ty_basic(T_INVALID);
	n->cv = NULL;
}

static void set_const(Node *n, Type *t, ConstVal *v)
{
	n->mode = MODE_CONST;
	n->type = t;
	n->cv = v;
}

/* ---- type predicates ---- */

bool check_is_interface(Type *t)
{
	return t && ty_under(t)->kind == T_INTERFACE;
}

bool check_is_numeric(Type *t)
{
	return ty_is_integer(t) || ty_is_float(t);
}

static bool is_boolean(Type *t)
{
	TypeKind k = ty_under(t)->kind;
	return k == T_BOOL || k == T_UNTYPED_BOOL;
}

static bool is_basic(Type *t)
{
	return ty_under(t)->kind <= T_UNTYPED_NIL;
}

bool check_is_const_type(Type *t)
{
	TypeKind k = ty_under(t)->kind;
	return k >= T_BOOL && k <= T_STRING && k != T_UNSAFEPTR;
}

static bool is_ordered(Type *t)
{
	return check_is_numeric(t) || ty_is_string(t);
}

bool check_comparable_type(Type *t)
{
	Type *u = ty_under(t);
	switch (u->kind) {
	case T_SLICE: case T_MAP: case T_FUNC: return false;
	case T_ARRAY: return check_comparable_type(u->elem);
	case T_STRUCT:
		for (int i = 0; i < u->nfields; i++)
			if (!check_comparable_type(u->fields[i].type))
				return false;
		return true;
	default: return true;
	}
}

static bool has_nil(Type *t)
{
	switch (ty_under(t)->kind) {
	case T_SLICE: case T_MAP: case T_FUNC: case T_POINTER: case T_CHAN:
	case T_INTERFACE: case T_UNSAFEPTR: case T_UNTYPED_NIL:
		return true;
	default:
		return false;
	}
}

Type *check_default_type(Type *t)
{
	switch (t->kind) {
	case T_UNTYPED_BOOL: return ty_basic(T_BOOL);
	case T_UNTYPED_INT: return ty_basic(T_INT);
	case T_UNTYPED_RUNE: return ty_alias(true);
	case T_UNTYPED_FLOAT: return ty_basic(T_FLOAT64);
	case T_UNTYPED_STRING: return ty_basic(T_STRING);
	default: return t;
	}
}

static bool is_comparison(int op)
{
	return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ ||
	       op == TK_GTR || op == TK_GEQ;
}

static bool is_shift(int op)
{
	return op == TK_SHL || op == TK_SHR;
}

void check_record_dep(Checker *c, Obj *o)
{
	/* c->decl is the package-level declaration being checked: a const,
	 * var, func or method (each has ObjInfo) */
	if (!c->decl || !c->decl->chk || !o->chk || o->kind == OBJ_PKG || o->kind == OBJ_TYPE)
		return;
	ObjInfo *in = c->decl->chk;
	for (int i = 0; i < in->deps.len; i++)
		if (in->deps.items[i] == o)
			return;
	ptrvec_push(c->arena, &in->deps, o);
}

/* ---- representability (types2 const.go) ---- */

enum { CONV_OK, CONV_MISMATCH, CONV_TRUNCATED, CONV_OVERFLOW };

static int int_bits(TypeKind k)
{
	switch (k) {
	case T_INT8: case T_UINT8: return 8;
	case T_INT16: case T_UINT16: return 16;
	case T_INT32: case T_UINT32: return 32;
	default: return 64;
	}
}

/* Can constant v be represented in basic type t?  *out gets the value
 * converted (ints from integral floats, floats rounded). */
static int representable(Checker *c, ConstVal *v, Type *t, ConstVal **out)
{
	Type *u = ty_under(t);
	TypeKind k = u->kind;
	*out = v;
	if (k == T_BOOL || k == T_UNTYPED_BOOL)
		return const_kind(v) == CK_BOOL ? CONV_OK : CONV_MISMATCH;
	if (k == T_STRING || k == T_UNTYPED_STRING)
		return const_kind(v) == CK_STRING ? CONV_OK : CONV_MISMATCH;
	if (const_kind(v) != CK_INT && const_kind(v) != CK_FLOAT)
		return CONV_MISMATCH;
	if (ty_is_integer(u)) {
		ConstVal *iv = const_to_int(c->arena, v);
		if (!iv)
			return CONV_TRUNCATED;
		*out = iv;
		if (k == T_UNTYPED_INT || k == T_UNTYPED_RUNE)
			return CONV_OK;
		if (const_fits_int(iv, int_bits(k), ty_is_unsigned(u)))
			return CONV_OK;
		/* types2 words any float -> integer failure "truncated" */
		return const_kind(v) == CK_FLOAT ? CONV_TRUNCATED : CONV_OVERFLOW;
	}
	if (k == T_UNTYPED_FLOAT) {
		*out = const_to_float(c->arena, v);
		return CONV_OK;
	}
	if (k == T_FLOAT32 || k == T_FLOAT64) {
		ConstVal *r;
		if (!const_round_float(c->arena, v, k == T_FLOAT32, &r))
			return CONV_OVERFLOW;
		*out = r;
		return CONV_OK;
	}
	return CONV_MISMATCH; /* complex, non-basic */
}

/* "x (...) overflows T", types2's invalidConversion. */
static void invalid_conversion(Checker *c, int code, Node *x, Type *t)
{
	const char *ts = check_tstr(c, t);
	if (code == CONV_TRUNCATED)
		check_errorf(c, check_start_pos(x), "%s truncated to %s", check_operand_str(c, x), ts);
	else if (code == CONV_OVERFLOW)
		check_errorf(c, check_start_pos(x), "%s overflows %s", check_operand_str(c, x), ts);
	else
		check_errorf(c, check_start_pos(x), "cannot convert %s to type %s", check_operand_str(c, x), ts);
}

/* A typed constant must stay representable after each operation
 * (types2's overflow); untyped ints are limited to 512 bits. */
static bool check_overflow(Checker *c, Node *n, Pos oppos, const char *opname)
{
	if (!ty_is_untyped(n->type)) {
		ConstVal *v;
		int code = representable(c, n->cv, n->type, &v);
		if (code != CONV_OK) {
			invalid_conversion(c, code, n, ty_under(n->type));
			invalid(n);
			return false;
		}
		n->cv = v;
		return true;
	}
	if (const_kind(n->cv) == CK_INT && const_bitlen(n->cv) > 512) {
		check_errorf(c, oppos, "constant %s%soverflow", opname ? opname : "",
		       opname ? " " : "");
		invalid(n);
		return false;
	}
	return true;
}

/* ---- untyped conversion (implicitTypeAndValue + updateExprType) ---- */

static TypeKind untyped_rank(TypeKind k)
{
	return k; /* UNTYPED_INT < UNTYPED_RUNE < UNTYPED_FLOAT in the enum */
}

/* What type (and value) would untyped n take in a context of type
 * target?  Returns a CONV_ code. */
static int implicit_type(Checker *c, Node *n, Type *target, Type **nt,
			 ConstVal **nv)
{
	Type *xt = n->type;
	*nt = target;
	*nv = n->cv;
	if (ty_is_untyped(target)) {
		/* both untyped: the "larger" numeric kind wins */
		if (check_is_numeric(xt) && check_is_numeric(target)) {
			*nt = untyped_rank(xt->kind) > untyped_rank(target->kind) ? xt : target;
			if (n->mode == MODE_CONST && (*nt)->kind == T_UNTYPED_FLOAT)
				*nv = const_to_float(c->arena, n->cv);
			return CONV_OK;
		}
		return xt->kind == target->kind ? CONV_OK : CONV_MISMATCH;
	}
	Type *u = ty_under(target);
	if (u->kind == T_INTERFACE) {
		*nt = xt->kind == T_UNTYPED_NIL ? xt : check_default_type(xt);
		if (n->mode == MODE_CONST)
			return representable(c, n->cv, *nt, nv);
		return CONV_OK;
	}
	if (xt->kind == T_UNTYPED_NIL)
		return has_nil(u) ? (*nt = xt, CONV_OK) : CONV_MISMATCH;
	if (!is_basic(u))
		return CONV_MISMATCH;
	if (n->mode == MODE_CONST)
		return representable(c, n->cv, target, nv);
	/* non-constant untyped values: bools from comparisons, shifts */
	if (xt->kind == T_UNTYPED_BOOL)
		return is_boolean(u) ? CONV_OK : CONV_MISMATCH;
	if (check_is_numeric(xt))
		return check_is_numeric(u) ? CONV_OK : CONV_MISMATCH;
	if (xt->kind == T_UNTYPED_STRING)
		return ty_is_string(u) ? CONV_OK : CONV_MISMATCH;
	return CONV_MISMATCH;
}

static bool convert_untyped_quiet(Checker *c, Node *n, Type *target, int *code);

/* Give the untyped tree n its final type t (go/types' updateExprType). */
static void set_final_type(Checker *c, Node *n, Type *t)
{
	if (!n->type || !ty_is_untyped(n->type))
		return;
	if (n->mode == MODE_CONST) {
		int code;
		if (!ty_is_untyped(t) && !convert_untyped_quiet(c, n, t, &code))
			invalid_conversion(c, code, n, ty_under(t));
		else if (ty_is_untyped(t))
			n->type = t;
		return;
	}
	switch (n->kind) {
	case N_PAREN:
	case N_UNARY:
		set_final_type(c, n->a, t);
		break;
	case N_BINARY:
		if (is_comparison(n->op))
			break; /* operands already have their final types */
		if (is_shift(n->op)) {
			if (!ty_is_untyped(t) && !ty_is_integer(t)) {
				check_errorf(c, check_start_pos(n->a),
				       "invalid operation: shifted operand %s (type %s) must be integer",
				       check_expr_str(c, n->a), check_tstr(c, t));
				n->type = t;
				return;
			}
			set_final_type(c, n->a, t);
			break;
		}
		set_final_type(c, n->a, t);
		set_final_type(c, n->b, t);
		break;
	default:
		break;
	}
	n->type = t;
}

static bool convert_untyped_quiet(Checker *c, Node *n, Type *target, int *code)
{
	Type *nt;
	ConstVal *nv;
	*code = implicit_type(c, n, target, &nt, &nv);
	if (*code != CONV_OK)
		return false;
	if (n->mode == MODE_CONST) {
		n->cv = nv;
		n->type = nt;
		return true;
	}
	set_final_type(c, n, nt);
	return true;
}

bool check_convert_untyped(Checker *c, Node *n, Type *target)
{
	if (n->mode == MODE_INVALID || !ty_is_untyped(n->type))
		return n->mode != MODE_INVALID;
	if (!target)
		target = check_default_type(n->type);
	int code;
	if (!convert_untyped_quiet(c, n, target, &code)) {
		invalid_conversion(c, code, n, ty_under(target));
		invalid(n);
		return false;
	}
	return true;
}

/* ---- assignability ---- */

static bool assignable_to(Checker *c, Node *x, Type *t)
{
	Type *v = x->type;
	if (ty_identical(v, t))
		return true;
	if (v->kind == T_UNTYPED_NIL)
		return has_nil(t);
	Type *vu = ty_under(v), *tu = ty_under(t);
	if (tu->kind == T_INTERFACE)
		return check_implements(c, v, t, NULL);
	if (ty_identical(vu, tu) && (v->kind != T_NAMED || t->kind != T_NAMED) &&
	    !is_basic(vu))
		return true;
	return false;
}

/* A checked function literal's node moved from `from` to `to`: its FUNC
 * and the program's list of literals follow it. */
static void moved_func_lit(Checker *c, Node *from, Node *to)
{
	PtrVec *lits = &c->prog->funclits;
	if (to->obj && to->obj->decl == from)
		to->obj->decl = to;
	for (int i = lits->len - 1; i >= 0; i--)
		if (lits->items[i] == from) {
			lits->items[i] = to;
			return;
		}
}

bool check_assignable(Checker *c, Node *x, Type *t)
{
	return assignable_to(c, x, t);
}

static void wrap_conv(Checker *c, Node *n, Type *t)
{
	Node *inner = arena_alloc(c->arena, sizeof *inner);
	*inner = *n;
	Pos pos = n->pos;
	memset(n, 0, sizeof *n);
	n->kind = N_CONV;
	n->pos = pos;
	n->a = inner;
	n->implicit = true;
	n->mode = MODE_VALUE;
	n->type = t;
	if (inner->kind == N_FUNCLIT)
		moved_func_lit(c, n, inner);
}

static const char *missing_method_cause(Checker *c, Node *x, Type *t)
{
	Type *tu = ty_under(t);
	const char *cause = NULL;
	if (tu->kind != T_INTERFACE || tu->nmethods == 0 || x->type->kind == T_UNTYPED_NIL)
		return NULL;
	check_implements(c, x->type, t, &cause);
	return cause;
}

bool check_assignment(Checker *c, Node *x, Type *t, const char *context)
{
	if (x->mode == MODE_INVALID)
		return false;
	if (x->mode == MODE_TYPE || x->mode == MODE_BUILTIN || x->mode == MODE_NOVALUE) {
		check_errorf(c, check_start_pos(x), "cannot assign %s to %s in %s", check_operand_str(c, x),
		       t ? check_tstr(c, t) : "_", context);
		invalid(x);
		return false;
	}
	if (x->type && x->type->kind == T_TUPLE) {
		check_errorf(c, check_start_pos(x), "multiple-value %s (value of type %s) in single-value context",
		       check_expr_str(c, x), check_tstr(c, x->type));
		invalid(x);
		return false;
	}
	if (ty_is_untyped(x->type)) {
		Type *target = t;
		if (x->type->kind == T_UNTYPED_NIL && !t) {
			check_errorf(c, check_start_pos(x), "use of untyped nil in %s", context);
			invalid(x);
			return false;
		}
		if (!t || check_is_interface(t))
			target = x->type->kind == T_UNTYPED_NIL ? t : check_default_type(x->type);
		Type *nt;
		ConstVal *nv;
		int code = implicit_type(c, x, target, &nt, &nv);
		if (code != CONV_OK) {
			const char *msg = check_csprintf(c, "cannot use %s as %s value in %s",
						   check_operand_str(c, x), check_tstr(c, target), context);
			if (code == CONV_TRUNCATED)
				msg = check_csprintf(c, "%s (truncated)", msg);
			else if (code == CONV_OVERFLOW)
				msg = check_csprintf(c, "%s (overflows)", msg);
			check_errorf(c, check_start_pos(x), "%s", msg);
			invalid(x);
			return false;
		}
		if (x->mode == MODE_CONST) {
			x->cv = nv;
			x->type = nt;
		} else {
			set_final_type(c, x, nt);
		}
	}
	if (!t)
		return true;
	if (!assignable_to(c, x, t)) {
		const char *cause = missing_method_cause(c, x, t);
		if (cause)
			check_errorf(c, check_start_pos(x), "cannot use %s as %s value in %s: %s",
			       check_operand_str(c, x), check_tstr(c, t), context, cause);
		else
			check_errorf(c, check_start_pos(x), "cannot use %s as %s value in %s",
			       check_operand_str(c, x), check_tstr(c, t), context);
		invalid(x);
		return false;
	}
	/* nil takes the type it is assigned to, so that codegen knows
	 * how many words of zero it is */
	if (x->type->kind == T_UNTYPED_NIL && !check_is_interface(t))
		x->type = t;
	/* every value entering an interface goes through an N_CONV (nil
	 * included: the conversion makes the zero interface) */
	if (check_is_interface(t) && !ty_identical(x->type, t))
		wrap_conv(c, x, t);
	return true;
}

/* ---- identifiers and literals ---- */

static void ident(Checker *c, Node *n)
{
	if (n->name == c->n_blank) {
		check_errorf(c, n->pos, "cannot use _ as value");
		invalid(n);
		return;
	}
	Obj *o = check_scope_lookup(c->scope, n->name);
	if (!o) {
		check_errorf(c, n->pos, "undefined: %s", n->name);
		invalid(n);
		return;
	}
	n->obj = o;
	check_obj_decl(c, o);
	if (o->generic) {
		n->mode = MODE_GENERIC;
		n->type = o->type ? o->type : ty_basic(T_INVALID);
		return;
	}
	check_record_dep(c, o);
	switch (o->kind) {
	case OBJ_PKG:
		((Package *)o->chk)->used = true;
		check_errorf(c, n->pos, "use of package %s not in selector", n->name);
		invalid(n);
		return;
	case OBJ_CONST:
		if (o->name == c->n_iota && !o->pos.line) {
			if (!c->iota) {
				check_errorf(c, n->pos, "cannot use iota outside constant declaration");
				invalid(n);
				return;
			}
			set_const(n, o->type, c->iota);
			return;
		}
		if (!o->type || o->type->kind == T_INVALID || !o->cv) {
			invalid(n);
			return;
		}
		set_const(n, o->type, o->cv);
		return;
	case OBJ_TYPE:
		n->mode = MODE_TYPE;
		n->type = o->type ? o->type : ty_basic(T_INVALID);
		if (n->type->kind == T_INVALID)
			invalid(n);
		return;
	case OBJ_VAR:
		o->used = true;
		check_note_capture(c, o);
		n->mode = MODE_VARIABLE;
		n->type = o->type ? o->type : ty_basic(T_INVALID);
		if (n->type->kind == T_INVALID)
			invalid(n);
		return;
	case OBJ_FUNC:
		n->mode = MODE_VALUE;
		n->type = o->type ? o->type : ty_basic(T_INVALID);
		if (n->type->kind == T_INVALID)
			invalid(n);
		return;
	case OBJ_BUILTIN:
		n->mode = MODE_BUILTIN;
		n->type = ty_basic(T_INVALID);
		return;
	case OBJ_NIL:
		n->mode = MODE_VALUE;
		n->type = ty_basic(T_UNTYPED_NIL);
		return;
	default:
		invalid(n);
	}
}

static void basic_lit(Checker *c, Node *n)
{
	int kind;
	Type *t;
	switch (n->op) {
	case TK_INT: kind = LIT_INT; t = ty_basic(T_UNTYPED_INT); break;
	case TK_FLOAT: kind = LIT_FLOAT; t = ty_basic(T_UNTYPED_FLOAT); break;
	case TK_CHAR: kind = LIT_CHAR; t = ty_basic(T_UNTYPED_RUNE); break;
	case TK_STRING: kind = LIT_STRING; t = ty_basic(T_UNTYPED_STRING); break;
	default:
		check_gate(c, GATE_COMPLEX, n->pos, NULL);
		invalid(n);
		return;
	}
	/* types2 caps numeric literals: longer ones mean nothing at 512 bits
	 * of precision and would only cost time. */
	enum { MAX_NUMERIC_LITERAL = 10000 };
	if ((kind == LIT_INT || kind == LIT_FLOAT) && n->litlen > MAX_NUMERIC_LITERAL) {
		check_errorf(c, n->pos, "excessively long constant: %.10s... (%d chars)",
			     n->lit, n->litlen);
		invalid(n);
		return;
	}
	ConstVal *v = const_from_literal(c->arena, kind, n->lit, n->litlen);
	if (!v) {
		check_errorf(c, n->pos, "malformed constant: %.*s", n->litlen, n->lit);
		invalid(n);
		return;
	}
	set_const(n, t, v);
}

/* ---- selectors ---- */

static void selector(Checker *c, Node *n)
{
	Node *x = n->a;
	if (x->kind == N_IDENT) {
		Obj *o = check_scope_lookup(c->scope, x->name);
		if (o && o->kind == OBJ_PKG) {
			Package *p = o->chk;
			p->used = true;
			x->obj = o;
			x->mode = MODE_INVALID;
			Obj *m = check_generic_member(c, p, n->name);
			if (!m)
				m = check_scope_lookup_local(p->members, n->name);
			if (m && p->source && !check_exported(n->name)) {
				check_errorf(c, n->pos2.line ? n->pos2 : n->pos,
					     "name %s not exported by package %s",
					     n->name, p->name);
				invalid(n);
				return;
			}
			if (!m) {
				check_errorf(c, n->pos2.line ? n->pos2 : n->pos, "undefined: %s.%s",
				       x->name, n->name);
				invalid(n);
				return;
			}
			n->obj = m;
			n->type = m->type;
			n->mode = m->generic ? MODE_GENERIC
				  : m->kind == OBJ_VAR ? MODE_VARIABLE
				  : m->kind == OBJ_TYPE ? MODE_TYPE
				  : m->kind == OBJ_CONST ? MODE_CONST
				  : m->kind == OBJ_BUILTIN ? MODE_BUILTIN
				  : MODE_VALUE;
			if (m->kind == OBJ_CONST)
				n->cv = m->cv;
			return;
		}
	}
	check_expr_or_type(c, x);
	if (x->mode == MODE_GENERIC)
		check_uninstantiated(c, x);
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	if (ty_under(x->type) && ty_under(x->type)->kind == T_INVALID) {
		invalid(n); /* its type was reported */
		return;
	}
	if (x->mode != MODE_TYPE && check_generic_method(c, n))
		return;
	if (x->mode != MODE_TYPE && !check_method_first(c, x->type, n->name) &&
	    check_field_selector(c, n))
		return;
	if (x->mode == MODE_TYPE ? check_method_expr(c, n) : check_method_selector(c, n)) {
		if (n->mode == MODE_INVALID)
			invalid(n);
		return;
	}
	int fpath[CHECK_MAX_FIELD_DEPTH + 1];
	if (x->mode == MODE_TYPE && check_lookup_field(c, x->type, n->name, fpath) > 0) {
		check_errorf(c, n->pos2.line ? n->pos2 : n->pos, "%s.%s undefined (type %s has no method %s)",
			     check_expr_str(c, x), n->name, check_tstr(c, x->type), n->name);
		invalid(n);
		return;
	}
	/* its methods or fields may have been rejected as unsupported */
	Type *xt = ty_under(x->type)->kind == T_POINTER ? ty_under(x->type)->elem : x->type;
	if (c->unsupported && (xt->kind == T_NAMED || ty_under(xt)->kind == T_INVALID)) {
		invalid(n);
		return;
	}
	if (ty_under(x->type)->kind == T_POINTER && check_is_interface(xt))
		check_errorf(c, n->pos2.line ? n->pos2 : n->pos,
			     "%s.%s undefined (type %s is pointer to interface, not interface)",
			     check_expr_str(c, x), n->name, check_tstr(c, x->type));
	else
		check_errorf(c, n->pos2.line ? n->pos2 : n->pos, "%s.%s undefined (type %s has no field or method %s%s)",
		       check_expr_str(c, x), n->name, check_tstr(c, x->type), n->name,
		       check_field_hint(c, x->type, n->name));
	invalid(n);
}

/* ---- unary and binary operators ---- */

static const char *opname(int op, bool unary)
{
	if (unary)
		return op == TK_XOR ? "bitwise complement" : op == TK_SUB ? "negation" : NULL;
	switch (op) {
	case TK_ADD: return "addition";
	case TK_SUB: return "subtraction";
	case TK_XOR: return "bitwise XOR";
	case TK_MUL: return "multiplication";
	case TK_SHL: return "shift";
	}
	return NULL;
}


static void unary(Checker *c, Node *n)
{
	Node *x = n->a;
	if (n->op == TK_AND) {
		Node *y = x;
		while (y->kind == N_PAREN)
			y = y->a;
		if (y->kind == N_COMPOSITE) {
			check_expr(c, x);
			if (x->mode == MODE_INVALID) {
				invalid(n);
				return;
			}
		} else {
			check_expr(c, x);
			if (x->mode == MODE_INVALID) {
				invalid(n);
				return;
			}
			if (check_is_map_index(x)) {
				check_errorf(c, check_start_pos(x), "invalid operation: cannot take address of %s (map index expression of type %s)",
					     check_expr_str(c, x), check_tstr(c, x->type));
				invalid(n);
				return;
			}
			if (x->mode != MODE_VARIABLE) {
				check_errorf(c, check_start_pos(x), "invalid operation: cannot take address of %s",
					     check_operand_str(c, x));
				invalid(n);
				return;
			}
			check_mark_addr_taken(x);
		}
		n->mode = MODE_VALUE;
		n->type = check_new_pointer(c, x->type);
		return;
	}
	if (n->op == TK_ARROW) {
		check_gate(c, GATE_RECEIVE, n->pos, NULL);
		invalid(n);
		return;
	}
	check_expr(c, x);
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	bool ok = n->op == TK_NOT ? is_boolean(x->type)
		: n->op == TK_XOR ? ty_is_integer(x->type) : check_is_numeric(x->type);
	if (!ok) {
		check_errorf(c, check_start_pos(x), "invalid operation: operator %s not defined on %s",
		       check_token_str(n->op), check_operand_str(c, x));
		invalid(n);
		return;
	}
	n->type = x->type;
	if (x->mode != MODE_CONST) {
		n->mode = MODE_VALUE;
		return;
	}
	ConstVal *v = x->cv;
	switch (n->op) {
	case TK_SUB: v = const_neg(c->arena, v); break;
	case TK_NOT: v = const_not(c->arena, v); break;
	case TK_XOR:
		v = const_complement(c->arena, v);
		if (ty_is_unsigned(x->type)) /* ^x on unsigned: flip within the width */
			v = const_wrap(c->arena, v, int_bits(ty_under(x->type)->kind), true);
		break;
	default: break;
	}
	set_const(n, x->type, v);
	check_overflow(c, n, n->pos, opname(n->op, true));
}

/* Convert untyped operands toward each other (types2's matchTypes). */
static bool match_types(Checker *c, Node *x, Node *y)
{
	bool xu = ty_is_untyped(x->type), yu = ty_is_untyped(y->type);
	if (!xu && !yu)
		return true;
	if (check_is_numeric(x->type) != check_is_numeric(y->type) ||
	    is_boolean(x->type) != is_boolean(y->type) ||
	    ty_is_string(x->type) != ty_is_string(y->type))
		return true;
	if (x->type->kind == T_UNTYPED_NIL && !has_nil(y->type))
		return true;
	if (y->type->kind == T_UNTYPED_NIL && !has_nil(x->type))
		return true;
	int code;
	if (xu && !convert_untyped_quiet(c, x, y->type, &code)) {
		invalid_conversion(c, code, x, ty_under(y->type));
		return false;
	}
	if (yu && !convert_untyped_quiet(c, y, x->type, &code)) {
		invalid_conversion(c, code, y, ty_under(x->type));
		return false;
	}
	return true;
}

static const char *kind_string(Checker *c, Type *t)
{
	switch (ty_under(t)->kind) {
	case T_SLICE: return "slice";
	case T_MAP: return "map";
	case T_FUNC: return "func";
	case T_INTERFACE: return "interface";
	case T_STRUCT: return "struct";
	case T_ARRAY: return "array";
	case T_POINTER: return "pointer";
	case T_CHAN: return "chan";
	default: return check_tstr(c, t);
	}
}

/* Why values of type t cannot be compared (types2's incomparableCause). */
static const char *incomparable_cause(Checker *c, Type *t)
{
	Type *u = ty_under(t);
	if (u->kind == T_STRUCT) {
		for (int i = 0; i < u->nfields; i++)
			if (!check_comparable_type(u->fields[i].type))
				return check_csprintf(c, "struct containing %s cannot be compared",
						      check_tstr(c, u->fields[i].type));
	}
	if (u->kind == T_ARRAY)
		return check_csprintf(c, "%s cannot be compared", check_tstr(c, t));
	return check_csprintf(c, "%s can only be compared to nil", kind_string(c, t));
}

/* The printed form of a binary operation: "x + y", or "x += y" for an
 * assignment operation (e == NULL in types2). */
static const char *binop_str(Checker *c, Node *n, Node *x, Node *y, bool assignop)
{
	if (assignop)
		return check_csprintf(c, "%s %s= %s", check_expr_str(c, x), check_token_str(n->op), check_expr_str(c, y));
	return check_expr_str(c, n);
}

/* x == y where an operand is an interface and the other is a value of
 * another type (or of another interface type): that operand is
 * converted to the interface type, so codegen compares two values of
 * one interface type.  nil stays nil. */
static void comparison_operands_to_iface(Checker *c, Node *x, Node *y)
{
	bool xi = check_is_interface(x->type), yi = check_is_interface(y->type);
	if ((!xi && !yi) || ty_identical(x->type, y->type) ||
	    x->type->kind == T_UNTYPED_NIL || y->type->kind == T_UNTYPED_NIL)
		return;
	if (yi && (!xi || assignable_to(c, x, y->type)))
		wrap_conv(c, x, y->type);
	else
		wrap_conv(c, y, x->type);
}

static void comparison(Checker *c, Node *n, Node *x, Node *y, bool assignop)
{
	Node *errop = x;
	const char *cause = NULL;
	if (!assignable_to(c, x, y->type) && !assignable_to(c, y, x->type)) {
		errop = y;
		cause = check_csprintf(c, "mismatched types %s and %s", check_tstr(c, x->type),
				 check_tstr(c, y->type));
	} else if (n->op == TK_EQL || n->op == TK_NEQ) {
		bool xnil = x->type->kind == T_UNTYPED_NIL, ynil = y->type->kind == T_UNTYPED_NIL;
		if (xnil && ynil) {
			cause = check_csprintf(c, "operator %s not defined on nil", check_token_str(n->op));
		} else if (!xnil && !ynil && !check_comparable_type(x->type)) {
			cause = incomparable_cause(c, x->type);
		} else if (!xnil && !ynil && !check_comparable_type(y->type)) {
			errop = y;
			cause = incomparable_cause(c, y->type);
		}
	} else if (!is_ordered(x->type)) {
		cause = check_csprintf(c, "operator %s not defined on %s", check_token_str(n->op),
				 kind_string(c, x->type));
	} else if (!is_ordered(y->type)) {
		errop = y;
		cause = check_csprintf(c, "operator %s not defined on %s", check_token_str(n->op),
				 kind_string(c, y->type));
	}
	if (cause) {
		check_errorf(c, check_start_pos(errop), "invalid operation: %s (%s)",
		       binop_str(c, n, x, y, assignop), cause);
		invalid(n);
		return;
	}
	if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
		int r = const_compare(x->cv, y->cv);
		bool b = false;
		switch (n->op) {
		case TK_EQL: b = r == 0; break;
		case TK_NEQ: b = r != 0; break;
		case TK_LSS: b = r < 0; break;
		case TK_LEQ: b = r <= 0; break;
		case TK_GTR: b = r > 0; break;
		case TK_GEQ: b = r >= 0; break;
		}
		set_const(n, ty_basic(T_UNTYPED_BOOL), const_make_bool(c->arena, b));
		return;
	}
	check_convert_untyped(c, x, NULL);
	check_convert_untyped(c, y, NULL);
	comparison_operands_to_iface(c, x, y);
	n->mode = MODE_VALUE;
	n->type = ty_basic(T_UNTYPED_BOOL);
}

static void shift(Checker *c, Node *n, Node *x, Node *y)
{
	ConstVal *xval = x->mode == MODE_CONST ? const_to_int(c->arena, x->cv) : NULL;
	if (!(ty_is_integer(x->type) ||
	      (ty_is_untyped(x->type) && xval && check_is_numeric(x->type)))) {
		check_errorf(c, check_start_pos(x), "invalid operation: shifted operand %s must be integer",
		       check_operand_str(c, x));
		invalid(n);
		return;
	}
	ConstVal *yval = NULL;
	if (y->mode == MODE_CONST) {
		yval = check_is_numeric(y->type) ? const_to_int(c->arena, y->cv) : NULL;
		if (yval && const_sign_neg(yval)) {
			check_errorf(c, check_start_pos(y), "invalid operation: negative shift count %s",
			       check_operand_str(c, y));
			invalid(n);
			return;
		}
		if (ty_is_untyped(y->type)) {
			ConstVal *v;
			int code = representable(c, y->cv, ty_basic(T_UINT), &v);
			if (code != CONV_OK) {
				invalid_conversion(c, code, y, ty_basic(T_UINT));
				invalid(n);
				return;
			}
			yval = v;
			if (x->mode != MODE_CONST) {
				/* a run-time shift: the count is a uint constant */
				y->cv = v;
				y->type = ty_basic(T_UINT);
			}
		} else if (!ty_is_integer(y->type)) {
			check_errorf(c, check_start_pos(y), "invalid operation: shift count %s must be integer",
			       check_operand_str(c, y));
			invalid(n);
			return;
		}
	} else if (ty_is_untyped(y->type)) {
		if (!check_convert_untyped(c, y, ty_basic(T_UINT))) {
			invalid(n);
			return;
		}
	} else if (!ty_is_integer(y->type)) {
		check_errorf(c, check_start_pos(y), "invalid operation: shift count %s must be integer",
		       check_operand_str(c, y));
		invalid(n);
		return;
	}
	if (x->mode == MODE_CONST) {
		if (y->mode == MODE_CONST) {
			uint64_t s;
			if (!const_uint64_ok(yval, &s) || s > 1023 - 1 + 52) {
				check_errorf(c, check_start_pos(y), "invalid operation: invalid shift count %s",
				       check_operand_str(c, y));
				invalid(n);
				return;
			}
			Type *t = x->type;
			if (!ty_is_integer(t))
				t = ty_basic(T_UNTYPED_INT);
			set_const(n, t, const_shift(c->arena, xval, n->op == TK_SHL, s));
			check_overflow(c, n, n->pos, "shift");
			return;
		}
		if (ty_is_untyped(x->type)) {
			/* typed later by its context, as if it were x alone */
			x->cv = xval;
			if (!ty_is_integer(x->type))
				x->type = ty_basic(T_UNTYPED_INT);
			n->mode = MODE_VALUE;
			n->type = x->type;
			return;
		}
	}
	if (!ty_is_integer(x->type)) {
		check_errorf(c, check_start_pos(x), "invalid operation: shifted operand %s must be integer",
		       check_operand_str(c, x));
		invalid(n);
		return;
	}
	n->mode = MODE_VALUE;
	n->type = x->type;
}

static bool op_allowed(int op, Type *t)
{
	switch (op) {
	case TK_ADD: return check_is_numeric(t) || ty_is_string(t);
	case TK_SUB: case TK_MUL: case TK_QUO: return check_is_numeric(t);
	case TK_REM: case TK_AND: case TK_OR: case TK_XOR: case TK_AND_NOT:
		return ty_is_integer(t);
	case TK_LAND: case TK_LOR: return is_boolean(t);
	}
	return false;
}

static int const_op(int op)
{
	switch (op) {
	case TK_ADD: return COP_ADD;
	case TK_SUB: return COP_SUB;
	case TK_MUL: return COP_MUL;
	case TK_QUO: return COP_QUO;
	case TK_REM: return COP_REM;
	case TK_AND: return COP_AND;
	case TK_OR: return COP_OR;
	case TK_XOR: return COP_XOR;
	case TK_AND_NOT: return COP_ANDNOT;
	case TK_LAND: return COP_LAND;
	default: return COP_LOR;
	}
}

/* x op y with both operands checked; n receives the result.  assignop:
 * the operation of `x op= y` (worded "x += y" in errors). */
void check_binary_op(Checker *c, Node *n, Node *x, Node *y, bool assignop)
{
	if (x->mode == MODE_INVALID || y->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	if (is_shift(n->op)) {
		shift(c, n, x, y);
		return;
	}
	if (!match_types(c, x, y)) {
		invalid(n);
		return;
	}
	if (is_comparison(n->op)) {
		comparison(c, n, x, y, assignop);
		return;
	}
	if (!ty_identical(x->type, y->type)) {
		if (x->type->kind != T_INVALID && y->type->kind != T_INVALID)
			check_errorf(c, check_start_pos(x), "invalid operation: %s (mismatched types %s and %s)",
			       binop_str(c, n, x, y, assignop), check_tstr(c, x->type), check_tstr(c, y->type));
		invalid(n);
		return;
	}
	if (!op_allowed(n->op, x->type)) {
		check_errorf(c, check_start_pos(x), "invalid operation: operator %s not defined on %s",
		       check_token_str(n->op), check_operand_str(c, x));
		invalid(n);
		return;
	}
	if ((n->op == TK_QUO || n->op == TK_REM) &&
	    (x->mode == MODE_CONST || ty_is_integer(x->type)) &&
	    y->mode == MODE_CONST && const_is_zero(y->cv)) {
		check_errorf(c, check_start_pos(y), "invalid operation: division by zero");
		invalid(n);
		return;
	}
	if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
		ConstVal *a = x->cv, *b = y->cv;
		if (n->op == TK_QUO && !ty_is_integer(x->type)) {
			a = const_to_float(c->arena, a);
			b = const_to_float(c->arena, b);
		}
		ConstVal *v = const_binary(c->arena, const_op(n->op), a, b);
		set_const(n, x->type, v);
		check_overflow(c, n, n->pos, opname(n->op, false));
		return;
	}
	n->mode = MODE_VALUE;
	n->type = x->type;
}

static void binary(Checker *c, Node *n)
{
	check_expr(c, n->a);
	check_expr(c, n->b);
	check_binary_op(c, n, n->a, n->b, false);
}

/* ---- index and slice expressions ---- */

/* Check an index (converted to int); returns false on error.  max >= 0:
 * a constant index must be < max (a constant string's length). */
static bool index_value(Checker *c, Node *i, int64_t max, int64_t *val)
{
	check_expr(c, i);
	if (i->mode == MODE_INVALID)
		return false;
	if (i->mode == MODE_CONST && ty_is_untyped(i->type)) {
		if (!check_is_numeric(i->type) || !const_to_int(c->arena, i->cv)) {
			check_errorf(c, check_start_pos(i), "invalid argument: index %s must be integer",
			       check_operand_str(c, i));
			return false;
		}
		if (!check_convert_untyped(c, i, ty_basic(T_INT)))
			return false;
	} else {
		check_convert_untyped(c, i, ty_basic(T_INT));
	}
	if (!ty_is_integer(i->type)) {
		check_errorf(c, check_start_pos(i), "invalid argument: index %s must be integer",
		       check_operand_str(c, i));
		return false;
	}
	if (i->mode == MODE_CONST) {
		if (const_sign_neg(i->cv)) {
			check_errorf(c, check_start_pos(i), "invalid argument: index %s must not be negative",
			       check_operand_str(c, i));
			return false;
		}
		*val = const_int64(i->cv);
		if (max >= 0 && *val >= max) {
			check_errorf(c, check_start_pos(i), "invalid argument: index %s out of bounds [0:%lld]",
			       const_repr(c->arena, i->cv), (long long)max);
			return false;
		}
	}
	return true;
}

static void index_expr(Checker *c, Node *n)
{
	Node *x = n->a;
	check_expr_or_type(c, x);
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	if (x->mode == MODE_TYPE && check_generic_instance(c, n))
		return;
	if (x->mode == MODE_GENERIC) {
		check_index_generic(c, n);
		return;
	}
	if (x->mode == MODE_TYPE) {
		check_errorf(c, check_start_pos(x), "%s is not a generic type", check_expr_str(c, x));
		invalid(n);
		return;
	}
	if (n->list.len != 1) {
		check_errorf(c, check_start_pos(NODE_AT(n->list, 1)), "invalid operation: more than one index");
		invalid(n);
		return;
	}
	Node *i = NODE_AT(n->list, 0);
	Type *u = ty_under(x->type);
	int64_t v = -1, max = -1;
	if (ty_is_string(u)) {
		if (x->mode == MODE_CONST)
			max = x->cv->slen;
		if (!index_value(c, i, max, &v)) {
			invalid(n);
			return;
		}
		check_convert_untyped(c, x, NULL);
		n->mode = MODE_VALUE;
		n->type = ty_alias(false);
		return;
	}
	if (u->kind == T_SLICE) {
		if (!index_value(c, i, -1, &v)) {
			invalid(n);
			return;
		}
		n->mode = MODE_VARIABLE;
		n->type = u->elem;
		return;
	}
	if (u->kind == T_MAP) {
		check_expr(c, i);
		if (i->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		check_assignment(c, i, u->key, "map index");
		if (i->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		/* assignable (lhs checks accept a map index), never addressable */
		n->mode = MODE_VARIABLE;
		n->type = u->elem;
		return;
	}
	bool ptr = u->kind == T_POINTER && ty_under(u->elem)->kind == T_ARRAY;
	if (u->kind == T_ARRAY || ptr) {
		Type *a = ptr ? ty_under(u->elem) : u;
		if (!index_value(c, i, a->len, &v)) {
			invalid(n);
			return;
		}
		n->mode = ptr || (x->mode == MODE_VARIABLE && !check_is_map_index(x)) ? MODE_VARIABLE : MODE_VALUE;
		n->type = a->elem;
		/* a local array indexed at run time lives in memory (a heap
		 * cell), so its elements have addresses */
		if (!ptr && i->mode != MODE_CONST && x->mode == MODE_VARIABLE)
			check_mark_addr_taken(x);
		return;
	}
	check_errorf(c, check_start_pos(x), "invalid operation: cannot index %s", check_operand_str(c, x));
	invalid(n);
}

static void slice_expr(Checker *c, Node *n)
{
	Node *x = n->a;
	check_expr(c, x);
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	Type *xu = ty_under(x->type);
	if (!ty_is_string(x->type)) {
		Type *rt = NULL;
		int64_t len = -1;
		if (xu->kind == T_SLICE) {
			rt = x->type;
		} else if (xu->kind == T_ARRAY) {
			if (x->mode != MODE_VARIABLE) {
				check_errorf(c, check_start_pos(x), "invalid operation: %s (slice of unaddressable value)",
					     check_operand_str(c, x));
				invalid(n);
				return;
			}
			check_mark_addr_taken(x);
			rt = check_new_slice(c, xu->elem);
			len = xu->len;
		} else if (xu->kind == T_POINTER && ty_under(xu->elem)->kind == T_ARRAY) {
			rt = check_new_slice(c, ty_under(xu->elem)->elem);
			len = ty_under(xu->elem)->len;
		} else {
			check_errorf(c, check_start_pos(x), "cannot slice %s", check_operand_str(c, x));
			invalid(n);
			return;
		}
		int64_t iv[3] = {0, -1, -1};
		Node *ix[3] = {n->b, n->c, n->d};
		bool ok = true;
		for (int k = 0; k < 3; k++)
			if (ix[k])
				ok = index_value(c, ix[k], len >= 0 ? len + 1 : -1, &iv[k]) && ok;
		for (int k = 0; ok && k < 3; k++)
			for (int j = k + 1; ok && j < 3; j++)
				if (ix[k] && ix[j] && ix[k]->mode == MODE_CONST && ix[j]->mode == MODE_CONST &&
				    iv[k] > iv[j]) {
					check_errorf(c, check_start_pos(ix[j]), "invalid slice indices: %lld < %lld",
						     (long long)iv[j], (long long)iv[k]);
					ok = false;
				}
		if (!ok) {
			invalid(n);
			return;
		}
		n->mode = MODE_VALUE;
		n->type = rt;
		return;
	}
	if (n->slice3) {
		/* types2 reports it at the max index */
		check_errorf(c, check_start_pos(n->d ? n->d : n), "invalid operation: 3-index slice of string");
		invalid(n);
		return;
	}
	int64_t max = x->mode == MODE_CONST ? x->cv->slen + 1 : -1;
	int64_t lo = 0, hi = -1;
	bool ok = true;
	if (n->b)
		ok = index_value(c, n->b, max, &lo) && ok;
	if (n->c)
		ok = index_value(c, n->c, max, &hi) && ok;
	if (ok && n->b && n->c && n->b->mode == MODE_CONST && n->c->mode == MODE_CONST &&
	    lo > hi) {
		check_errorf(c, check_start_pos(n->c), "invalid slice indices: %lld < %lld",
		       (long long)hi, (long long)lo);
		ok = false;
	}
	if (!ok) {
		invalid(n);
		return;
	}
	/* slicing an untyped string constant yields a string value */
	check_convert_untyped(c, x, NULL);
	n->mode = MODE_VALUE;
	n->type = x->type;
}

/* ---- conversions ---- */

static bool convertible(Checker *c, Node *x, Type *t)
{
	if (assignable_to(c, x, t))
		return true;
	Type *v = x->type, *vu = ty_under(v), *tu = ty_under(t);
	if (ty_identical(vu, tu))
		return true;
	if (check_is_numeric(vu) && check_is_numeric(tu))
		return true;
	if (ty_is_integer(vu) && ty_is_string(tu))
		return true;
	if (ty_is_string(vu) && ty_is_string(tu))
		return true;
	/* string <-> []byte, []rune */
	Type *vs = vu->kind == T_SLICE ? ty_under(vu->elem) : NULL;
	Type *ts = tu->kind == T_SLICE ? ty_under(tu->elem) : NULL;
	if (ty_is_string(vu) && ts && (ts->kind == T_UINT8 || ts->kind == T_INT32))
		return true;
	if (ty_is_string(tu) && vs && (vs->kind == T_UINT8 || vs->kind == T_INT32))
		return true;
	/* *T to *U with identical underlying base types */
	if (vu->kind == T_POINTER && tu->kind == T_POINTER &&
	    ty_identical(ty_under(vu->elem), ty_under(tu->elem)))
		return true;
	return false;
}

/* n is `T(x)`: rewrite it into N_CONV and type it. */
static void conversion(Checker *c, Node *n, Node *tn, Type *t, Node *x)
{
	n->kind = N_CONV;
	n->a = x;
	n->b = tn;
	n->list.len = 0; /* the argument lives in a now */
	n->implicit = false;
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	if (x->mode == MODE_CONST && check_is_const_type(t)) {
		ConstVal *v = NULL;
		int code = representable(c, x->cv, t, &v);
		if (code != CONV_OK && ty_is_integer(x->type) && ty_is_string(t)) {
			char buf[UTF8_MAX_BYTES];
			int64_t r = const_fits_int(x->cv, 64, false) ? const_int64(x->cv) : -1;
			int len = utf8_encode(buf, r);
			v = const_make_string(c->arena, buf, len);
			code = CONV_OK;
		}
		if (code != CONV_OK && ty_is_integer(x->type) && ty_is_integer(t)) {
			check_errorf(c, check_start_pos(x), "constant %s overflows %s",
			       const_repr(c->arena, x->cv), check_tstr(c, t));
			invalid(n);
			return;
		}
		if (code != CONV_OK) {
			/* types2 prints an integral float already made an int */
			if (v)
				x->cv = v;
			check_errorf(c, check_start_pos(x), "cannot convert %s to type %s",
			       check_operand_str(c, x), check_tstr(c, t));
			invalid(n);
			return;
		}
		/* the argument keeps a type of its own kind, as go/types records */
		if (ty_is_untyped(x->type)) {
			Type *final = ty_is_integer(x->type) && ty_is_string(t) ? x->type : t;
			if (final == t)
				x->cv = v, x->type = t;
		}
		set_const(n, t, v);
		return;
	}
	if (!convertible(c, x, t) &&
	    !(ty_is_untyped(x->type) && x->mode == MODE_CONST)) {
		check_errorf(c, check_start_pos(x), "cannot convert %s to type %s", check_operand_str(c, x),
		       check_tstr(c, t));
		invalid(n);
		return;
	}
	if (ty_is_untyped(x->type)) {
		Type *final = check_is_interface(t) || (x->mode == MODE_CONST && !check_is_const_type(t))
				      ? check_default_type(x->type) : t;
		if (!check_convert_untyped(c, x, final)) {
			invalid(n);
			return;
		}
		if (!convertible(c, x, t)) {
			check_errorf(c, check_start_pos(x), "cannot convert %s to type %s",
			       check_operand_str(c, x), check_tstr(c, t));
			invalid(n);
			return;
		}
	}
	n->mode = MODE_VALUE;
	n->type = t;
}

/* ---- calls ---- */

static const char *types_summary(Checker *c, Type **ts, int n, bool variadic)
{
	const char *s = "(";
	for (int i = 0; i < n; i++) {
		Type *t = ts[i];
		const char *e;
		if (!t || t->kind == T_INVALID)
			e = "unknown type";
		else if (ty_is_untyped(t))
			e = check_is_numeric(t) ? "number" : ty_basic_name(t->kind) + 8;
		else if (variadic && i == n - 1 && t->kind == T_SLICE)
			e = check_csprintf(c, "...%s", check_tstr(c, t->elem));
		else
			e = check_tstr(c, t);
		s = check_csprintf(c, "%s%s%s", s, i ? ", " : "", e);
	}
	return check_csprintf(c, "%s)", s);
}

/* Evaluate call arguments; a single multi-valued call is spread.  Fills
 * types[] with one type per value; returns the number of values or -1.
 * An argument may be a generic function: its parameter's type may
 * instantiate it (check_call_finish). */
static int call_args(Checker *c, NodeList *args, PtrVec *types)
{
	bool bad = false;
	if (args->len == 1) {
		Node *a = NODE_AT(*args, 0);
		c->allow_generic = true;
		check_multi_expr(c, a);
		if (a->mode == MODE_INVALID)
			return -1;
		if (a->type && a->type->kind == T_TUPLE) {
			for (int i = 0; i < a->type->nelems; i++)
				ptrvec_push(c->arena, types, a->type->elems[i]);
			return types->len;
		}
		ptrvec_push(c->arena, types, a->type);
		return 1;
	}
	for (int i = 0; i < args->len; i++) {
		Node *a = NODE_AT(*args, i);
		c->allow_generic = true;
		check_expr(c, a);
		if (a->mode == MODE_INVALID)
			bad = true;
		ptrvec_push(c->arena, types, a->type);
	}
	return bad ? -1 : types->len;
}

int check_call_args(Checker *c, Node *n, PtrVec *types)
{
	if (!n->ellipsis)
		return call_args(c, &n->list, types);
	bool bad = false;
	for (int i = 0; i < n->list.len; i++) {
		Node *a = NODE_AT(n->list, i);
		check_expr(c, a);
		bad |= a->mode == MODE_INVALID;
		ptrvec_push(c->arena, types, a->type);
	}
	return bad ? -1 : n->list.len;
}

static void call_result(Checker *c, Node *n, Type *sig)
{
	Type *r = sig->results;
	if (!r || r->nelems == 0) {
		n->mode = MODE_NOVALUE;
		n->type = r;
	} else if (r->nelems == 1) {
		n->mode = MODE_VALUE;
		n->type = r->elems[0];
	} else {
		n->mode = MODE_VALUE;
		n->type = r;
	}
}

/* f(a, b, xs...): the arguments match the parameters one for one, the
 * last being the variadic parameter's slice itself, passed as is. */
static bool spread_count(Checker *c, Node *n, Node *fun, Type *sig)
{
	if (!sig->variadic) {
		check_errorf(c, check_start_pos(n), "cannot use ... in call to non-variadic %s",
			     check_expr_str(c, fun));
		return false;
	}
	int npars = sig->params->nelems;
	if (n->list.len != npars) {
		Pos p = n->list.len > npars ? check_start_pos(NODE_AT(n->list, npars))
					    : n->pos2.line ? n->pos2 : n->pos;
		check_errorf(c, p, "%s arguments in call to %s",
			     n->list.len < npars ? "not enough" : "too many", check_expr_str(c, fun));
		return false;
	}
	return true;
}

bool check_call_count(Checker *c, Node *n, Node *fun, Type *sig, PtrVec *types, int nargs)
{
	if (n->ellipsis)
		return spread_count(c, n, fun, sig);
	int npars = sig->params->nelems;
	bool spread = n->list.len == 1 && nargs != 1;
	if (sig->variadic ? nargs >= npars - 1 : nargs == npars)
		return true;
	bool more = nargs > npars;
	Node *at = NULL;
	if (!spread && more)
		at = NODE_AT(n->list, npars);
	else if (!spread && nargs > 0)
		at = NODE_AT(n->list, nargs - 1);
	else if (n->list.len)
		at = NODE_AT(n->list, 0);
	Pos p = at ? check_start_pos(at) : n->pos2.line ? n->pos2 : n->pos;
	check_errorf(c, p, "%s arguments in call to %s\n\thave %s\n\twant %s",
		     more ? "too many" : "not enough", check_expr_str(c, fun),
		     types_summary(c, (Type **)types->items, nargs, false),
		     types_summary(c, sig->params->elems, npars, sig->variadic));
	return false;
}

/* Argument a for a parameter of type pt. */
static void call_arg(Checker *c, Node *a, Type *pt, const char *ctx)
{
	if (a->mode == MODE_GENERIC && !check_generic_arg(c, a, pt))
		return;
	check_assignment(c, a, pt, ctx);
	if (a->mode != MODE_INVALID && a->kind == N_CONV && a->implicit)
		check_gate_value_type(c, a->a->type, check_start_pos(a));
}

void check_call_finish(Checker *c, Node *n, Node *fun, Type *sig, PtrVec *types, int nargs)
{
	int npars = sig->params->nelems;
	const char *ctx = check_csprintf(c, "argument to %s", check_expr_str(c, fun));
	if (n->ellipsis) {
		bool ok = true;
		for (int i = 0; i < npars; i++) {
			Node *a = NODE_AT(n->list, i);
			check_assignment(c, a, sig->params->elems[i], ctx);
			ok &= a->mode != MODE_INVALID;
		}
		if (ok)
			call_result(c, n, sig);
		else
			invalid(n);
		return;
	}
	bool spread = n->list.len == 1 && nargs != 1;
	if (spread) {
		Node *a = NODE_AT(n->list, 0);
		for (int i = 0; i < nargs; i++) {
			Type *pt = sig->variadic && i >= npars - 1
					   ? sig->params->elems[npars - 1]->elem
					   : sig->params->elems[i];
			Type *at = types->items[i];
			if (!ty_identical(at, pt) && !check_is_interface(pt)) {
				check_errorf(c, check_start_pos(a), "cannot use %s (value of type %s) as %s value in %s",
				       check_expr_str(c, a), check_tstr(c, at), check_tstr(c, pt), ctx);
				invalid(n);
				return;
			}
		}
	} else {
		for (int i = 0; i < nargs; i++) {
			Type *pt = sig->variadic && i >= npars - 1
					   ? sig->params->elems[npars - 1]->elem
					   : sig->params->elems[i];
			call_arg(c, NODE_AT(n->list, i), pt, ctx);
		}
	}
	call_result(c, n, sig);
}

static void func_call(Checker *c, Node *n, Node *fun)
{
	Type *sig = ty_under(fun->type);
	PtrVec types = {0};
	int nargs = check_call_args(c, n, &types);
	if (nargs < 0) {
		if (n->ellipsis) {
			invalid(n);
			return;
		}
		call_result(c, n, sig);
		if (n->mode == MODE_NOVALUE)
			return;
		invalid(n);
		return;
	}
	if (!check_call_count(c, n, fun, sig, &types, nargs)) {
		invalid(n);
		return;
	}
	check_call_finish(c, n, fun, sig, &types, nargs);
}

static void builtin_call(Checker *c, Node *n, Node *fun);

static void call(Checker *c, Node *n)
{
	Node *fun = n->a;
	Node *saved_fun = c->call_fun;
	c->call_fun = fun;
	while (c->call_fun->kind == N_PAREN)
		c->call_fun = c->call_fun->a;
	check_expr_or_type(c, fun);
	c->call_fun = saved_fun;
	if (fun->mode == MODE_TYPE) {
		Type *t = fun->type;
		if (n->list.len != 1 || n->ellipsis) {
			if (n->list.len == 0)
				check_errorf(c, n->pos2.line ? n->pos2 : n->pos,
				       "missing argument in conversion to %s", check_tstr(c, t));
			else
				check_errorf(c, check_start_pos(NODE_AT(n->list, n->list.len - 1)),
				       "too many arguments in conversion to %s", check_tstr(c, t));
			invalid(n);
			return;
		}
		Node *x = NODE_AT(n->list, 0);
		check_expr(c, x);
		conversion(c, n, fun, t, x);
		return;
	}
	if (fun->mode == MODE_BUILTIN) {
		builtin_call(c, n, fun);
		return;
	}
	if (fun->mode == MODE_GENERIC) {
		check_call_generic(c, n, fun);
		return;
	}
	if (fun->mode == MODE_INVALID) {
		for (int i = 0; i < n->list.len; i++)
			check_multi_expr(c, NODE_AT(n->list, i));
		invalid(n);
		return;
	}
	if (ty_under(fun->type)->kind != T_FUNC) {
		check_errorf(c, check_start_pos(fun), "invalid operation: cannot call non-function %s",
		       check_operand_str(c, fun));
		invalid(n);
		return;
	}
	func_call(c, n, fun);
}

/* ---- builtins ---- */

static const char *builtin_name(Builtin b)
{
	static const char *const names[] = {
		"", "append", "cap", "clear", "close", "complex", "copy", "delete",
		"imag", "len", "make", "max", "min", "new", "panic", "print",
		"println", "real", "recover",
	};
	return b < sizeof names / sizeof names[0] ? names[b] : "generic function";
}

static bool builtin_nargs(Checker *c, Node *n, int want, bool variadic)
{
	int have = n->list.len;
	if (have >= want && (variadic || have == want))
		return true;
	const char *msg = have < want ? "not enough" : "too many";
	Pos p = have < want ? (n->pos2.line ? n->pos2 : n->pos)
			    : check_start_pos(NODE_AT(n->list, want));
	check_errorf(c, p, "%s arguments for %s (expected %d, found %d)", msg,
	       check_expr_str(c, n), want, have);
	return false;
}

/* Does e contain a call (other than a conversion or a constant builtin)
 * or a receive?  len and cap of an array are constants otherwise. */
static bool has_call(Node *e)
{
	if (!e)
		return false;
	if (e->kind == N_CALL && e->mode != MODE_CONST)
		return true;
	if (e->kind == N_UNARY && e->op == TK_ARROW)
		return true;
	if (e->kind == N_FUNCLIT)
		return false;
	if (has_call(e->a) || has_call(e->b) || has_call(e->c) || has_call(e->d))
		return true;
	for (int i = 0; i < e->list.len; i++)
		if (has_call(NODE_AT(e->list, i)))
			return true;
	return false;
}

static void builtin_len(Checker *c, Node *n, Builtin id)
{
	Node *x = NODE_AT(n->list, 0);
	check_expr(c, x);
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	Type *u = ty_under(x->type);
	if (ty_is_string(u) && id == BI_LEN) {
		if (x->mode == MODE_CONST) {
			set_const(n, ty_basic(T_INT), const_make_int64(c->arena, x->cv->slen));
			return;
		}
		n->mode = MODE_VALUE;
		n->type = ty_basic(T_INT);
		return;
	}
	if (u->kind == T_SLICE || (u->kind == T_MAP && id == BI_LEN)) {
		n->mode = MODE_VALUE;
		n->type = ty_basic(T_INT);
		return;
	}
	Type *a = u->kind == T_ARRAY ? u
		: u->kind == T_POINTER && ty_under(u->elem)->kind == T_ARRAY ? ty_under(u->elem) : NULL;
	if (a) {
		if (!has_call(x)) {
			set_const(n, ty_basic(T_INT), const_make_int64(c->arena, a->len));
			return;
		}
		n->mode = MODE_VALUE;
		n->type = ty_basic(T_INT);
		return;
	}
	check_errorf(c, check_start_pos(x), "invalid argument: %s for built-in %s", check_operand_str(c, x),
		     builtin_name(id));
	invalid(n);
}

static void builtin_make(Checker *c, Node *n)
{
	Node *tn = NODE_AT(n->list, 0);
	Type *t = check_type_expr(c, tn);
	if (!t) {
		invalid(n);
		return;
	}
	if (ty_under(t)->kind == T_MAP) {
		int nargs = n->list.len;
		if (nargs > 2) {
			check_errorf(c, n->pos, "invalid operation: %s expects %d or %d arguments; found %d",
				     check_expr_str(c, n), 1, 2, nargs);
			invalid(n);
			return;
		}
		int64_t v = -1;
		if (nargs == 2 && !index_value(c, NODE_AT(n->list, 1), -1, &v)) {
			invalid(n);
			return;
		}
		n->mode = MODE_VALUE;
		n->type = t;
		return;
	}
	if (ty_under(t)->kind != T_SLICE) {
		check_errorf(c, check_start_pos(tn), "invalid argument: cannot make %s; type must be slice, map, or channel",
			     check_expr_str(c, tn));
		invalid(n);
		return;
	}
	int nargs = n->list.len;
	if (nargs < 2 || nargs > 3) {
		check_errorf(c, n->pos, "invalid operation: %s expects %d or %d arguments; found %d",
			     check_expr_str(c, n), 2, 3, nargs);
		invalid(n);
		return;
	}
	int64_t v[2] = {-1, -1};
	for (int i = 1; i < nargs; i++)
		if (!index_value(c, NODE_AT(n->list, i), -1, &v[i - 1])) {
			invalid(n);
			return;
		}
	if (nargs == 3 && NODE_AT(n->list, 1)->mode == MODE_CONST &&
	    NODE_AT(n->list, 2)->mode == MODE_CONST && v[0] > v[1]) {
		check_errorf(c, check_start_pos(NODE_AT(n->list, 1)), "invalid argument: length and capacity swapped");
		invalid(n);
		return;
	}
	n->mode = MODE_VALUE;
	n->type = t;
}

static void builtin_new(Checker *c, Node *n)
{
	Type *t = check_type_expr(c, NODE_AT(n->list, 0));
	if (!t) {
		invalid(n);
		return;
	}
	n->mode = MODE_VALUE;
	n->type = check_new_pointer(c, t);
}

static void builtin_append(Checker *c, Node *n)
{
	Node *s = NODE_AT(n->list, 0);
	check_expr(c, s);
	if (s->mode == MODE_INVALID) {
		for (int i = 1; i < n->list.len; i++)
			check_expr(c, NODE_AT(n->list, i));
		invalid(n);
		return;
	}
	if (s->type->kind == T_UNTYPED_NIL) {
		check_errorf(c, check_start_pos(s), "first argument to append must be a typed slice; found untyped nil");
		invalid(n);
		return;
	}
	Type *u = ty_under(s->type);
	if (u->kind != T_SLICE) {
		check_errorf(c, check_start_pos(s), "invalid argument: %s is not a slice", check_operand_str(c, s));
		invalid(n);
		return;
	}
	n->mode = MODE_VALUE;
	n->type = s->type;
	if (n->ellipsis) {
		if (n->list.len != 2) {
			check_errorf(c, n->pos, "can only use ... with final argument in list");
			invalid(n);
			return;
		}
		Node *y = NODE_AT(n->list, 1);
		check_expr(c, y);
		if (y->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		if (ty_under(u->elem)->kind == T_UINT8 && ty_is_string(y->type)) {
			check_convert_untyped(c, y, NULL);
			return;
		}
		if (y->type->kind == T_UNTYPED_NIL) {
			check_convert_untyped(c, y, s->type);
			y->type = s->type;
			return;
		}
		if (ty_under(y->type)->kind != T_SLICE || !ty_identical(ty_under(y->type)->elem, u->elem)) {
			check_errorf(c, check_start_pos(y), "cannot use %s as %s value in argument to append",
				     check_operand_str(c, y), check_tstr(c, check_new_slice(c, u->elem)));
			invalid(n);
		}
		return;
	}
	for (int i = 1; i < n->list.len; i++) {
		Node *y = NODE_AT(n->list, i);
		if (y->kind == N_COMPOSITE && !y->a)
			check_composite(c, y, u->elem);
		else
			check_expr(c, y);
		check_assignment(c, y, u->elem, "argument to append");
	}
}

static void builtin_copy(Checker *c, Node *n)
{
	Node *d = NODE_AT(n->list, 0), *s = NODE_AT(n->list, 1);
	check_expr(c, d);
	check_expr(c, s);
	if (d->mode == MODE_INVALID || s->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	Type *du = ty_under(d->type), *su = ty_under(s->type);
	bool sstr = ty_is_string(su);
	if (du->kind != T_SLICE || (su->kind != T_SLICE && !sstr)) {
		check_errorf(c, check_start_pos(d), "invalid argument: copy expects slice arguments; found %s and %s",
			     check_operand_str(c, d), check_operand_str(c, s));
		invalid(n);
		return;
	}
	Type *se = sstr ? ty_alias(false) : su->elem;
	if (!ty_identical(ty_under(du->elem), ty_under(se))) {
		check_errorf(c, check_start_pos(d), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
			     check_operand_str(c, d), check_operand_str(c, s), check_tstr(c, du->elem),
			     check_tstr(c, se));
		invalid(n);
		return;
	}
	check_convert_untyped(c, s, NULL);
	n->mode = MODE_VALUE;
	n->type = ty_basic(T_INT);
}

static void builtin_print(Checker *c, Node *n, Builtin id)
{
	if (n->list.len == 1) {
		/* println(f()) prints all of f's results */
		Node *a = NODE_AT(n->list, 0);
		check_multi_expr(c, a);
		if (a->mode != MODE_INVALID && a->type && a->type->kind == T_TUPLE) {
			n->mode = MODE_NOVALUE;
			n->type = NULL;
			return;
		}
	}
	for (int i = 0; i < n->list.len; i++) {
		Node *a = NODE_AT(n->list, i);
		if (n->list.len != 1)
			check_expr(c, a);
		if (a->mode == MODE_INVALID)
			continue;
		check_assignment(c, a, NULL, check_csprintf(c, "argument to built-in %s", builtin_name(id)));
		TypeKind k = a->mode != MODE_INVALID ? ty_under(a->type)->kind : T_INVALID;
		/* print takes what runtime/print.go prints: no arrays or structs */
		if (a->mode != MODE_INVALID && !is_basic(a->type) && k != T_INTERFACE &&
		    k != T_POINTER && k != T_SLICE && k != T_MAP && k != T_CHAN && k != T_FUNC)
			check_errorf(c, check_start_pos(a), "illegal types for operand: %s\n\t%s",
			       builtin_name(id), check_tstr(c, a->type));
	}
	n->mode = MODE_NOVALUE;
	n->type = NULL;
}

static void builtin_minmax(Checker *c, Node *n, Builtin id)
{
	Node *x = NODE_AT(n->list, 0);
	check_expr(c, x);
	if (x->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	if (!is_ordered(x->type)) {
		check_errorf(c, check_start_pos(x), "invalid argument: %s cannot be ordered", check_operand_str(c, x));
		invalid(n);
		return;
	}
	/* fold pairwise like a binary operator, keeping x as the result */
	Node acc = *x;
	for (int i = 1; i < n->list.len; i++) {
		Node *y = NODE_AT(n->list, i);
		check_expr(c, y);
		if (y->mode == MODE_INVALID) {
			invalid(n);
			return;
		}
		if (!match_types(c, &acc, y)) {
			invalid(n);
			return;
		}
		if (!ty_identical(acc.type, y->type)) {
			check_errorf(c, check_start_pos(y), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
			       check_tstr(c, acc.type), check_tstr(c, y->type), check_expr_str(c, y));
			invalid(n);
			return;
		}
		if (!is_ordered(y->type)) {
			check_errorf(c, check_start_pos(y), "invalid argument: %s cannot be ordered", check_operand_str(c, y));
			invalid(n);
			return;
		}
		if (acc.mode == MODE_CONST && y->mode == MODE_CONST) {
			int r = const_compare(y->cv, acc.cv);
			if ((id == BI_MIN && r < 0) || (id == BI_MAX && r > 0))
				acc.cv = y->cv;
		} else {
			acc.mode = MODE_VALUE;
		}
	}
	if (acc.mode == MODE_CONST) {
		set_const(n, acc.type, acc.cv);
		return;
	}
	/* non-constant: every argument gets the final type */
	Type *t = acc.type;
	if (ty_is_untyped(t))
		t = check_default_type(t);
	for (int i = 0; i < n->list.len; i++)
		check_convert_untyped(c, NODE_AT(n->list, i), t);
	n->mode = MODE_VALUE;
	n->type = t;
}

static void builtin_delete(Checker *c, Node *n)
{
	Node *m = NODE_AT(n->list, 0), *k = NODE_AT(n->list, 1);
	check_expr(c, m);
	check_expr(c, k);
	if (m->mode == MODE_INVALID || k->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	Type *u = ty_under(m->type);
	if (u->kind != T_MAP) {
		check_errorf(c, check_start_pos(m), "invalid argument: %s is not a map", check_operand_str(c, m));
		invalid(n);
		return;
	}
	check_assignment(c, k, u->key, "argument to delete");
	n->mode = MODE_NOVALUE;
	n->type = NULL;
}

static void builtin_clear(Checker *c, Node *n)
{
	Node *m = NODE_AT(n->list, 0);
	check_expr(c, m);
	if (m->mode == MODE_INVALID) {
		invalid(n);
		return;
	}
	Type *u = ty_under(m->type);
	if (u->kind != T_MAP && u->kind != T_SLICE) {
		check_errorf(c, check_start_pos(m),
			     "invalid argument: cannot clear %s: argument must be (or constrained by) map or slice",
			     check_operand_str(c, m));
		invalid(n);
		return;
	}
	n->mode = MODE_NOVALUE;
	n->type = NULL;
}

static void builtin_call(Checker *c, Node *n, Node *fun)
{
	Builtin id = fun->obj->builtin;
	n->obj = fun->obj;
	if (id >= BI_WEAK_MAKE) {
		check_generic_call(c, n, fun);
		return;
	}
	if (n->ellipsis && id != BI_APPEND) {
		check_errorf(c, n->pos, "invalid operation: invalid use of ... with built-in %s",
			     builtin_name(id));
		for (int i = 0; i < n->list.len; i++)
			check_multi_expr(c, NODE_AT(n->list, i));
		invalid(n);
		return;
	}
	switch (id) {
	case BI_LEN:
	case BI_CAP:
		if (builtin_nargs(c, n, 1, false))
			builtin_len(c, n, id);
		else
			invalid(n);
		return;
	case BI_MAKE:
		if (builtin_nargs(c, n, 1, true))
			builtin_make(c, n);
		else
			invalid(n);
		return;
	case BI_NEW:
		if (builtin_nargs(c, n, 1, false))
			builtin_new(c, n);
		else
			invalid(n);
		return;
	case BI_APPEND:
		if (builtin_nargs(c, n, 1, true))
			builtin_append(c, n);
		else
			invalid(n);
		return;
	case BI_COPY:
		if (builtin_nargs(c, n, 2, false))
			builtin_copy(c, n);
		else
			invalid(n);
		return;
	case BI_DELETE:
		if (builtin_nargs(c, n, 2, false))
			builtin_delete(c, n);
		else
			invalid(n);
		return;
	case BI_CLEAR:
		if (builtin_nargs(c, n, 1, false))
			builtin_clear(c, n);
		else
			invalid(n);
		return;
	case BI_PRINT:
	case BI_PRINTLN:
		builtin_print(c, n, id);
		return;
	case BI_MIN:
	case BI_MAX:
		if (builtin_nargs(c, n, 1, true))
			builtin_minmax(c, n, id);
		else
			invalid(n);
		return;
	case BI_PANIC:
		if (!builtin_nargs(c, n, 1, false)) {
			invalid(n);
			return;
		}
		check_expr(c, NODE_AT(n->list, 0));
		check_assignment(c, NODE_AT(n->list, 0), c->t_any, "argument to panic");
		n->mode = MODE_NOVALUE;
		n->type = NULL;
		return;
	case BI_RECOVER:
		if (!builtin_nargs(c, n, 0, false)) {
			invalid(n);
			return;
		}
		n->mode = MODE_VALUE;
		n->type = c->t_any;
		return;
	default:
		check_gate(c, GATE_BUILTIN, check_start_pos(n), builtin_name(id));
		invalid(n);
		return;
	}
}

/* ---- types ---- */

static Type *type_expr(Checker *c, Node *n);

Type *check_type_expr(Checker *c, Node *n)
{
	bool constraint_ok = c->allow_constraint;
	c->allow_constraint = false;
	Type *t = type_expr(c, n);
	if (t && !constraint_ok && check_is_constraint_iface(t)) {
		Type *u = ty_under(t);
		check_errorf(c, check_start_pos(n), "cannot use type %s outside a type constraint: %s",
			     check_tstr(c, t), u->has_terms ? "interface contains type constraints"
							    : "interface is (or embeds) comparable");
		return NULL;
	}
	return t;
}

static Type *type_expr(Checker *c, Node *n)
{
	switch (n->kind) {
	case N_ARRAYTYPE:
		if (c->native_decls && !n->a) {
			Type *elem = check_type_expr(c, n->b);
			return elem && elem->kind == T_STRING ? c->t_string_slice
							      : check_new_slice(c, elem);
		}
		return check_array_type(c, n, false);
	case N_STRUCTTYPE: return check_struct_type(c, n);
	case N_STAR: {
		Type *elem = check_type_expr(c, n->a);
		return elem ? check_new_pointer(c, elem) : NULL;
	}
	case N_FUNCTYPE: return check_func_type(c, n);
	case N_INTERFACETYPE: return check_interface_type(c, n);
	case N_MAPTYPE: {
		Type *key = check_type_expr(c, n->a);
		Type *elem = check_type_expr(c, n->b);
		if (!key || !elem)
			return NULL;
		if (!check_comparable_type(key)) {
			check_errorf(c, check_start_pos(n->a), "invalid map key type %s", check_tstr(c, key));
			return NULL;
		}
		return check_new_map(c, key, elem);
	}
	case N_CHANTYPE: check_gate(c, GATE_CHAN_TYPE, n->pos, NULL); return NULL;
	case N_PAREN: return type_expr(c, n->a);
	default: break;
	}
	check_expr_or_type(c, n);
	if (n->mode == MODE_GENERIC)
		check_uninstantiated(c, n);
	if (n->mode == MODE_INVALID)
		return NULL;
	if (n->mode != MODE_TYPE) {
		check_errorf(c, check_start_pos(n), "%s is not a type", check_expr_str(c, n));
		return NULL;
	}
	if (check_generic_uninstantiated(c, n->type, check_start_pos(n)))
		return NULL;
	return check_gate_type_name(c, n->type, n->pos) ? n->type : NULL;
}

/* ---- dispatch ---- */

static void raw_expr(Checker *c, Node *n)
{
	switch (n->kind) {
	case N_IDENT: ident(c, n); return;
	case N_BASICLIT: basic_lit(c, n); return;
	case N_PAREN:
		raw_expr(c, n->a);
		n->mode = n->a->mode;
		n->type = n->a->type;
		n->cv = n->a->cv;
		n->obj = n->a->obj;
		return;
	case N_SELECTOR: selector(c, n); return;
	case N_CALL: call(c, n); return;
	case N_INDEX: index_expr(c, n); return;
	case N_SLICE: slice_expr(c, n); return;
	case N_UNARY: unary(c, n); return;
	case N_BINARY: binary(c, n); return;
	case N_CONV:
		if (n->implicit) {
			Type *t = n->type;
			raw_expr(c, n->a);
			n->mode = n->a->mode == MODE_INVALID ? MODE_INVALID : MODE_VALUE;
			n->type = t;
			return;
		}
		{
			Type *t = check_type_expr(c, n->b);
			check_expr(c, n->a);
			if (!t) {
				invalid(n);
				return;
			}
			conversion(c, n, n->b, t, n->a);
		}
		return;
	case N_STAR:
		check_expr_or_type(c, n->a);
		if (n->a->mode == MODE_TYPE) {
			n->mode = MODE_TYPE;
			n->type = check_new_pointer(c, n->a->type);
			return;
		}
		if (n->a->mode != MODE_INVALID && n->a->type->kind == T_UNTYPED_NIL) {
			check_errorf(c, check_start_pos(n->a), "invalid operation: cannot indirect nil");
		} else if (n->a->mode != MODE_INVALID && ty_under(n->a->type)->kind == T_POINTER) {
			n->mode = MODE_VARIABLE;
			n->type = ty_under(n->a->type)->elem;
			return;
		} else if (n->a->mode != MODE_INVALID) {
			check_errorf(c, check_start_pos(n->a), "invalid operation: cannot indirect %s",
			       check_operand_str(c, n->a));
		}
		invalid(n);
		return;
	case N_FUNCLIT: check_func_lit(c, n); return;
	case N_COMPOSITE: check_composite(c, n, NULL); return;
	case N_TYPEASSERT: check_type_assert(c, n); return;
	case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_INTERFACETYPE:
	case N_MAPTYPE: case N_CHANTYPE: {
		Type *t = check_type_expr(c, n);
		if (!t) {
			invalid(n);
			return;
		}
		n->mode = MODE_TYPE;
		n->type = t;
		return;
	}
	default:
		check_errorf(c, n->pos, "unexpected %s in expression", ast_kind_name(n->kind));
		invalid(n);
	}
}

void check_expr_or_type(Checker *c, Node *n)
{
	raw_expr(c, n);
	if (!n->type)
		n->type = ty_basic(T_INVALID);
}

void check_multi_expr(Checker *c, Node *n)
{
	bool generic_ok = c->allow_generic;
	c->allow_generic = false;
	check_expr_or_type(c, n);
	switch (n->mode) {
	case MODE_GENERIC:
		if (!generic_ok || n->obj->kind != OBJ_FUNC)
			check_uninstantiated(c, n);
		break;
	case MODE_TYPE:
		check_errorf(c, check_start_pos(n), "%s (type) is not an expression", check_expr_str(c, n));
		invalid(n);
		break;
	case MODE_BUILTIN:
		check_errorf(c, check_start_pos(n), "%s (built-in) must be called", check_expr_str(c, n));
		invalid(n);
		break;
	case MODE_NOVALUE:
		check_errorf(c, check_start_pos(n), "%s (no value) used as value", check_expr_str(c, n));
		invalid(n);
		break;
	default:
		break;
	}
}

void check_expr(Checker *c, Node *n)
{
	check_multi_expr(c, n);
	if (n->mode != MODE_INVALID && n->type && n->type->kind == T_TUPLE) {
		check_errorf(c, check_start_pos(n), "multiple-value %s (value of type %s) in single-value context",
		       check_expr_str(c, n), check_tstr(c, n->type));
		invalid(n);
	}
}
