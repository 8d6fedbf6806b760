/* codegen_expr.c: expressions, conditions and calls.
 *
 * cg_expr(e, dst) leaves e's value in dst..dst+words-1 and touches no slot
 * below the frame's top other than dst, so temporaries pushed while
 * computing e are popped when it returns.  Constants (the checker folded
 * every constant expression) become load-immediate instructions.
 *
 * cg_operand avoids moves: a local variable is used where it lives and a
 * call's result where the call left it.  Each arithmetic instruction reads
 * its operands before writing its destination, so `x = x + y` compiles to
 * one ADD into x; constructs that write their destination in several
 * steps (&& and ||, min/max chains) compute into a temporary first.
 *
 * Conditions compile to jumps rather than bools: cg_cond emits the fused
 * compare-and-branch instructions (JLT, JGEK …) for integer comparisons,
 * short-circuits && and ||, and folds `!`.  Sized integers are normalised
 * after every operation that may leave the type's range (cg_ext_op).
 */
#include <string.h>

#include "codegen_internal.h"

Node *cg_unparen(Node *e)
{
	while (e && e->kind == N_PAREN)
		e = e->a;
	return e;
}

int cg_global_k(Cg *c, Obj *o)
{
	return cg_k(c, (uint64_t)(uintptr_t)o->cg);
}

int cg_var_slot(Cg *c, Obj *o, int *gidx)
{
	if (o->global) {
		*gidx = cg_global_k(c, o);
		return -1;
	}
	*gidx = -1;
	return (int)(intptr_t)o->cg - 1;
}

/* The slot of a local variable e, or -1. */
static int local_slot(Node *e)
{
	e = cg_unparen(e);
	if (e->kind != N_IDENT || !e->obj || e->obj->kind != OBJ_VAR ||
	    e->obj->global || e->obj->native || !e->obj->cg || cg_boxed(e->obj))
		return -1;
	return (int)(intptr_t)e->obj->cg - 1;
}

static bool is_const(Node *e)
{
	return e->mode == MODE_CONST && e->cv;
}

/* An integer constant fitting a 16-bit immediate. */
static bool small_const(Node *e, int64_t *v)
{
	if (!is_const(e) || !ty_is_integer(cg_deftype(e->type)))
		return false;
	if (ty_is_unsigned(e->type)) {
		uint64_t u = const_uint64(e->cv);
		if (u > INT16_MAX)
			return false;
		*v = (int64_t)u;
		return true;
	}
	*v = const_int64(e->cv);
	return *v >= INT16_MIN && *v <= INT16_MAX;
}

/* An integer constant in 0..65535 (the unsigned immediates). */
static bool ushort_const(Node *e, int64_t *v)
{
	if (!is_const(e) || !ty_is_integer(cg_deftype(e->type)))
		return false;
	if (ty_is_unsigned(e->type)) {
		uint64_t u = const_uint64(e->cv);
		*v = (int64_t)u;
		return u <= 0xFFFF;
	}
	*v = const_int64(e->cv);
	return *v >= 0 && *v <= 0xFFFF;
}

static void load_const(Cg *c, Node *e, int dst)
{
	Type *t = cg_deftype(e->type);
	switch (const_kind(e->cv)) {
	case CK_BOOL:
		cg_load_int(c, dst, const_bool(e->cv));
		return;
	case CK_STRING: {
		int64_t n;
		const char *s = const_string(e->cv, &n);
		cg_load_string(c, dst, s, n);
		return;
	}
	case CK_FLOAT:
	case CK_INT:
		break;
	}
	if (ty_is_float(t)) {
		double d = const_float64(e->cv);
		uint64_t bits;
		memcpy(&bits, &d, 8);
		if (bits == 0)
			cg_load_int(c, dst, 0);
		else
			cg_op(c, OP_LOADK, dst, cg_k(c, bits), 0);
	} else if (ty_is_unsigned(t)) {
		cg_load_int(c, dst, (int64_t)const_uint64(e->cv));
	} else {
		cg_load_int(c, dst, const_int64(e->cv));
	}
}

/* A call of a function or func value (not a builtin or conversion). */
static bool is_func_call(Node *e)
{
	e = cg_unparen(e);
	if (e->kind != N_CALL)
		return false;
	Node *fun = cg_unparen(e->a);
	return fun->mode != MODE_BUILTIN && fun->mode != MODE_TYPE;
}

/* len(x) or cap(x) of a local slice or string variable: the slot of the
 * header word that holds it, or -1. */
static int header_word(Node *e)
{
	e = cg_unparen(e);
	if (e->kind != N_CALL || e->list.len != 1)
		return -1;
	Node *fun = cg_unparen(e->a);
	if (fun->mode != MODE_BUILTIN || !fun->obj ||
	    (fun->obj->builtin != BI_LEN && fun->obj->builtin != BI_CAP))
		return -1;
	Node *x = NODE_AT(e->list, 0);
	TypeKind k = cg_kind(x->type);
	int s = local_slot(x);
	if (s < 0 || (k != T_SLICE && (k != T_STRING || fun->obj->builtin != BI_LEN)))
		return -1;
	return s + (fun->obj->builtin == BI_LEN ? 1 : 2);
}

int cg_operand(Cg *c, Node *e)
{
	int s = local_slot(e);
	if (s >= 0)
		return s;
	s = is_const(e) ? -1 : header_word(e);
	if (s >= 0)
		return s;
	if (!is_const(e) && is_func_call(e))
		return cg_call(c, cg_unparen(e));
	s = cg_alloc(c, e->type);
	cg_expr(c, e, s);
	return s;
}

static void ext(Cg *c, Type *t, int dst)
{
	int op = cg_ext_op(t);
	if (op >= 0)
		cg_op(c, (Opcode)op, dst, dst, 0);
}

/* ---- arithmetic ---- */

static Opcode int_op(int tok, bool uns)
{
	switch (tok) {
	case TK_ADD: return OP_ADD;
	case TK_SUB: return OP_SUB;
	case TK_MUL: return OP_MUL;
	case TK_QUO: return uns ? OP_DIVU : OP_DIV;
	case TK_REM: return uns ? OP_MODU : OP_MOD;
	case TK_AND: return OP_AND;
	case TK_OR: return OP_OR;
	case TK_XOR: return OP_XOR;
	case TK_AND_NOT: return OP_ANDNOT;
	case TK_SHL: return OP_SHL;
	case TK_SHR: return uns ? OP_SHRU : OP_SHR;
	default: return OP_NOP;
	}
}

static void shift(Cg *c, int tok, Type *t, int dst, Node *x, Node *y)
{
	bool uns = ty_is_unsigned(t);
	int ox = cg_operand(c, x);
	if (is_const(y)) {
		uint64_t n = const_uint64(y->cv);
		if (n < 64)
			cg_op(c, tok == TK_SHL ? OP_SHLK : uns ? OP_SHRUK : OP_SHRK,
			      dst, ox, (int)n);
		else if (tok == TK_SHR && !uns)
			cg_op(c, OP_SHRK, dst, ox, 63);
		else
			cg_load_int(c, dst, 0);
	} else {
		int oy = cg_operand(c, y);
		if (cg_is_signed(y->type))
			cg_op(c, OP_CHKSHIFT, oy, 0, 0);
		cg_op(c, int_op(tok, uns), dst, ox, oy);
	}
	if (tok == TK_SHL)
		ext(c, t, dst);
}

/* An operation with an immediate operand, if the constant fits one:
 * returns false to fall back to the general form. */
static bool arith_imm(Cg *c, int tok, bool uns, int dst, Node *x, Node *y)
{
	int64_t v;
	bool comm = tok == TK_MUL || tok == TK_AND || tok == TK_OR || tok == TK_XOR;
	bool ushort = tok == TK_AND || tok == TK_OR || tok == TK_XOR ||
		      (uns && (tok == TK_QUO || tok == TK_REM));
	bool (*fits)(Node *, int64_t *) = ushort ? ushort_const : small_const;
	if (!fits(y, &v)) {
		if (!comm || !fits(x, &v))
			return false;
		Node *tmp = x;
		x = y;
		y = tmp;
	}
	Opcode op;
	switch (tok) {
	case TK_MUL: op = OP_MULK; break;
	case TK_AND: op = v >= 0 ? OP_ANDK : OP_NOP; break;
	case TK_OR: op = v >= 0 ? OP_ORK : OP_NOP; break;
	case TK_XOR: op = v >= 0 ? OP_XORK : OP_NOP; break;
	case TK_QUO: op = uns ? (v > 0 ? OP_DIVUK : OP_NOP) : (v != 0 && v != -1 ? OP_DIVK : OP_NOP); break;
	case TK_REM: op = uns ? (v > 0 ? OP_MODUK : OP_NOP) : (v != 0 && v != -1 ? OP_MODK : OP_NOP); break;
	default: op = OP_NOP; break;
	}
	if (op == OP_NOP)
		return false;
	cg_op(c, op, dst, cg_operand(c, x), (int)(uint16_t)v);
	return true;
}

static void int_arith(Cg *c, int tok, Type *t, int dst, Node *x, Node *y)
{
	int64_t v;
	bool uns = ty_is_unsigned(t);
	if (arith_imm(c, tok, uns, dst, x, y)) {
		/* the immediate form was emitted */
	} else if (tok == TK_ADD && small_const(y, &v)) {
		cg_op(c, OP_ADDK, dst, cg_operand(c, x), (int)(int16_t)v);
	} else if (tok == TK_ADD && small_const(x, &v)) {
		cg_op(c, OP_ADDK, dst, cg_operand(c, y), (int)(int16_t)v);
	} else if (tok == TK_SUB && small_const(y, &v) && v != INT16_MIN) {
		cg_op(c, OP_ADDK, dst, cg_operand(c, x), (int)(int16_t)-v);
	} else if (tok == TK_SHL || tok == TK_SHR) {
		shift(c, tok, t, dst, x, y);
		return;
	} else {
		int ox = cg_operand(c, x);
		int oy = cg_operand(c, y);
		cg_op(c, int_op(tok, uns), dst, ox, oy);
	}
	if (tok == TK_ADD || tok == TK_SUB || tok == TK_MUL || tok == TK_QUO)
		ext(c, t, dst);
}

void cg_arith(Cg *c, int tok, Type *t, int dst, Node *x, Node *y)
{
	int save = c->f->top;
	TypeKind k = cg_kind(t);
	if (k == T_STRING) {
		int ox = cg_operand(c, x);
		int oy = cg_operand(c, y);
		cg_op(c, OP_CONCAT, dst, ox, oy);
	} else if (k == T_FLOAT32 || k == T_FLOAT64) {
		int ox = cg_operand(c, x);
		int oy = cg_operand(c, y);
		Opcode op = tok == TK_ADD ? OP_ADDF : tok == TK_SUB ? OP_SUBF
			  : tok == TK_MUL ? OP_MULF : OP_DIVF;
		cg_op(c, op, dst, ox, oy);
		if (k == T_FLOAT32)
			cg_op(c, OP_F32, dst, dst, 0);
	} else {
		int_arith(c, tok, t, dst, x, y);
	}
	cg_free_to(c, save);
}

/* ---- comparisons ---- */

static bool is_nil(Node *e)
{
	e = cg_unparen(e);
	return e->type && e->type->kind == T_UNTYPED_NIL;
}

/* A comparison's value into dst. */
static void compare(Cg *c, int tok, int dst, Node *x, Node *y)
{
	int save = c->f->top;
	Type *t = is_nil(x) || cg_kind(y->type) == T_INTERFACE ? y->type : x->type;
	TypeKind k = cg_kind(t);
	if (k == T_STRUCT || k == T_ARRAY) {
		cg_compare_mem(c, tok, dst, x, y);
		return;
	}
	if (k == T_INTERFACE) {
		if (!is_nil(x) && !is_nil(y)) {
			cg_compare_iface(c, tok, dst, x, y, t);
			return;
		}
		int o = cg_operand(c, is_nil(x) ? y : x);
		int z = cg_alloc_scalar(c, 1);
		cg_load_int(c, z, 0);
		cg_op(c, tok == TK_EQL ? OP_EQ : OP_NE, dst, o, z);
		cg_free_to(c, save);
		return;
	}
	int ox = cg_operand(c, x);
	int oy = cg_operand(c, y);
	bool swap = tok == TK_GTR || tok == TK_GEQ;
	int base;
	if (k == T_STRING)
		base = OP_EQS;
	else if (k == T_FLOAT32 || k == T_FLOAT64)
		base = OP_EQF;
	else
		base = OP_EQ;
	/* ORDER OP: each kind's comparisons are EQ NE LT LE in a row. */
	_Static_assert(OP_NE == OP_EQ + 1 && OP_LT == OP_EQ + 2 && OP_LE == OP_EQ + 3,
		       "integer comparisons in the order EQ NE LT LE");
	_Static_assert(OP_NEF == OP_EQF + 1 && OP_LTF == OP_EQF + 2 && OP_LEF == OP_EQF + 3,
		       "float comparisons in the order EQ NE LT LE");
	_Static_assert(OP_NES == OP_EQS + 1 && OP_LTS == OP_EQS + 2 && OP_LES == OP_EQS + 3,
		       "string comparisons in the order EQ NE LT LE");
	Opcode op;
	switch (tok) {
	case TK_EQL: op = (Opcode)base; break;
	case TK_NEQ: op = (Opcode)(base + 1); break;
	case TK_LSS: case TK_GTR: op = (Opcode)(base + 2); break;
	default: op = (Opcode)(base + 3); break;
	}
	if (base == OP_EQ && ty_is_unsigned(t) && op == OP_LT)
		op = OP_LTU;
	else if (base == OP_EQ && ty_is_unsigned(t) && op == OP_LE)
		op = OP_LEU;
	if (swap)
		cg_op(c, op, dst, oy, ox);
	else
		cg_op(c, op, dst, ox, oy);
	cg_free_to(c, save);
}

static bool is_comparison(int tok)
{
	return tok == TK_EQL || tok == TK_NEQ || tok == TK_LSS ||
	       tok == TK_LEQ || tok == TK_GTR || tok == TK_GEQ;
}

static int negate(int tok)
{
	switch (tok) {
	case TK_EQL: return TK_NEQ;
	case TK_NEQ: return TK_EQL;
	case TK_LSS: return TK_GEQ;
	case TK_GEQ: return TK_LSS;
	case TK_LEQ: return TK_GTR;
	default: return TK_LEQ;
	}
}

static int mirror(int tok)
{
	switch (tok) {
	case TK_LSS: return TK_GTR;
	case TK_GTR: return TK_LSS;
	case TK_LEQ: return TK_GEQ;
	case TK_GEQ: return TK_LEQ;
	default: return tok;
	}
}

static Opcode kjump(int tok)
{
	switch (tok) {
	case TK_EQL: return OP_JEQK;
	case TK_NEQ: return OP_JNEK;
	case TK_LSS: return OP_JLTK;
	case TK_LEQ: return OP_JLEK;
	case TK_GTR: return OP_JGTK;
	default: return OP_JGEK;
	}
}

/* An integer (or bool) comparison as one fused jump. */
static void int_cmp_jump(Cg *c, int tok, Node *x, Node *y, Jumps *j)
{
	int save = c->f->top;
	bool uns = ty_is_unsigned(x->type);
	int64_t v;
	bool eq = tok == TK_EQL || tok == TK_NEQ;
	if ((eq || !uns) && small_const(y, &v)) {
		int ox = cg_operand(c, x);
		cg_jumps_add(c, j, cg_jump(c, kjump(tok), ox, (uint16_t)v));
	} else if ((eq || !uns) && small_const(x, &v)) {
		int oy = cg_operand(c, y);
		cg_jumps_add(c, j, cg_jump(c, kjump(mirror(tok)), oy, (uint16_t)v));
	} else if ((eq || !uns) && (is_const(y) || is_const(x))) {
		/* A large constant: compared from the constant table. */
		bool right = is_const(y);
		Node *cn = right ? y : x;
		int o = cg_operand(c, right ? x : y);
		int64_t cv = uns ? (int64_t)const_uint64(cn->cv) : const_int64(cn->cv);
		int kk = cg_k(c, (uint64_t)cv);
		/* ORDER OP: the C jumps parallel the K jumps. */
		_Static_assert(OP_JNEC - OP_JEQC == OP_JNEK - OP_JEQK &&
			       OP_JLTC - OP_JEQC == OP_JLTK - OP_JEQK &&
			       OP_JLEC - OP_JEQC == OP_JLEK - OP_JEQK &&
			       OP_JGTC - OP_JEQC == OP_JGTK - OP_JEQK &&
			       OP_JGEC - OP_JEQC == OP_JGEK - OP_JEQK,
			       "JEQC..JGEC in the order of JEQK..JGEK");
		Opcode op = (Opcode)(kjump(right ? tok : mirror(tok)) - OP_JEQK + OP_JEQC);
		if (kk > 0xFFFF)
			cg_error(c, cn->pos, "a function with this many constants");
		cg_jumps_add(c, j, cg_jump(c, op, o, kk));
	} else {
		int ox = cg_operand(c, x);
		int oy = cg_operand(c, y);
		Opcode lt = uns ? OP_JLTU : OP_JLT, le = uns ? OP_JLEU : OP_JLE;
		int pc;
		switch (tok) {
		case TK_EQL: pc = cg_jump(c, OP_JEQ, ox, oy); break;
		case TK_NEQ: pc = cg_jump(c, OP_JNE, ox, oy); break;
		case TK_LSS: pc = cg_jump(c, lt, ox, oy); break;
		case TK_LEQ: pc = cg_jump(c, le, ox, oy); break;
		case TK_GTR: pc = cg_jump(c, lt, oy, ox); break;
		default: pc = cg_jump(c, le, oy, ox); break;
		}
		cg_jumps_add(c, j, pc);
	}
	cg_free_to(c, save);
}

void cg_cond(Cg *c, Node *e, bool when, Jumps *j)
{
	e = cg_unparen(e);
	if (is_const(e)) {
		if (const_bool(e->cv) == when)
			cg_jumps_add(c, j, cg_jump(c, OP_JMP, 0, 0));
		return;
	}
	if (e->kind == N_UNARY && e->op == TK_NOT) {
		cg_cond(c, e->a, !when, j);
		return;
	}
	if (e->kind == N_BINARY && (e->op == TK_LAND || e->op == TK_LOR)) {
		/* a && b jumps on false when either does; on true only when
		 * both do (and || mirrors it). */
		bool and = e->op == TK_LAND;
		if (when != and) {
			cg_cond(c, e->a, when, j);
			cg_cond(c, e->b, when, j);
		} else {
			Jumps skip = {0};
			cg_cond(c, e->a, !when, &skip);
			cg_cond(c, e->b, when, j);
			cg_patch_here(c, &skip);
		}
		return;
	}
	if (e->kind == N_BINARY && is_comparison(e->op)) {
		TypeKind k = cg_kind(e->a->type);
		bool intlike = (k >= T_BOOL && k <= T_UINTPTR) && !is_nil(e->a) && !is_nil(e->b) &&
			       cg_kind(e->b->type) != T_INTERFACE;
		if (intlike) {
			int_cmp_jump(c, when ? e->op : negate(e->op), e->a, e->b, j);
			return;
		}
	}
	int save = c->f->top;
	int o = cg_operand(c, e);
	cg_jumps_add(c, j, cg_jump(c, when ? OP_JT : OP_JF, o, 0));
	cg_free_to(c, save);
}

/* && and || as a value. */
static void logical(Cg *c, Node *e, int dst)
{
	Jumps f = {0};
	int save = c->f->top;
	int t = cg_alloc_scalar(c, 1);
	cg_cond(c, e, false, &f);
	cg_load_int(c, t, 1);
	int end = cg_jump(c, OP_JMP, 0, 0);
	cg_patch_here(c, &f);
	cg_load_int(c, t, 0);
	cg_patch(c, end, cg_here(c));
	cg_move(c, dst, t, 1);
	cg_free_to(c, save);
}

/* ---- conversions ---- */

static void box(Cg *c, Type *from, int dst, int src)
{
	const RType *rt = cg_rtype(c, from);
	int k = cg_k(c, (uint64_t)(uintptr_t)rt);
	cg_op(c, OP_BOX, dst, src, k);
}

void cg_to_iface(Cg *c, Node *e, int dst)
{
	int save = c->f->top;
	if (is_nil(e)) {
		cg_op(c, OP_ZERO, dst, 2, 0);
	} else if (cg_kind(e->type) == T_INTERFACE) {
		cg_expr(c, e, dst);
	} else {
		int o = cg_operand(c, e);
		box(c, e->type, dst, o);
	}
	cg_free_to(c, save);
}

static void conv(Cg *c, Type *to, Node *x, int dst)
{
	TypeKind tk = cg_kind(to), sk = cg_kind(x->type);
	int save = c->f->top;
	bool sint = ty_is_integer(cg_deftype(x->type));
	bool sfloat = sk == T_FLOAT32 || sk == T_FLOAT64;
	if (tk == T_INTERFACE) {
		cg_to_iface(c, x, dst);
	} else if (is_nil(x)) {
		cg_op(c, OP_ZERO, dst, cg_words(to), 0);
	} else if (cg_conv_mem(c, to, x, dst)) {
		/* string <-> []byte, []rune */
	} else if (tk == T_STRING && sint) {
		cg_op(c, OP_RUNESTR, dst, cg_operand(c, x), 0);
	} else if (ty_is_integer(to) && sfloat) {
		bool u64 = tk == T_UINT || tk == T_UINT64 || tk == T_UINTPTR;
		cg_op(c, u64 ? OP_F2U : OP_F2I, dst, cg_operand(c, x), 0);
		ext(c, to, dst);
	} else if (ty_is_integer(to)) {
		cg_expr(c, x, dst);
		if (cg_ext_op(to) != cg_ext_op(x->type))
			ext(c, to, dst);
	} else if ((tk == T_FLOAT32 || tk == T_FLOAT64) && sint) {
		cg_op(c, cg_is_signed(x->type) ? OP_I2F : OP_U2F, dst,
		      cg_operand(c, x), 0);
		if (tk == T_FLOAT32)
			cg_op(c, OP_F32, dst, dst, 0);
	} else if (tk == T_FLOAT32 && sk == T_FLOAT64) {
		cg_expr(c, x, dst);
		cg_op(c, OP_F32, dst, dst, 0);
	} else {
		cg_expr(c, x, dst);
	}
	cg_free_to(c, save);
}

/* ---- calls ---- */

bool cg_is_tuple_arg(Node *call)
{
	return call->list.len == 1 && NODE_AT(call->list, 0)->type &&
	       NODE_AT(call->list, 0)->type->kind == T_TUPLE;
}

/* An interface for a native's operand whose data word points at the value
 * in the frame instead of a heap copy: natives are leaves that keep no
 * operand, and the stack does not move during a native call.  float32
 * (boxed as 4 bytes, held as a double in a slot) and pointer-shaped types
 * use the ordinary conversion. */
static void ref_iface(Cg *c, Type *t, int dst, int src)
{
	const RType *rt = cg_rtype(c, t);
	if (rt->kind == RK_FLOAT32 || rtype_is_pointer_shaped(rt)) {
		box(c, t, dst, src);
		return;
	}
	cg_op(c, OP_IFACEREF, dst, src, cg_k(c, (uint64_t)(uintptr_t)rt));
	cg_mark_stackref(c, dst + 1);
}

Node *cg_native_value(Node *arg)
{
	return arg->kind == N_CONV && cg_kind(arg->type) == T_INTERFACE ? arg->a : arg;
}

/* A native's `...any` operands as consecutive interfaces; returns their
 * count, *first is the slot of the first (f(g()) was spread by cg_call).
 * All values are computed before
 * any interface is made: a call among the operands may move the stack,
 * which would leave an IFACEREF's pointer dangling.  Operand temporaries
 * stay allocated until the native call. */
static int iface_args(Cg *c, Node *call, int from, int *first)
{
	int n = call->list.len - from;
	int *val = arena_alloc(&c->arena, (size_t)(n + 1) * sizeof(int));
	*first = cg_alloc_n(c, c->prog->t_any, n);
	for (int i = 0; i < n; i++) {
		Node *v = cg_native_value(NODE_AT(call->list, from + i));
		int s = *first + 2 * i;
		val[i] = -1;
		if (is_nil(v))
			cg_op(c, OP_ZERO, s, 2, 0);
		else if (cg_kind(v->type) == T_INTERFACE)
			cg_expr(c, v, s);
		else
			val[i] = cg_operand(c, v);
	}
	for (int i = 0; i < n; i++) {
		Node *v = cg_native_value(NODE_AT(call->list, from + i));
		if (val[i] >= 0)
			ref_iface(c, v->type, *first + 2 * i, val[i]);
	}
	return n;
}

/* A call of a native (abi/native.h): the fixed parameters in consecutive
 * slots, then a variadic `...any` as one interface per operand; results
 * come back over the operands. */
static int native_call(Cg *c, Node *e, Obj *o)
{
	Type *params = o->type->params;
	int nfixed = params->nelems - (o->type->variadic ? 1 : 0);
	int base = c->f->top, first, nvar = 0;
	for (int i = 0; i < nfixed; i++) {
		int s = cg_alloc(c, params->elems[i]);
		cg_expr(c, NODE_AT(e->list, i), s);
	}
	if (e->ellipsis) { /* the slice's elements become the operands */
		int xs = cg_alloc(c, params->elems[nfixed]);
		cg_expr(c, NODE_AT(e->list, nfixed), xs);
		c->f->line = e->pos.line;
		cg_op(c, OP_NCALLV, base, cg_k(c, (uint64_t)(uintptr_t)o->nfn), xs - base);
		cg_retype(c, base, o->type->results);
		return base;
	}
	if (o->type->variadic) {
		nvar = iface_args(c, e, nfixed, &first);
		if (nfixed == 0)
			base = first;
	}
	int nres = cg_words(o->type->results);
	c->f->line = e->pos.line;
	cg_op(c, OP_NCALL, base, cg_k(c, (uint64_t)(uintptr_t)o->nfn), nvar);
	(void)nres;
	cg_retype(c, base, o->type->results);
	return base;
}

static int func_call(Cg *c, Node *e, Obj *o)
{
	Node *fun = cg_unparen(e->a);
	if (fun->kind == N_SELECTOR && fun->a->mode == MODE_TYPE) {
		/* a method expression T.M(x, args): the receiver is an argument */
		int base = cg_call_args(c, e, fun->type, false);
		c->f->line = e->pos.line;
		cg_op_bx(c, OP_CALL, base, cg_k(c, (uint64_t)(uintptr_t)o->cg));
		cg_retype(c, base, ty_under(fun->type)->results);
		return base;
	}
	int base = cg_call_args(c, e, o->type, cg_is_method(o));
	c->f->line = e->pos.line;
	cg_op_bx(c, OP_CALL, base, cg_k(c, (uint64_t)(uintptr_t)o->cg));
	cg_retype(c, base, o->type->results);
	return base;
}

static Opcode minmax_op(Type *t, bool max)
{
	TypeKind k = cg_kind(t);
	if (k == T_STRING)
		return max ? OP_MAXS : OP_MINS;
	if (k == T_FLOAT32 || k == T_FLOAT64)
		return max ? OP_MAXF : OP_MINF;
	if (ty_is_unsigned(t))
		return max ? OP_MAXU : OP_MINU;
	return max ? OP_MAX : OP_MIN;
}

/* Builtins; dst < 0 when the result is unused (or there is none). */
static void builtin(Cg *c, Node *e, Builtin b, int dst)
{
	int save = c->f->top;
	Node *a0 = e->list.len ? NODE_AT(e->list, 0) : NULL;
	if (cg_builtin_mem(c, e, b, dst))
		return;
	switch (b) {
	case BI_LEN: {
		int o = cg_operand(c, a0);
		if (dst >= 0)
			cg_op(c, cg_kind(a0->type) == T_STRING ? OP_SLEN : OP_MOV,
			      dst, cg_kind(a0->type) == T_STRING ? o : o + 1, 0);
		break;
	}
	case BI_MIN:
	case BI_MAX: {
		int w = cg_words(e->type);
		int t = cg_alloc(c, e->type);
		cg_expr(c, a0, t);
		for (int i = 1; i < e->list.len; i++) {
			int in = c->f->top;
			int o = cg_operand(c, NODE_AT(e->list, i));
			cg_op(c, minmax_op(e->type, b == BI_MAX), t, t, o);
			cg_free_to(c, in);
		}
		if (dst >= 0)
			cg_move(c, dst, t, w);
		break;
	}
	case BI_PRINT:
	case BI_PRINTLN: {
		int first;
		int n = iface_args(c, e, 0, &first);
		c->f->line = e->pos.line;
		cg_op(c, OP_NCALL, first,
		      cg_k(c, (uint64_t)(uintptr_t)cg_builtin_native(c, b == BI_PRINT ? "print" : "println")), n);
		break;
	}
	case BI_PANIC: {
		int s = cg_alloc(c, c->prog->t_any);
		cg_to_iface(c, a0, s);
		c->f->line = e->pos.line;
		cg_op(c, OP_PANIC, s, 0, 0);
		break;
	}
	case BI_RECOVER: {
		int t = dst >= 0 ? dst : cg_alloc(c, c->prog->t_any);
		c->f->line = e->pos.line;
		cg_op(c, OP_RECOVER, t, 0, 0);
		break;
	}
	default:
		cg_error(c, e->pos, "this builtin");
		break;
	}
	cg_free_to(c, save);
}

int cg_call(Cg *c, Node *e)
{
	Node *fun = cg_unparen(e->a);
	int line = c->f->line;
	int r;
	if (cg_is_tuple_arg(e) && fun->mode != MODE_TYPE &&
	    (fun->mode == MODE_BUILTIN || cg_is_icall(e) || (fun->obj && fun->obj->native)))
		e = cg_spread_call(c, e); /* func and value calls: cg_call_args */
	if (fun->mode == MODE_BUILTIN && fun->obj) {
		int w = e->type && e->mode != MODE_NOVALUE ? cg_words(e->type) : 0;
		r = w ? cg_alloc(c, e->type) : c->f->top;
		builtin(c, e, fun->obj->builtin, w ? r : -1);
		return r;
	}
	if (fun->mode == MODE_TYPE) {
		r = cg_alloc(c, e->type);
		conv(c, e->type, NODE_AT(e->list, 0), r);
		return r;
	}
	if (e->kind == N_TYPEASSERT)
		return cg_assert_commaok(c, e);
	if (cg_is_icall(e)) {
		r = cg_icall(c, e);
		c->f->line = line;
		return r;
	}
	Obj *o = fun->obj;
	if (!o || o->kind != OBJ_FUNC || fun->kind == N_FUNCLIT)
		r = cg_call_value(c, e);
	else
		r = o->native ? native_call(c, e, o) : func_call(c, e, o);
	c->f->line = line;
	return r;
}

/* ---- the expression switch ---- */

static void ident(Cg *c, Node *e, int dst)
{
	Obj *o = e->obj;
	int w = cg_words(e->type);
	if (!o) {
		cg_error(c, e->pos, "this expression");
		return;
	}
	if (o->kind == OBJ_NIL) {
		cg_op(c, OP_ZERO, dst, w, 0);
		return;
	}
	if (o->kind == OBJ_FUNC) {
		cg_func_value(c, e, o, dst);
		return;
	}
	if (o->native) {
		uint64_t *storage = o->nfn ? NULL
				  : c->env->globals(c->env->ctx, o->native, (size_t)w,
						    cg_rtype(c, o->type)->ptrmask);
		if (storage)
			cg_op(c, OP_GGET, dst, cg_k(c, (uint64_t)(uintptr_t)storage), w);
		else
			cg_error(c, e->pos, o->native);
		return;
	}
	if (o->kind != OBJ_VAR) {
		cg_error(c, e->pos, "this use of a function");
		return;
	}
	int g, s = cg_var_slot(c, o, &g);
	if (s >= 0)
		cg_move(c, dst, s, w);
	else
		cg_op(c, OP_GGET, dst, g, w);
}

static void index_expr(Cg *c, Node *e, int dst)
{
	int save = c->f->top;
	Node *x = e->a, *i = NODE_AT(e->list, 0);
	int ox = cg_operand(c, x);
	int oi = cg_operand(c, i);
	c->f->line = e->pos.line;
	if (cg_kind(x->type) == T_STRING)
		cg_opx(c, OP_SINDEX, cg_is_signed(i->type), dst, ox, oi);
	else if (cg_kind(x->type) == T_SLICE)
		cg_opx(c, OP_SLICEIDX, cg_words(e->type), dst, ox, oi);
	else
		cg_error(c, e->pos, "this index expression");
	cg_free_to(c, save);
}

static void slice_expr(Cg *c, Node *e, int dst)
{
	int save = c->f->top;
	if (cg_kind(e->a->type) != T_STRING) {
		cg_error(c, e->pos, "slicing a slice");
		return;
	}
	int s = cg_operand(c, e->a);
	int t = cg_alloc_scalar(c, 2);
	bool sgn = false;
	if (e->b) {
		cg_expr(c, e->b, t);
		sgn |= cg_is_signed(e->b->type);
	} else {
		cg_load_int(c, t, 0);
	}
	if (e->c) {
		cg_expr(c, e->c, t + 1);
		sgn |= cg_is_signed(e->c->type);
	} else {
		cg_op(c, OP_SLEN, t + 1, s, 0);
	}
	c->f->line = e->pos.line;
	cg_opx(c, OP_SSLICE, sgn, dst, s, t);
	cg_free_to(c, save);
}

static void unary(Cg *c, Node *e, int dst)
{
	int save = c->f->top;
	TypeKind k = cg_kind(e->type);
	switch (e->op) {
	case TK_ADD:
		cg_expr(c, e->a, dst);
		break;
	case TK_SUB:
		if (k == T_FLOAT32 || k == T_FLOAT64) {
			cg_op(c, OP_NEGF, dst, cg_operand(c, e->a), 0);
		} else {
			cg_op(c, OP_NEG, dst, cg_operand(c, e->a), 0);
			ext(c, e->type, dst);
		}
		break;
	case TK_XOR:
		cg_op(c, OP_BNOT, dst, cg_operand(c, e->a), 0);
		ext(c, e->type, dst);
		break;
	case TK_NOT:
		cg_op(c, OP_NOT, dst, cg_operand(c, e->a), 0);
		break;
	default:
		cg_error(c, e->pos, "this unary operator");
		break;
	}
	cg_free_to(c, save);
}

void cg_expr(Cg *c, Node *e, int dst)
{
	if (is_const(e)) {
		load_const(c, e, dst);
		return;
	}
	if (cg_mem_expr(c, e, dst))
		return;
	switch (e->kind) {
	case N_PAREN:
		cg_expr(c, e->a, dst);
		return;
	case N_IDENT:
	case N_SELECTOR:
		ident(c, e, dst);
		return;
	case N_BINARY:
		if (e->op == TK_LAND || e->op == TK_LOR)
			logical(c, e, dst);
		else if (is_comparison(e->op))
			compare(c, e->op, dst, e->a, e->b);
		else
			cg_arith(c, e->op, e->type, dst, e->a, e->b);
		return;
	case N_UNARY:
		unary(c, e, dst);
		return;
	case N_CONV:
		conv(c, e->type, e->a, dst);
		return;
	case N_CALL: {
		Node *fun = cg_unparen(e->a);
		int save = c->f->top;
		if (fun->mode == MODE_BUILTIN && fun->obj) {
			builtin(c, e, fun->obj->builtin, dst);
		} else if (fun->mode == MODE_TYPE) {
			conv(c, e->type, NODE_AT(e->list, 0), dst);
		} else {
			int r = cg_call(c, e);
			cg_move(c, dst, r, cg_words(e->type));
		}
		cg_free_to(c, save);
		return;
	}
	case N_INDEX:
		index_expr(c, e, dst);
		return;
	case N_TYPEASSERT:
		cg_type_assert(c, e, dst);
		return;
	case N_SLICE:
		slice_expr(c, e, dst);
		return;
	case N_FUNCLIT:
		cg_func_lit(c, e, dst);
		return;
	default:
		cg_error(c, e->pos, cg_construct(e->kind));
		return;
	}
}
