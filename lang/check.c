/* check.c: the checker's driver, scopes, and how errors are worded.
 *
 * check_program runs the phases in types2's order:
 *
 *   1. label and branch checks (cmd/compile does these in its parser,
 *      with the syntax package's messages);
 *   2. collect the package-level objects (any order of declaration is
 *      allowed, so all names are known before any is checked);
 *   3. check each package-level declaration, in source order, resolving
 *      the ones it refers to on demand (check_decl.c);
 *   4. check function bodies in source order (check_stmt.c);
 *   5. unused imports, main's presence, initialisation order.
 *
 * Scopes are short vectors searched linearly: names are interned, so a
 * lookup is pointer comparisons, and real scopes are small.
 *
 * Error texts are types2's.  They describe operands the way types2's
 * operand.String does ("x (variable of type int)", "1 (untyped int
 * constant)"), with expressions printed in the syntax package's short form,
 * and they are reported at an expression's *start* position (types2's
 * atPos uses syntax.StartPos).
 */
#include "check_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- scopes and objects ---- */

Scope *check_scope_new(Checker *c, Scope *parent, ScopeKind kind)
{
	Scope *s = arena_alloc(c->arena, sizeof *s);
	s->parent = parent;
	s->kind = kind;
	return s;
}

Obj *check_scope_lookup_local(Scope *s, const char *name)
{
	for (int i = s->objs.len - 1; i >= 0; i--) {
		Obj *o = s->objs.items[i];
		if (o->name == name)
			return o;
	}
	return NULL;
}

Obj *check_scope_lookup(Scope *s, const char *name)
{
	for (; s; s = s->parent) {
		Obj *o = check_scope_lookup_local(s, name);
		if (o)
			return o;
	}
	return NULL;
}

Obj *check_obj_new(Checker *c, ObjKind kind, const char *name, Type *type, Pos pos)
{
	Obj *o = arena_alloc(c->arena, sizeof *o);
	o->kind = kind;
	o->name = name;
	o->type = type;
	o->pos = pos;
	return o;
}

bool check_declare(Checker *c, Scope *s, Obj *obj)
{
	if (obj->name == c->n_blank)
		return true;
	Obj *alt = check_scope_lookup_local(s, obj->name);
	/* package-level names also clash with the file scope's imports */
	if (!alt && s->kind == SC_PACKAGE) {
		for (int i = 0; i < c->imports.len; i++) {
			Package *p = c->imports.items[i];
			if (p->pkgname && p->pkgname->name == obj->name)
				alt = p->pkgname;
		}
	}
	if (alt) {
		if (alt->pos.line)
			check_errorf(c, obj->pos, "%s redeclared in this block\n\t%s: other declaration of %s",
			       obj->name, check_fmtpos(c, alt->pos), obj->name);
		else
			check_errorf(c, obj->pos, "%s redeclared in this block", obj->name);
		return false;
	}
	ptrvec_push(c->arena, &s->objs, obj);
	return true;
}

/* ---- types ---- */

Type *check_new_type(Checker *c, TypeKind kind)
{
	Type *t = arena_alloc(c->arena, sizeof *t);
	t->kind = kind;
	t->underlying = t;
	t->size = -1;
	return t;
}

Type *check_new_tuple(Checker *c, Type **elems, int n)
{
	Type *t = check_new_type(c, T_TUPLE);
	t->elems = arena_alloc(c->arena, (size_t)(n ? n : 1) * sizeof *elems);
	if (n)
		memcpy(t->elems, elems, (size_t)n * sizeof *elems);
	t->nelems = n;
	return t;
}

Type *check_new_slice(Checker *c, Type *elem)
{
	Type *t = check_new_type(c, T_SLICE);
	t->elem = elem;
	return t;
}

Type *check_new_map(Checker *c, Type *key, Type *elem)
{
	Type *t = check_new_type(c, T_MAP);
	t->key = key;
	t->elem = elem;
	return t;
}

bool check_is_map_index(Node *n)
{
	while (n->kind == N_PAREN)
		n = n->a;
	return n->kind == N_INDEX && n->a->type && ty_under(n->a->type)->kind == T_MAP;
}

void check_comma_ok(Checker *c, Node *x, int l)
{
	if (l != 2 || x->mode == MODE_INVALID || !check_is_map_index(x))
		return;
	Type *e[2] = {x->type, ty_basic(T_BOOL)};
	x->type = check_new_tuple(c, e, 2);
	x->mode = MODE_COMMAOK;
}

Type *check_new_func(Checker *c, Type *params, Type *results, bool variadic)
{
	Type *t = check_new_type(c, T_FUNC);
	t->params = params;
	t->results = results;
	t->variadic = variadic;
	return t;
}

/* ---- errors ---- */

char *check_csprintf(Checker *c, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	char *s = arena_alloc(c->arena, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return s;
}

void check_errorf(Checker *c, Pos pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_verror(c->diag, pos, fmt, ap);
	va_end(ap);
}

/* Every StrBuf of the checker is made here, so that the allocator behind
 * its bytes is chosen in one place; check_buf_finish copies the text into
 * the compilation's arena, which is what the checker hands around. */
StrBuf check_new_buf(Checker *c)
{
	return SB_INIT(c->arena->mem);
}

const char *check_buf_finish(Checker *c, StrBuf *b)
{
	char *s = arena_strndup(c->arena, b->data ? b->data : "", b->len);
	sb_free(b);
	return s;
}

const char *check_fmtpos(Checker *c, Pos pos)
{
	return check_csprintf(c, "%s:%d:%d", diag_file_name(c->diag, pos.file),
			     pos.line, pos.col);
}

const char *check_tstr(Checker *c, Type *t)
{
	return ty_string_qual(c->arena, t, false);
}

Pos check_start_pos(Node *n)
{
	for (;;) {
		switch (n->kind) {
		case N_BINARY:
		case N_CALL:
		case N_SELECTOR:
		case N_INDEX:
		case N_SLICE:
		case N_TYPEASSERT:
		case N_KEYVALUE:
			if (!n->a)
				return n->pos;
			n = n->a;
			break;
		case N_CONV:
			if (n->implicit) {
				n = n->a;
				break;
			}
			if (n->b) {
				n = n->b;
				break;
			}
			return n->pos;
		case N_COMPOSITE:
			if (!n->a)
				return n->pos;
			n = n->a;
			break;
		default:
			return n->pos;
		}
	}
}

/* ---- printing expressions (syntax.String's short form) ---- */

const char *check_token_str(int op)
{
	const char *text = ast_op_text(op);
	return text ? text : "?";
}

static void write_expr(StrBuf *b, Node *n);

static void write_list(StrBuf *b, NodeList *l)
{
	for (int i = 0; i < l->len; i++) {
		if (i)
			sb_puts(b, ", ");
		write_expr(b, NODE_AT(*l, i));
	}
}

static void write_fields(StrBuf *b, NodeList *l)
{
	for (int i = 0; i < l->len; i++) {
		Node *f = NODE_AT(*l, i);
		if (i)
			sb_puts(b, ", ");
		for (int j = 0; j < f->list.len; j++) {
			if (j)
				sb_puts(b, ", ");
			write_expr(b, NODE_AT(f->list, j));
		}
		if (f->list.len)
			sb_puts(b, " ");
		write_expr(b, f->a);
	}
}

static void write_expr(StrBuf *b, Node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case N_IDENT: sb_puts(b, n->name); break;
	case N_BASICLIT: sb_write(b, n->lit, (size_t)n->litlen); break;
	case N_PAREN: sb_puts(b, "("); write_expr(b, n->a); sb_puts(b, ")"); break;
	case N_SELECTOR: write_expr(b, n->a); sb_puts(b, "."); sb_puts(b, n->name); break;
	case N_INDEX:
		write_expr(b, n->a);
		sb_puts(b, "[");
		write_list(b, &n->list);
		sb_puts(b, "]");
		break;
	case N_SLICE:
		write_expr(b, n->a);
		sb_puts(b, "[");
		write_expr(b, n->b);
		sb_puts(b, ":");
		write_expr(b, n->c);
		if (n->slice3) {
			sb_puts(b, ":");
			write_expr(b, n->d);
		}
		sb_puts(b, "]");
		break;
	case N_TYPEASSERT:
		write_expr(b, n->a);
		sb_puts(b, ".(");
		if (n->b)
			write_expr(b, n->b);
		else
			sb_puts(b, "type");
		sb_puts(b, ")");
		break;
	case N_CALL:
		write_expr(b, n->a);
		sb_puts(b, "(");
		write_list(b, &n->list);
		if (n->ellipsis)
			sb_puts(b, "...");
		sb_puts(b, ")");
		break;
	case N_CONV:
		if (n->implicit || !n->b) {
			write_expr(b, n->a);
			break;
		}
		write_expr(b, n->b);
		sb_puts(b, "(");
		write_expr(b, n->a);
		sb_puts(b, ")");
		break;
	case N_STAR: sb_puts(b, "*"); write_expr(b, n->a); break;
	case N_UNARY: sb_puts(b, check_token_str(n->op)); write_expr(b, n->a); break;
	case N_BINARY:
		write_expr(b, n->a);
		sb_puts(b, " ");
		sb_puts(b, check_token_str(n->op));
		sb_puts(b, " ");
		write_expr(b, n->b);
		break;
	case N_KEYVALUE: write_expr(b, n->a); sb_puts(b, ": "); write_expr(b, n->b); break;
	case N_COMPOSITE: write_expr(b, n->a); sb_puts(b, "{…}"); break;
	case N_FUNCLIT: sb_puts(b, "func"); write_expr(b, n->a); sb_puts(b, " {…}"); break;
	case N_ARRAYTYPE:
		sb_puts(b, "[");
		write_expr(b, n->a);
		sb_puts(b, "]");
		write_expr(b, n->b);
		break;
	case N_ELLIPSISTYPE: sb_puts(b, "..."); write_expr(b, n->a); break;
	case N_MAPTYPE:
		sb_puts(b, "map[");
		write_expr(b, n->a);
		sb_puts(b, "]");
		write_expr(b, n->b);
		break;
	case N_CHANTYPE:
		sb_puts(b, n->op == 2 ? "<-chan " : n->op == 1 ? "chan<- " : "chan ");
		write_expr(b, n->a);
		break;
	case N_FUNCTYPE:
		if (n->pos.line && b->len == 0)
			sb_puts(b, "func");
		sb_puts(b, "(");
		write_fields(b, &n->list);
		sb_puts(b, ")");
		if (n->list2.len) {
			sb_puts(b, " ");
			bool paren = n->list2.len > 1 || NODE_AT(n->list2, 0)->list.len;
			if (paren)
				sb_puts(b, "(");
			write_fields(b, &n->list2);
			if (paren)
				sb_puts(b, ")");
		}
		break;
	case N_STRUCTTYPE: sb_puts(b, "struct{…}"); break;
	case N_INTERFACETYPE: sb_puts(b, n->list.len ? "interface{…}" : "interface{}"); break;
	default: sb_puts(b, "?"); break;
	}
}

const char *check_expr_str(Checker *c, Node *n)
{
	StrBuf b = check_new_buf(c);
	write_expr(&b, n);
	return check_buf_finish(c, &b);
}

/* types2 describes a named type's structure: "float64 type Celsius". */
static const char *type_desc(Checker *c, Type *t)
{
	if (t->kind != T_NAMED)
		return "";
	Type *u = t->underlying;
	switch (u->kind) {
	case T_ARRAY: return "array ";
	case T_SLICE: return "slice ";
	case T_STRUCT: return "struct ";
	case T_POINTER: return "pointer ";
	case T_FUNC: return "func ";
	case T_INTERFACE: return "interface ";
	case T_MAP: return "map ";
	case T_CHAN: return "chan ";
	default: return check_csprintf(c, "%s ", ty_basic_name(u->kind));
	}
}

static const char *mode_str(ExprMode m)
{
	switch (m) {
	case MODE_INVALID: return "invalid operand";
	case MODE_NOVALUE: return "no value";
	case MODE_BUILTIN: return "built-in";
	case MODE_TYPE: return "type";
	case MODE_CONST: return "constant";
	case MODE_VARIABLE: return "variable";
	case MODE_COMMAOK: return "comma, ok expression";
	case MODE_GENERIC: return "value";
	default: return "value";
	}
}

const char *check_operand_str(Checker *c, Node *n)
{
	Type *t = n->type;
	if (t && t->kind == T_UNTYPED_NIL)
		return "nil";
	StrBuf b = check_new_buf(c);
	const char *e = check_expr_str(c, n);
	sb_puts(&b, e);
	sb_puts(&b, " (");
	bool has_type = false;
	if (n->mode != MODE_INVALID && n->mode != MODE_NOVALUE &&
	    n->mode != MODE_BUILTIN && n->mode != MODE_TYPE && t) {
		if (ty_is_untyped(t)) {
			sb_puts(&b, ty_basic_name(t->kind));
			sb_puts(&b, " ");
		} else {
			has_type = true;
		}
	}
	sb_puts(&b, mode_str(n->mode));
	if (n->mode == MODE_CONST && n->cv) {
		const char *v = const_repr(c->arena, n->cv);
		if (strcmp(v, e) != 0) {
			sb_puts(&b, " ");
			sb_puts(&b, v);
		}
	}
	if (has_type) {
		if (t->kind == T_INVALID) {
			sb_puts(&b, " with invalid type");
		} else {
			sb_puts(&b, " of ");
			sb_puts(&b, type_desc(c, t));
			sb_puts(&b, "type ");
			sb_puts(&b, check_tstr(c, t));
		}
	}
	sb_puts(&b, ")");
	return check_buf_finish(c, &b);
}

/* ---- the driver ---- */

static void check_imports(Checker *c, Node *file)
{
	/* a package used only inside an unsupported construct would be
	 * reported as unused: say nothing rather than something wrong */
	if (c->unsupported)
		return;
	for (int i = 0; i < c->imports.len; i++) {
		Package *p = c->imports.items[i];
		if (p->used || !p->pkgname)
			continue;
		if (p->pkgname->name == p->name)
			check_errorf(c, p->spec->pos, "\"%s\" imported and not used", p->path);
		else
			check_errorf(c, p->spec->pos, "\"%s\" imported as %s and not used",
			       p->path, p->pkgname->name);
	}
}

static void check_main(Checker *c, Node *file)
{
	if (!c->prog->main_func)
		check_errorf(c, file->pos, "function main is undeclared in the main package");
}

static void fill_program(Checker *c)
{
	Program *p = c->prog;
	p->t_any = c->t_any;
	p->t_error = c->t_error;
	for (int i = 0; i < c->pkgobjs.len; i++) {
		Obj *o = c->pkgobjs.items[i];
		if (o->kind == OBJ_VAR && !o->native) /* natives: the VM's storage */
			ptrvec_push(c->arena, &p->globals, o);
	}
}

static void check_bodies(Checker *c, Node *file)
{
	for (int i = 0; i < file->list.len; i++) {
		Node *d = NODE_AT(file->list, i);
		if (d->kind != N_FUNCDECL || !d->obj || !d->b || d->obj->generic)
			continue;
		check_func_body(c, d->obj);
		ptrvec_push(c->arena, &c->prog->funcs, d->obj);
	}
}

static void branches(Checker *c, Node *file)
{
	for (int i = 0; i < file->list.len; i++) {
		Node *d = NODE_AT(file->list, i);
		if (d->kind == N_FUNCDECL && d->b)
			check_branches(c, d->b);
	}
}

/* The universe and package scope: the session's, or new ones. */
/* The session's scopes, made by its first file.  A library package's
 * session comes with main's universe already (one `error`, one `any`). */
static void open_scopes(Checker *c, CheckSession *s)
{
	if (s->universe) {
		c->universe = s->universe;
		c->t_any = s->t_any;
		c->t_error = s->t_error;
		c->t_string_slice = s->t_string_slice;
	} else {
		check_universe_init(c);
		s->universe = c->universe;
		s->t_any = c->t_any;
		s->t_error = c->t_error;
		s->t_string_slice = c->t_string_slice;
	}
	if (!s->pkg)
		s->pkg = check_scope_new(c, c->universe, SC_PACKAGE);
	c->pkg = s->pkg;
}

bool check_program(Arena *arena, Names *names, Diag *diag,
		   const LinkEnv *env, CheckSession *session, bool need_main,
		   Node *file, Program *out)
{
	Checker cs = {0}, *c = &cs;
	memset(out, 0, sizeof *out);
	out->file = file;
	c->arena = arena;
	c->names = names;
	c->diag = diag;
	c->env = env;
	c->prog = out;
	c->n_blank = names_get(names, "_");
	c->n_main = names_get(names, "main");
	c->n_init = names_get(names, "init");
	c->n_iota = names_get(names, "iota");
	c->session = session;
	c->path = names_get(names, session->path ? session->path : "main");
	out->path = c->path;
	int before = diag_count(diag);
	open_scopes(c, session);
	int declared = c->pkg->objs.len;
	c->scope = c->pkg;
	branches(c, file);
	check_collect_objects(c, file);
	check_methods_resolve(c);
	for (int i = 0; i < c->pkgobjs.len; i++)
		check_obj_decl(c, c->pkgobjs.items[i]);
	check_bodies(c, file);
	check_instance_bodies(c);
	check_imports(c, file);
	if (diag_count(diag) == before && need_main)
		check_main(c, file);
	check_init_order(c);
	if (diag_count(diag) == before)
		check_promoted_methods(c);
	fill_program(c);
	if (diag_count(diag) != before) {
		c->pkg->objs.len = declared; /* the session forgets a failed file */
		check_forget_instances(c);
	}
	return diag_count(diag) == before;
}
