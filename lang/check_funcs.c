/* check_funcs.c: function types, function literals and what they capture.
 *
 * A function type `func(int) string` is a T_FUNC whose parameters are not
 * declared anywhere.  A function literal is checked like a declared
 * function: it gets a FUNC object of its own (FUNCLIT.obj, with decl the
 * FUNCLIT node, whose a and b are laid out as a FUNCDECL's), a FuncCtx
 * chained to the enclosing function's, and a body checked in a scope
 * nested in the enclosing one.  Its name is Go's: the n-th literal of
 * main is "main.func<n>", a literal inside a literal adds ".<n>"; one in
 * a package variable's initialiser belongs to "glob.".
 *
 * Captures: a use of a local variable declared by an enclosing function
 * (Obj.func is not the current function) is a capture.  Go captures by
 * reference, so the variable is marked addr_taken and lives in a heap
 * cell (codegen_mem.c); every literal between the use and the variable's
 * function records it once in its FUNCLIT.list3 (an IDENT per captured
 * variable, in order of first use), which is the layout of its closure
 * (codegen_func.c).
 */
#include <stdio.h>
#include <string.h>

#include "check_internal.h"

Type *check_func_type(Checker *c, Node *ftype)
{
	return check_func_signature(c, ftype, NULL);
}

static const char *lit_name(Checker *c)
{
	FuncCtx *fn = c->fn;
	if (!fn)
		return check_csprintf(c, "glob..func%d", 1 + (int)c->prog->funclits.len);
	fn->nlits++;
	if (fn->lit)
		return check_csprintf(c, "%s.%d", fn->func->name, fn->nlits);
	return check_csprintf(c, "%s.func%d", fn->func->name, fn->nlits);
}

static void declare_params(Checker *c, NodeList *fields)
{
	for (int i = 0; i < fields->len; i++) {
		Node *fl = NODE_AT(*fields, i);
		for (int j = 0; j < fl->list.len; j++) {
			Obj *o = NODE_AT(fl->list, j)->obj;
			if (o)
				check_declare(c, c->scope, o);
		}
	}
}

void check_func_lit(Checker *c, Node *lit)
{
	Obj *f = check_obj_new(c, OBJ_FUNC, lit_name(c), NULL, lit->pos);
	f->decl = lit;
	f->pkgpath = c->path;
	f->srcfile = c->srcfile;
	f->type = check_func_signature(c, lit->a, f);
	lit->obj = f;
	FuncCtx fc = {0};
	fc.func = f;
	fc.sig = f->type;
	fc.outer = c->fn;
	fc.lit = lit;
	Scope *saved_scope = c->scope;
	FuncCtx *saved_fn = c->fn;
	c->fn = &fc;
	c->scope = check_scope_new(c, saved_scope, SC_FUNC);
	declare_params(c, &lit->a->list);
	declare_params(c, &lit->a->list2);
	check_branches(c, lit->b);
	check_body(c, f, lit->b);
	c->fn = saved_fn;
	c->scope = saved_scope;
	lit->mode = MODE_VALUE;
	lit->type = f->type;
	ptrvec_push(c->arena, &c->prog->funclits, lit);
}

static void add_capture(Checker *c, Node *lit, Obj *o, Pos pos)
{
	for (int i = 0; i < lit->list3.len; i++)
		if (NODE_AT(lit->list3, i)->obj == o)
			return;
	Node *id = ast_new(c->arena, N_IDENT, pos);
	id->name = o->name;
	id->obj = o;
	id->type = o->type;
	id->mode = MODE_VARIABLE;
	ptrvec_push(c->arena, &lit->list3, id);
}

void check_note_capture(Checker *c, Obj *o)
{
	if (o->global || o->native || !o->func || !c->fn || c->fn->func == o->func)
		return;
	FuncCtx *fn = c->fn;
	while (fn && fn->func != o->func) {
		if (fn->lit)
			add_capture(c, fn->lit, o, o->pos);
		fn = fn->outer;
	}
	o->addr_taken = true;
}
