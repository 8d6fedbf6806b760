/* universe.c: the predeclared identifiers and the library packages.
 *
 * Go's universe scope holds the basic types (with byte and rune as aliases
 * of uint8 and int32), any and error, comparable, true/false/iota/nil and
 * the builtin functions.  It is rebuilt for every check_program call in the
 * compilation's arena (a few dozen objects), so no global state is shared
 * between compilations.
 *
 * The packages a gvm program may import in this milestone are fmt and os;
 * their members are ordinary objects whose `native` names the runtime
 * function ("fmt.Println") that codegen calls.
 */
#include "check_internal.h"

#include <string.h>

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

/* ---- fmt and os ---- */

static Obj *member(Checker *c, Package *p, ObjKind kind, const char *name,
		   Type *t)
{
	Obj *o = check_obj_new(c, kind, names_get(c->names, name), t, (Pos){0, 0});
	o->pkgpath = p->path;
	o->native = check_csprintf(c, "%s.%s", p->path, name);
	o->global = true;
	ptrvec_push(c->arena, &p->members->objs, o);
	return o;
}

static Type *results_n_err(Checker *c)
{
	return check_new_tuple(c, (Type *[]){ty_basic(T_INT), c->t_error}, 2);
}

static void fmt_members(Checker *c, Package *p)
{
	Type *anys = check_new_slice(c, c->t_any);
	Type *str = ty_basic(T_STRING);
	Type *a = check_new_tuple(c, (Type *[]){anys}, 1);
	Type *fa = check_new_tuple(c, (Type *[]){str, anys}, 2);
	Type *rstr = check_new_tuple(c, (Type *[]){str}, 1);
	Type *print = check_new_func(c, a, results_n_err(c), true);
	Type *printf = check_new_func(c, fa, results_n_err(c), true);
	member(c, p, OBJ_FUNC, "Print", print);
	member(c, p, OBJ_FUNC, "Println", print);
	member(c, p, OBJ_FUNC, "Printf", printf);
	member(c, p, OBJ_FUNC, "Sprint", check_new_func(c, a, rstr, true));
	member(c, p, OBJ_FUNC, "Sprintln", check_new_func(c, a, rstr, true));
	member(c, p, OBJ_FUNC, "Sprintf", check_new_func(c, fa, rstr, true));
}

static void os_members(Checker *c, Package *p)
{
	Type *code = check_new_tuple(c, (Type *[]){ty_basic(T_INT)}, 1);
	member(c, p, OBJ_FUNC, "Exit", check_new_func(c, code, check_new_tuple(c, NULL, 0), false));
	member(c, p, OBJ_VAR, "Args", c->t_string_slice);
}

Package *check_universe_package(Checker *c, const char *path)
{
	bool is_fmt = strcmp(path, "fmt") == 0, is_os = strcmp(path, "os") == 0;
	if (!is_fmt && !is_os)
		return NULL;
	Package *p = arena_alloc(c->arena, sizeof *p);
	p->path = names_get(c->names, path);
	p->members = check_scope_new(c, NULL, SC_PACKAGE);
	if (is_fmt)
		fmt_members(c, p);
	else
		os_members(c, p);
	return p;
}
