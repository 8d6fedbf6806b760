/* universe.c: the predeclared identifiers and the library packages.
 *
 * Go's universe scope holds the basic types (with byte and rune as aliases
 * of uint8 and int32), any and error, comparable, true/false/iota/nil and
 * the builtin functions.  It is rebuilt for every check_program call in the
 * compilation's arena (a few dozen objects), so no global state is shared
 * between compilations.
 *
 * The packages a program may import are the native packages of the
 * LinkEnv (abi/native.h): each member's Go declaration is parsed and typed
 * here, and the member is an ordinary object whose `nfn` is the C function
 * that codegen calls (`native` names it, "fmt.Println").
 */
#include "check_internal.h"

#include <string.h>

#include "parse.h"
#include "strbuf.h"

static Obj *predeclare(Checker *c, ObjKind kind, const char *name, Type *t)
{
	Obj *o = check_obj_new(c, kind, names_get(c->names, name), t, (Pos){0, 0});
	ptrvec_push(c->arena, &c->universe->objs, o);
	return o;
}

static void basic_types(Checker *c)
{
	static const struct {
		const char *name;
		TypeKind kind;
	} tab[] = {
		{"bool", T_BOOL}, {"int", T_INT}, {"int8", T_INT8},
		{"int16", T_INT16}, {"int32", T_INT32}, {"int64", T_INT64},
		{"uint", T_UINT}, {"uint8", T_UINT8}, {"uint16", T_UINT16},
		{"uint32", T_UINT32}, {"uint64", T_UINT64},
		{"uintptr", T_UINTPTR}, {"float32", T_FLOAT32},
		{"float64", T_FLOAT64}, {"complex64", T_COMPLEX64},
		{"complex128", T_COMPLEX128}, {"string", T_STRING},
	};
	for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
		predeclare(c, OBJ_TYPE, tab[i].name, ty_basic(tab[i].kind));
	predeclare(c, OBJ_TYPE, "byte", ty_alias(false));
	predeclare(c, OBJ_TYPE, "rune", ty_alias(true));
}

/* error: a named interface with `Error() string`. */
static Type *error_type(Checker *c)
{
	Type *sig = check_new_func(c, check_new_tuple(c, NULL, 0),
			     check_new_tuple(c, (Type *[]){ty_basic(T_STRING)}, 1), false);
	Type *iface = check_new_type(c, T_INTERFACE);
	iface->methods = arena_alloc(c->arena, sizeof(Method));
	iface->methods[0] = (Method){names_get(c->names, "Error"), sig, NULL};
	iface->nmethods = 1;
	Type *t = check_new_type(c, T_NAMED);
	t->underlying = iface;
	t->obj = predeclare(c, OBJ_TYPE, "error", t);
	return t;
}

static void builtins(Checker *c)
{
	static const struct {
		const char *name;
		Builtin id;
	} tab[] = {
		{"append", BI_APPEND}, {"cap", BI_CAP}, {"clear", BI_CLEAR},
		{"close", BI_CLOSE}, {"complex", BI_COMPLEX}, {"copy", BI_COPY},
		{"delete", BI_DELETE}, {"imag", BI_IMAG}, {"len", BI_LEN},
		{"make", BI_MAKE}, {"max", BI_MAX}, {"min", BI_MIN},
		{"new", BI_NEW}, {"panic", BI_PANIC}, {"print", BI_PRINT},
		{"println", BI_PRINTLN}, {"real", BI_REAL},
		{"recover", BI_RECOVER},
	};
	for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
		predeclare(c, OBJ_BUILTIN, tab[i].name, ty_basic(T_INVALID))
			->builtin = tab[i].id;
}

void check_universe_init(Checker *c)
{
	c->universe = check_scope_new(c, NULL, SC_UNIVERSE);
	basic_types(c);
	c->t_any = check_new_type(c, T_INTERFACE);
	predeclare(c, OBJ_TYPE, "any", c->t_any);
	c->t_error = error_type(c);
	Type *cmp = check_new_type(c, T_NAMED);
	cmp->underlying = check_new_type(c, T_INTERFACE);
	cmp->underlying->comparable = true;
	cmp->obj = predeclare(c, OBJ_TYPE, "comparable", cmp);
	predeclare(c, OBJ_CONST, "true", ty_basic(T_UNTYPED_BOOL))->cv =
		const_make_bool(c->arena, true);
	predeclare(c, OBJ_CONST, "false", ty_basic(T_UNTYPED_BOOL))->cv =
		const_make_bool(c->arena, false);
	predeclare(c, OBJ_CONST, "iota", ty_basic(T_UNTYPED_INT))->cv =
		const_make_int64(c->arena, 0);
	predeclare(c, OBJ_NIL, "nil", ty_basic(T_UNTYPED_NIL));
	builtins(c);
	c->t_string_slice = check_new_slice(c, ty_basic(T_STRING));
}

/* ---- native packages ---- */

/* The package's declarations as Go source: "package fmt" and one
 * declaration a line. */
static const char *package_source(Checker *c, const NativePackage *np,
				  size_t *len)
{
	StrBuf b = check_new_buf(c);
	sb_printf(&b, "package %s\n", ty_pkgname(np->path));
	for (int i = 0; i < np->ndecls; i++)
		sb_printf(&b, "%s\n", np->decls[i].decl);
	*len = b.len;
	return check_buf_finish(c, &b);
}

static Obj *member(Checker *c, Package *p, ObjKind kind, const char *name,
		   const NativeDecl *nd)
{
	Obj *o = check_obj_new(c, kind, name, NULL, (Pos){0, 0});
	o->pkgpath = p->path;
	o->native = check_csprintf(c, "%s.%s", p->path, name);
	o->nfn = nd->fn;
	o->global = true;
	ptrvec_push(c->arena, &p->members->objs, o);
	return o;
}

/* Declare the members of np, typing each declaration in the universe
 * scope.  The declarations are gvm's own: an error in one is a bug. */
static void declare_natives(Checker *c, Package *p, const NativePackage *np)
{
	size_t len;
	const char *src = package_source(c, np, &len);
	Diag diag;
	diag_init(&diag, np->path, c->arena->mem);
	Node *file = parse_file(c->arena, c->names, &diag, 0, src, len);
	Scope *saved = c->scope;
	c->scope = c->universe;
	c->native_decls = true;
	for (int i = 0; file && i < file->list.len; i++) {
		Node *d = NODE_AT(file->list, i);
		const NativeDecl *nd = &np->decls[i];
		if (d->kind == N_FUNCDECL) {
			Obj *o = member(c, p, OBJ_FUNC, d->name, nd);
			o->type = check_func_signature(c, d->a, o);
		} else if (d->kind == N_GENDECL && d->op == TK_VAR) {
			Node *spec = NODE_AT(d->list, 0);
			Type *t = check_type_expr(c, spec->a);
			for (int j = 0; j < spec->list.len; j++)
				member(c, p, OBJ_VAR, NODE_AT(spec->list, j)->name, nd)->type = t;
		}
	}
	c->native_decls = false;
	c->scope = saved;
	if (diag_count(&diag) > 0 || !file)
		check_errorf(c, (Pos){1, 1}, "internal error: bad declarations of package %s",
			     np->path);
	diag_free(&diag);
}

/* Whether a native row declares the function or variable `name`:
 * "func Println(a ...any) …", "var Args []string". */
static bool declares(const NativeDecl *nd, const char *name, bool var)
{
	size_t n = strlen(name);
	const char *kw = var ? "var " : "func ";
	size_t k = strlen(kw);
	return strncmp(nd->decl, kw, k) == 0 &&
	       strncmp(nd->decl + k, name, n) == 0 &&
	       nd->decl[k + n] == (var ? ' ' : '(');
}

bool check_bind_native(Checker *c, Obj *fn)
{
	const NativePackage *np = c->session->natives;
	for (int i = 0; np && i < np->ndecls; i++) {
		if (declares(&np->decls[i], fn->name, fn->kind == OBJ_VAR)) {
			fn->native = check_csprintf(c, "%s.%s", np->path, fn->name);
			fn->nfn = np->decls[i].fn;
			return true;
		}
	}
	return false;
}

Package *check_universe_package(Checker *c, const char *path)
{
	const LinkEnv *env = c->env;
	for (int i = 0; env && i < env->npackages; i++) {
		const NativePackage *np = env->packages[i];
		if (strcmp(np->path, path) != 0)
			continue;
		Package *p = arena_alloc(c->arena, sizeof *p);
		p->path = names_get(c->names, path);
		p->name = names_get(c->names, ty_pkgname(path));
		if (np->source) {
			CheckSession *s = c->session;
			p->source = true;
			p->members = s->load ? s->load(s->load_ctx, s, np) : NULL;
			if (!p->members)
				p->members = check_scope_new(c, NULL, SC_PACKAGE);
			return p;
		}
		p->members = check_scope_new(c, NULL, SC_PACKAGE);
		declare_natives(c, p, np);
		return p;
	}
	return NULL;
}
