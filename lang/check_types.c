/* check_types.c: composite types and values (go/types' typexpr.go,
 * lookup.go and literals.go for arrays, slices, structs and pointers).
 *
 * Type expressions: [N]T with a constant length, []T, struct{...} with
 * embedded fields named after their type, *T.  A struct type is laid out
 * later (ty_layout); a field whose type is still being declared (the
 * named type of its own struct, not through a pointer) is Go's invalid
 * recursive type.
 *
 * Field selection follows lookup.go: breadth first through embedded
 * fields, the shallowest depth with exactly one match wins, two matches at
 * that depth are ambiguous.  The selector is then rewritten into the
 * explicit path, `x.f` with f promoted through E becoming `x.E.f`, so that
 * codegen only ever selects a field of the struct (or pointer to struct)
 * it is given; each SELECTOR of a field has Node.field set.
 *
 * Composite literals type their elements against the element or field
 * types, with elided types (`[]T{{1, 2}}`, `[]*T{{1, 2}}` meaning
 * `&T{1, 2}`).  A local variable whose address is taken (`&x`, `&x.f`,
 * `x[:]` of an array) is marked addr_taken: codegen keeps it in a heap
 * cell.
 */
#include "check_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void invalid(Node *n)
{
	n->mode = MODE_INVALID;
	n->type = ty_basic(T_INVALID);
	n->cv = NULL;
}

Type *check_new_pointer(Checker *c, Type *elem)
{
	Type *t = check_new_type(c, T_POINTER);
	t->elem = elem;
	return t;
}

Type *check_new_array(Checker *c, Type *elem, int64_t len)
{
	Type *t = check_new_type(c, T_ARRAY);
	t->elem = elem;
	t->len = len;
	return t;
}

/* A type still being declared used by value inside itself. */
static bool recursive_use(Checker *c, Type *t)
{
	while (t && t->kind == T_ARRAY)
		t = t->elem;
	if (t && t->kind == T_NAMED && !t->underlying) {
		check_errorf(c, t->obj->pos, "invalid recursive type: %s refers to itself", t->obj->name);
		return true;
	}
	return false;
}

static bool array_length(Checker *c, Node *n, int64_t *len)
{
	/* types2 first looks at a lone name (it may be a type parameter
	 * missing its constraint): one that is not a constant is refused
	 * without being used, so an unused variable is still reported */
	if (n->kind == N_IDENT) {
		Obj *o = check_scope_lookup(c->scope, n->name);
		if (!o) {
			check_errorf(c, n->pos, "undefined array length %s or missing type constraint",
				     n->name);
			return false;
		}
		if (o->kind != OBJ_CONST) {
			check_errorf(c, n->pos, "invalid array length %s", n->name);
			return false;
		}
	}
	check_expr(c, n);
	if (n->mode == MODE_INVALID)
		return false;
	if (n->mode != MODE_CONST) {
		check_errorf(c, check_start_pos(n), "array length %s must be constant", check_operand_str(c, n));
		return false;
	}
	ConstVal *v = ty_is_integer(n->type) || ty_is_untyped(n->type)
			      ? const_to_int(c->arena, n->cv) : NULL;
	if (!v || const_sign_neg(v) || !const_fits_int(v, 63, false)) {
		check_errorf(c, check_start_pos(n), ty_is_integer(n->type)
				     ? "invalid array length %s" : "array length %s must be integer",
			     check_operand_str(c, n));
		return false;
	}
	*len = const_int64(v);
	return true;
}

Type *check_array_type(Checker *c, Node *n, bool literal)
{
	if (n->a && n->a->kind == N_ELLIPSISTYPE && !literal) {
		check_errorf(c, n->a->pos, "invalid use of [...] array (outside a composite literal)");
		return NULL;
	}
	int64_t len = -1;
	if (n->a && n->a->kind != N_ELLIPSISTYPE && !array_length(c, n->a, &len))
		return NULL;
	Type *elem = check_type_expr(c, n->b);
	if (!elem)
		return NULL;
	if (!n->a)
		return check_new_slice(c, elem);
	if (recursive_use(c, elem))
		return NULL;
	return check_new_array(c, elem, len);
}

/* The name an embedded field takes: its type's name. */
static const char *embedded_name(Node *t)
{
	while (t && (t->kind == N_STAR || t->kind == N_PAREN || t->kind == N_INDEX))
		t = t->a;
	if (t && (t->kind == N_IDENT || t->kind == N_SELECTOR))
		return t->name;
	return NULL;
}

Type *check_struct_type(Checker *c, Node *n)
{
	PtrVec fields = {0};
	bool bad = false;
	for (int i = 0; i < n->list.len; i++) {
		Node *fd = NODE_AT(n->list, i);
		Type *ft = check_type_expr(c, fd->a);
		if (!ft || recursive_use(c, ft)) {
			bad = true;
			continue;
		}
		int nnames = fd->list.len ? fd->list.len : 1;
		for (int j = 0; j < nnames; j++) {
			Field *f = arena_alloc(c->arena, sizeof *f);
			Pos pos = fd->list.len ? NODE_AT(fd->list, j)->pos : fd->a->pos;
			f->type = ft;
			f->pos = pos;
			f->embedded = fd->list.len == 0;
			f->name = f->embedded ? embedded_name(fd->a) : NODE_AT(fd->list, j)->name;
			if (!f->name) {
				check_errorf(c, pos, "invalid embedded field type %s", check_tstr(c, ft));
				bad = true;
				continue;
			}
			if (f->embedded && ty_under(ft) && ty_under(ft)->kind == T_POINTER &&
			    ty_under(ty_under(ft)->elem) &&
			    ty_under(ty_under(ft)->elem)->kind == T_POINTER) {
				check_errorf(c, pos, "embedded field type cannot be a pointer to pointer");
				bad = true;
			}
			for (int k = 0; k < fields.len && f->name != c->n_blank; k++)
				if (((Field *)fields.items[k])->name == f->name) {
					check_errorf(c, pos, "%s redeclared", f->name);
					bad = true;
				}
			ptrvec_push(c->arena, &fields, f);
		}
	}
	if (bad)
		return NULL;
	Type *t = check_new_type(c, T_STRUCT);
	t->nfields = fields.len;
	t->fields = arena_alloc(c->arena, (size_t)(fields.len + 1) * sizeof(Field));
	bool embeds = false;
	for (int i = 0; i < fields.len; i++) {
		t->fields[i] = *(Field *)fields.items[i];
		embeds |= t->fields[i].embedded;
	}
	if (embeds)
		ptrvec_push(c->arena, &c->embed_structs, t);
	return t;
}

/* ---- field lookup ---- */

typedef struct Cand {
	Type *t;
	int path[CHECK_MAX_FIELD_DEPTH];
	int n;
} Cand;

static Type *struct_of(Type *t)
{
	if (!t)
		return NULL;
	Type *u = ty_under(t);
	if (u && u->kind == T_POINTER)
		u = u->elem ? ty_under(u->elem) : NULL;
	return u && u->kind == T_STRUCT ? u : NULL;
}

int check_lookup_field(Checker *c, Type *t, const char *name, int *path)
{
	Mem *mem = c->arena->mem;
	Cand *cur = mem_calloc(mem, 1, sizeof *cur), *next = NULL;
	int ncur = 1, result = 0;
	cur[0].t = t;
	for (int depth = 0; depth < CHECK_MAX_FIELD_DEPTH && ncur > 0; depth++) {
		int found = 0, nnext = 0;
		next = mem_calloc(mem, (size_t)ncur * 64 + 1, sizeof *next);
		for (int i = 0; i < ncur; i++) {
			Type *st = struct_of(cur[i].t);
			if (!st || (depth > 0 && ty_under(cur[i].t)->kind == T_POINTER &&
				    ty_under(cur[i].t)->elem->kind == T_POINTER))
				continue;
			for (int j = 0; j < st->nfields; j++) {
				Field *f = &st->fields[j];
				if (f->name == name) {
					if (found++ == 0) {
						memcpy(path, cur[i].path, sizeof cur[i].path);
						path[depth] = j;
					}
				} else if (f->embedded && nnext < ncur * 64) {
					Cand *d = &next[nnext++];
					*d = cur[i];
					d->t = f->type;
					d->path[depth] = j;
					d->n = depth + 1;
				}
			}
		}
		mem_free(mem, cur);
		cur = next;
		ncur = nnext;
		if (found) {
			result = found == 1 ? depth + 1 : -1;
			break;
		}
	}
	mem_free(mem, cur);
	return result;
}

static void select_field(Node *sel, Node *x, Field *f)
{
	Type *xu = ty_under(x->type);
	sel->field = f;
	sel->obj = NULL;
	sel->type = f->type;
	sel->mode = xu->kind == T_POINTER || (x->mode == MODE_VARIABLE && !check_is_map_index(x))
		? MODE_VARIABLE : MODE_VALUE;
}

bool check_field_selector(Checker *c, Node *n)
{
	Node *x = n->a;
	int path[CHECK_MAX_FIELD_DEPTH];
	if (!struct_of(x->type))
		return false;
	if (ty_under(x->type)->kind == T_POINTER && ty_under(ty_under(x->type)->elem)->kind == T_POINTER)
		return false;
	int depth = check_lookup_field(c, x->type, n->name, path);
	if (depth < 0) {
		check_errorf(c, n->pos2.line ? n->pos2 : n->pos, "ambiguous selector %s.%s",
			     check_expr_str(c, x), n->name);
		invalid(n);
		return true;
	}
	if (depth == 0)
		return false;
	Node *cur = x;
	for (int k = 0; k < depth; k++) {
		Field *f = &struct_of(cur->type)->fields[path[k]];
		Node *sel = n;
		if (k < depth - 1) {
			sel = ast_new(c->arena, N_SELECTOR, n->pos);
			sel->pos2 = n->pos2;
			sel->name = f->name;
		}
		sel->a = cur;
		select_field(sel, cur, f);
		cur = sel;
	}
	return true;
}

/* ", but does have field Name" for a selector that differs in case. */
const char *check_field_hint(Checker *c, Type *t, const char *name)
{
	Type *st = struct_of(t);
	for (int i = 0; st && i < st->nfields; i++)
		if (strcasecmp(st->fields[i].name, name) == 0)
			return check_csprintf(c, ", but does have field %s", st->fields[i].name);
	return "";
}

/* ---- addressability ---- */

void check_mark_addr_taken(Node *x)
{
	for (;;) {
		while (x->kind == N_PAREN)
			x = x->a;
		if (x->kind == N_SELECTOR && x->field) {
			if (ty_under(x->a->type)->kind == T_POINTER)
				return;
			x = x->a;
		} else if (x->kind == N_INDEX && ty_under(x->a->type)->kind == T_ARRAY) {
			x = x->a;
		} else {
			break;
		}
	}
	if (x->kind == N_IDENT && x->obj && x->obj->kind == OBJ_VAR && !x->obj->global)
		x->obj->addr_taken = true;
}

/* ---- composite literals ---- */

static void elem_value(Checker *c, Node *e, Type *t, const char *ctx)
{
	if (e->kind == N_COMPOSITE && !e->a)
		check_composite(c, e, t);
	else
		check_expr(c, e);
	check_assignment(c, e, t, ctx);
}

static void struct_lit(Checker *c, Node *n, Type *t, Type *st)
{
	if (n->list.len == 0)
		return;
	bool keyed = NODE_AT(n->list, 0)->kind == N_KEYVALUE;
	bool *seen = arena_alloc(c->arena, (size_t)st->nfields + 1);
	for (int i = 0; i < n->list.len; i++) {
		Node *e = NODE_AT(n->list, i);
		if ((e->kind == N_KEYVALUE) != keyed) {
			check_errorf(c, check_start_pos(e), "mixture of field:value and value elements in struct literal");
			invalid(n);
			return;
		}
		if (!keyed) {
			if (i >= st->nfields) {
				check_errorf(c, check_start_pos(e), "too many values in struct literal of type %s",
					     check_tstr(c, t));
				invalid(n);
				return;
			}
			elem_value(c, e, st->fields[i].type, "struct literal");
			continue;
		}
		Node *key = e->a;
		int fi = -1;
		if (key->kind == N_IDENT)
			for (int j = 0; j < st->nfields; j++)
				if (st->fields[j].name == key->name)
					fi = j;
		if (fi < 0) {
			check_errorf(c, key->pos, "unknown field %s in struct literal of type %s",
				     key->kind == N_IDENT ? key->name : check_expr_str(c, key), check_tstr(c, t));
			check_expr(c, e->b);
			invalid(n);
			return;
		}
		if (seen[fi]) {
			check_errorf(c, e->pos, "duplicate field name %s in struct literal", key->name);
			invalid(n);
			return;
		}
		seen[fi] = true;
		key->field = &st->fields[fi];
		elem_value(c, e->b, st->fields[fi].type, "struct literal");
	}
	if (!keyed && n->list.len < st->nfields) {
		check_errorf(c, n->pos2, "too few values in struct literal of type %s", check_tstr(c, t));
		invalid(n);
	}
}

/* Elements of an array or slice literal; returns the length it needs
 * (max index + 1), or -1 after an error.  len >= 0: an array's length. */
static int64_t indexed_lit(Checker *c, Node *n, Type *elem, int64_t len)
{
	int64_t idx = 0, max = 0;
	PtrVec seen = {0};
	for (int i = 0; i < n->list.len; i++) {
		Node *e = NODE_AT(n->list, i);
		if (e->kind == N_KEYVALUE) {
			Node *k = e->a;
			check_expr(c, k);
			if (k->mode != MODE_CONST || !ty_is_integer(k->type) ||
			    !check_convert_untyped(c, k, ty_basic(T_INT))) {
				if (k->mode != MODE_INVALID)
					check_errorf(c, check_start_pos(k), "index %s must be integer constant",
						     check_expr_str(c, k));
				return -1;
			}
			if (const_sign_neg(k->cv)) {
				check_errorf(c, check_start_pos(k), "index %s must be non-negative integer constant",
					     check_expr_str(c, k));
				return -1;
			}
			idx = const_int64(k->cv);
			e = e->b;
		}
		if (len >= 0 && idx >= len) {
			check_errorf(c, check_start_pos(e), "index %lld is out of bounds (>= %lld)",
				     (long long)idx, (long long)len);
			return -1;
		}
		for (int j = 0; j < seen.len; j++)
			if ((int64_t)(intptr_t)seen.items[j] == idx) {
				check_errorf(c, check_start_pos(NODE_AT(n->list, i)),
					     "duplicate index %lld in array or slice literal", (long long)idx);
				return -1;
			}
		ptrvec_push(c->arena, &seen, (void *)(intptr_t)idx);
		elem_value(c, e, elem, "array or slice literal");
		idx++;
		if (idx > max)
			max = idx;
	}
	return max;
}

/* The elements of a map literal: every one keyed, constant keys distinct. */
static bool map_lit(Checker *c, Node *n, Type *u)
{
	PtrVec seen = {0};
	bool ok = true;
	for (int i = 0; i < n->list.len; i++) {
		Node *e = NODE_AT(n->list, i);
		if (e->kind != N_KEYVALUE) {
			check_errorf(c, check_start_pos(e), "missing key in map literal");
			ok = false;
			continue;
		}
		elem_value(c, e->a, u->key, "map literal");
		elem_value(c, e->b, u->elem, "map literal");
		Node *k = e->a;
		if (k->mode == MODE_CONST && k->cv) {
			for (int j = 0; j < seen.len; j++) {
				Node *p = seen.items[j];
				if (const_kind(p->cv) == const_kind(k->cv) &&
				    ty_identical(p->type, k->type) &&
				    const_compare(p->cv, k->cv) == 0) {
					check_errorf(c, check_start_pos(k), "duplicate key %s in map literal",
						     const_repr(c->arena, k->cv));
					ok = false;
					break;
				}
			}
			ptrvec_push(c->arena, &seen, k);
		}
	}
	return ok;
}

void check_composite(Checker *c, Node *n, Type *hint)
{
	Type *t = hint;
	if (n->a) {
		if (n->a->kind == N_ARRAYTYPE)
			t = check_array_type(c, n->a, true);
		else
			t = check_type_expr(c, n->a);
	} else if (!hint) {
		check_errorf(c, n->pos, "invalid composite literal type: missing type");
		invalid(n);
		return;
	}
	if (!t) {
		for (int i = 0; i < n->list.len; i++) {
			Node *e = NODE_AT(n->list, i);
			if (e->kind != N_KEYVALUE && !(e->kind == N_COMPOSITE && !e->a))
				check_expr(c, e);
		}
		invalid(n);
		return;
	}
	Type *base = t;
	bool addr = false;
	if (!n->a && ty_under(t)->kind == T_POINTER) {
		/* []*T{{...}}: the elided &T */
		base = ty_under(t)->elem;
		addr = true;
	}
	Type *u = ty_under(base);
	n->mode = MODE_VALUE;
	n->type = base;
	switch (u->kind) {
	case T_STRUCT:
		struct_lit(c, n, base, u);
		break;
	case T_ARRAY: {
		int64_t need = indexed_lit(c, n, u->elem, u->len);
		if (need < 0) {
			invalid(n);
			return;
		}
		if (u->len < 0) /* [...]T */
			n->type = base = check_new_array(c, u->elem, need);
		break;
	}
	case T_SLICE:
		if (indexed_lit(c, n, u->elem, -1) < 0) {
			invalid(n);
			return;
		}
		break;
	case T_MAP:
		if (!map_lit(c, n, u)) {
			invalid(n);
			return;
		}
		break;
	case T_INVALID:
		invalid(n); /* already reported */
		return;
	default:
		check_errorf(c, n->pos, "invalid composite literal type %s", check_tstr(c, t));
		invalid(n);
		return;
	}
	if (n->mode != MODE_INVALID && addr) {
		/* the elided &: an ADDRESS node around the literal */
		Node *lit = ast_new(c->arena, N_COMPOSITE, n->pos);
		*lit = *n;
		memset(n, 0, sizeof *n);
		n->kind = N_UNARY;
		n->op = TK_AND;
		n->pos = lit->pos;
		n->a = lit;
		n->mode = MODE_VALUE;
		n->type = t;
	}
}
