/* codegen_defer.c: defer statements.
 *
 * `defer x(args)` evaluates the function value and the arguments now and
 * pushes a record that calls them when the function returns or panics
 * (vm/defer.c).  The arguments go to consecutive temporaries; one
 * instruction copies them into the goroutine's defer record:
 *
 *   DEFER   a function or method known at compile time (the receiver is
 *           an argument, so `defer p.M()` evaluates p now, as Go does);
 *           a variadic call's extra arguments are packed into their
 *           slice now
 *   DEFERV  a func value (a variable, a field, a function literal): the
 *           closure is kept, and a nil one panics when the call runs
 *   DEFERN  a native, print or println, its `...any` operands boxed on
 *           the heap (the value of now; the record outlives the frame)
 *
 * Any other form is lowered as Go lowers it: a wrapper function, made
 * here, whose parameters are the call's operands (the interface of
 * `i.M(x)`, the arguments of a builtin, the results of `g()` in
 * `f(g())`, the slice of `fmt.Println(xs...)`) and whose body is the
 * call on them; the operands are evaluated now and the wrapper is
 * deferred with DEFER.  The VM treats a wrapper as transparent for
 * recover (Func.wrapper), and it is named as Go 1.19 names its own
 * (main.main.func<n>, counted after the function's literals).
 * `defer recover()` does nothing, as in Go: recover is not called by a
 * deferred function.
 */
#include <stdio.h>
#include <string.h>

#include "codegen_internal.h"

/* An operand of a deferred call: its node and the type it is kept as. */
typedef struct Operand {
	Node *x;
	Type *t;
} Operand;

/* The name of the next wrapper of the function being compiled: Go's
 * funcN, numbered after the function's literals. */
static const char *wrapper_name(Cg *c)
{
	FuncState *f = c->f;
	const char *outer = f->fn->name;
	size_t n = strlen(outer);
	int lits = 0;
	for (int i = 0; i < c->prog->funclits.len; i++) {
		Func *fn = ((Node *)c->prog->funclits.items[i])->obj->cg;
		const char *tail = fn && strncmp(fn->name, outer, n) == 0 ? fn->name + n : "";
		const char *digits = strncmp(tail, ".func", 5) == 0 ? tail + 5
				     : tail[0] == '.' ? tail + 1 : "";
		if (*digits && strspn(digits, "0123456789") == strlen(digits))
			lits++;
	}
	char name[512];
	snprintf(name, sizeof name, f->is_lit ? "%s.%d" : "%s.func%d", outer,
		 lits + ++f->nwrappers);
	return module_strdup(c->m, name, strlen(name));
}

/* A parameter of the wrapper: an identifier bound to its slot. */
static Node *param_ident(Cg *c, Type *t, Pos pos)
{
	return cg_slot_ident(c, t, cg_alloc(c, t), pos);
}

/* The wrapper's body: the call e on the parameters, the interface of an
 * interface method call first. */
static void wrapper_body(Cg *c, Node *e, Operand *ops, int n, bool icall)
{
	Node *call = ast_new(&c->arena, N_CALL, e->pos);
	*call = *e;
	memset(&call->list, 0, sizeof call->list);
	Node *fun = cg_unparen(e->a);
	int from = 0;
	if (icall) {
		Node *sel = ast_new(&c->arena, N_SELECTOR, e->pos);
		*sel = *cg_unparen(e->a);
		sel->a = param_ident(c, ops[0].t, e->pos);
		call->a = sel;
		from = 1;
	}
	Node **ids = arena_alloc(&c->arena, (size_t)(n + 1) * sizeof *ids);
	for (int i = from; i < n; i++)
		ids[i] = param_ident(c, ops[i].t, e->pos);
	c->f->fn->nparams = c->f->top;
	for (int i = from; i < n; i++)
		ptrvec_push(&c->arena, &call->list,
			    fun->mode == MODE_BUILTIN ? ids[i]
			    : cg_implicit(c, ids[i], cg_param_type(fun->type, e, i - from)));
	cg_call(c, call);
	cg_op(c, OP_RET0, 0, 0, 0);
}

/* defer of any other form: the operands now, the wrapper deferred. */
static void wrapped(Cg *c, Node *e, bool icall)
{
	int n = 0, base = c->f->top;
	Node *fun = cg_unparen(e->a);
	Operand *ops;
	if (cg_is_tuple_arg(e)) {
		Node *inner = cg_unparen(NODE_AT(e->list, 0));
		Type *tt = inner->type;
		ops = arena_alloc(&c->arena, (size_t)(tt->nelems + 2) * sizeof *ops);
		if (icall) {
			ops[n].x = fun->a;
			ops[n++].t = fun->a->type;
			cg_expr(c, fun->a, cg_alloc(c, fun->a->type));
		}
		int r = cg_call(c, inner);
		for (int i = 0; i < tt->nelems; i++) {
			ops[n].x = NULL;
			ops[n++].t = tt->elems[i];
		}
		if (icall) { /* the results follow the interface */
			int at = base + 2;
			for (int i = 0; i < tt->nelems; i++) {
				int w = cg_words(tt->elems[i]);
				cg_move(c, at, r, w);
				at += w;
				r += w;
			}
			cg_free_to(c, at);
			cg_retype(c, base + 2, tt);
		} else {
			base = r;
		}
	} else {
		ops = arena_alloc(&c->arena, (size_t)(e->list.len + 2) * sizeof *ops);
		if (icall) {
			ops[n].x = fun->a;
			ops[n++].t = fun->a->type;
		}
		for (int i = 0; i < e->list.len; i++) {
			ops[n].x = NODE_AT(e->list, i);
			ops[n++].t = cg_deftype(NODE_AT(e->list, i)->type);
		}
		for (int i = 0; i < n; i++)
			cg_expr(c, ops[i].x, cg_alloc(c, ops[i].t));
	}
	if (icall) { /* a nil interface panics now: Go evaluates i.M here */
		int save = c->f->top;
		c->f->line = e->pos.line;
		cg_op(c, OP_PTRADD, cg_alloc_scalar(c, 1), base, 0);
		cg_free_to(c, save);
	}
	Func *fn = module_alloc(c->m, sizeof *fn);
	fn->name = wrapper_name(c);
	fn->file = c->file;
	fn->wrapper = true;
	FuncState f, *outer = c->f;
	cg_synth_begin(c, &f, fn, e->pos.line);
	wrapper_body(c, e, ops, n, icall);
	cg_synth_end(c, &f, outer);
	c->f->line = e->pos.line;
	cg_op_bx(c, OP_DEFER, base, cg_k(c, (uint64_t)(uintptr_t)fn));
}

/* A native: its fixed parameters, then its `...any` operands boxed. */
static void native(Cg *c, Node *e, NativeFn nfn, Type *sig)
{
	int base = c->f->top, nfixed = 0;
	if (sig) {
		nfixed = sig->params->nelems - (sig->variadic ? 1 : 0);
		for (int i = 0; i < nfixed; i++)
			cg_expr(c, NODE_AT(e->list, i), cg_alloc(c, sig->params->elems[i]));
		if (!sig->variadic)
			nfixed = e->list.len;
	}
	int nvar = e->list.len - nfixed;
	int first = cg_alloc_n(c, c->prog->t_any, nvar);
	for (int i = 0; i < nvar; i++)
		cg_to_iface(c, cg_native_value(NODE_AT(e->list, nfixed + i)), first + 2 * i);
	int words = c->f->top - base;
	if (words > 255) {
		cg_error(c, e->pos, "a deferred native call with this many operands");
		return;
	}
	c->f->line = e->pos.line;
	cg_opx(c, OP_DEFERN, words, base, cg_k(c, (uint64_t)(uintptr_t)nfn), nvar);
}

void cg_defer(Cg *c, Node *e)
{
	Node *fun = cg_unparen(e->a);
	Obj *o = fun->obj;
	c->f->line = e->pos.line;
	if (fun->mode == MODE_BUILTIN && o) {
		if (o->builtin == BI_PRINT || o->builtin == BI_PRINTLN) {
			if (cg_is_tuple_arg(e))
				wrapped(c, e, false);
			else
				native(c, e, cg_builtin_native(c, o->builtin == BI_PRINT ? "print" : "println"), NULL);
		} else if (o->builtin != BI_RECOVER) {
			wrapped(c, e, false);
		}
		return;
	}
	if (cg_is_icall(e)) {
		wrapped(c, e, true);
		return;
	}
	Type *sig = ty_under(fun->type);
	if (o && o->kind == OBJ_FUNC && fun->kind != N_FUNCLIT && o->native) {
		if (e->ellipsis || cg_is_tuple_arg(e))
			wrapped(c, e, false);
		else
			native(c, e, o->nfn, sig);
		return;
	}
	if (o && o->kind == OBJ_FUNC && fun->kind != N_FUNCLIT) {
		int base = cg_call_args(c, e, o->type, cg_is_method(o));
		c->f->line = e->pos.line;
		cg_op_bx(c, OP_DEFER, base, cg_k(c, (uint64_t)(uintptr_t)o->cg));
		return;
	}
	int fv = cg_alloc(c, fun->type);
	cg_expr(c, fun, fv);
	int base = cg_call_args(c, e, sig, false);
	c->f->line = e->pos.line;
	cg_op(c, OP_DEFERV, base, fv, cg_words(sig->params));
}
