/* ast.c: node allocation, kind names and a readable tree dump.
 *
 * The dump is for humans and for the parser's tests: one node per line,
 * indented by depth, with the kind, the operator, the name or literal and
 * the position; each child slot is labelled (a: b: c: d:) and each list
 * (list: list2: list3:) so that a test can tell which slot a subtree is in.
 */
#include "ast.h"

#include <stdlib.h>

#include <stdio.h>
#include <string.h>

#include "grammar.h"

static const char *const kind_names[] = {
#define X(k) #k,
	NODE_KINDS(X)
#undef X
};

Node *ast_new(Arena *arena, NodeKind kind, Pos pos)
{
	Node *n = arena_alloc(arena, sizeof *n);
	n->kind = kind;
	n->pos = pos;
	return n;
}

/* The copy keeps what the parser wrote and none of the checker's notes;
 * depth is bounded by the parser's AST_MAX_DEPTH. */
static void clone_list(Arena *arena, NodeList *to, const NodeList *from)
{
	memset(to, 0, sizeof *to);
	for (int i = 0; i < from->len; i++)
		ptrvec_push(arena, to, ast_clone(arena, NODE_AT(*from, i)));
}

Node *ast_clone(Arena *arena, const Node *n)
{
	if (!n)
		return NULL;
	Node *c = ast_new(arena, n->kind, n->pos);
	c->op = n->op;
	c->pos2 = n->pos2;
	c->name = n->name;
	c->lit = n->lit;
	c->litlen = n->litlen;
	c->iota = n->iota;
	c->ellipsis = n->ellipsis;
	c->slice3 = n->slice3;
	c->is_default = n->is_default;
	c->alias = n->alias;
	c->embedded = n->embedded;
	c->implicit = n->implicit;
	c->a = ast_clone(arena, n->a);
	c->b = ast_clone(arena, n->b);
	c->c = ast_clone(arena, n->c);
	c->d = ast_clone(arena, n->d);
	clone_list(arena, &c->list, &n->list);
	clone_list(arena, &c->list2, &n->list2);
	/* a FUNCLIT's list3 is the checker's (its captures) */
	if (n->kind != N_FUNCLIT)
		clone_list(arena, &c->list3, &n->list3);
	return c;
}

const char *ast_kind_name(NodeKind kind)
{
	if ((unsigned)kind >= N__COUNT)
		return "?";
	return kind_names[kind];
}

const char *ast_op_text(int op)
{
	switch (op) {
	case TK_ADD: return "+";
	case TK_SUB: return "-";
	case TK_MUL: return "*";
	case TK_QUO: return "/";
	case TK_REM: return "%";
	case TK_AND: return "&";
	case TK_OR: return "|";
	case TK_XOR: return "^";
	case TK_SHL: return "<<";
	case TK_SHR: return ">>";
	case TK_AND_NOT: return "&^";
	case TK_LAND: return "&&";
	case TK_LOR: return "||";
	case TK_ARROW: return "<-";
	case TK_INC: return "++";
	case TK_DEC: return "--";
	case TK_EQL: return "==";
	case TK_NEQ: return "!=";
	case TK_LSS: return "<";
	case TK_LEQ: return "<=";
	case TK_GTR: return ">";
	case TK_GEQ: return ">=";
	case TK_NOT: return "!";
	case TK_TILDE: return "~";
	case TK_ASSIGN: return "=";
	case TK_DEFINE: return ":=";
	case TK_INT: return "INT";
	case TK_FLOAT: return "FLOAT";
	case TK_IMAG: return "IMAG";
	case TK_CHAR: return "CHAR";
	case TK_STRING: return "STRING";
	case TK_BREAK: return "break";
	case TK_CONTINUE: return "continue";
	case TK_GOTO: return "goto";
	case TK_FALLTHROUGH: return "fallthrough";
	case TK_IMPORT: return "import";
	case TK_CONST: return "const";
	case TK_TYPE: return "type";
	case TK_VAR: return "var";
	default: return NULL;
	}
}

typedef struct Out {
	void (*write)(void *ctx, const char *s);
	void *ctx;
} Out;

static void put(Out *o, const char *s)
{
	o->write(o->ctx, s);
}

static void indent(Out *o, int n)
{
	for (int i = 0; i < n; i++)
		put(o, "  ");
}

static void header(Out *o, const Node *n)
{
	char buf[512];
	int len = snprintf(buf, sizeof buf, "%s", ast_kind_name(n->kind));
	const char *op = ast_op_text(n->op);
	if (n->kind == N_CHANTYPE)
		op = n->op == 1 ? "chan<-" : n->op == 2 ? "<-chan" : "chan";
	if (op && n->kind != N_BASICLIT)
		len += snprintf(buf + len, sizeof buf - len, " %s", op);
	if (n->name)
		len += snprintf(buf + len, sizeof buf - len, " %s", n->name);
	if (n->lit)
		len += snprintf(buf + len, sizeof buf - len, " %s %.*s",
				op ? op : "", n->litlen > 300 ? 300 : n->litlen,
				n->lit);
	len += snprintf(buf + len, sizeof buf - len, " @%d:%d", n->pos.line,
			n->pos.col);
	if (n->pos2.line)
		len += snprintf(buf + len, sizeof buf - len, "-%d:%d",
				n->pos2.line, n->pos2.col);
	if (n->ellipsis)
		len += snprintf(buf + len, sizeof buf - len, " ...");
	if (n->slice3)
		len += snprintf(buf + len, sizeof buf - len, " slice3");
	if (n->is_default)
		len += snprintf(buf + len, sizeof buf - len, " default");
	if (n->alias)
		len += snprintf(buf + len, sizeof buf - len, " alias");
	if (n->embedded)
		len += snprintf(buf + len, sizeof buf - len, " embedded");
	if (n->kind == N_VALUESPEC)
		len += snprintf(buf + len, sizeof buf - len, " iota=%d", n->iota);
	snprintf(buf + len, sizeof buf - len, "\n");
	put(o, buf);
}

static void dump(Out *o, const Node *n, int depth);

static void slot(Out *o, const char *label, const Node *n, int depth)
{
	if (!n)
		return;
	indent(o, depth);
	put(o, label);
	put(o, "\n");
	dump(o, n, depth + 1);
}

static void list(Out *o, const char *label, const NodeList *l, int depth)
{
	if (l->len == 0)
		return;
	indent(o, depth);
	put(o, label);
	put(o, "\n");
	for (int i = 0; i < l->len; i++)
		dump(o, NODE_AT(*l, i), depth + 1);
}

static void dump(Out *o, const Node *n, int depth)
{
	indent(o, depth);
	if (!n) {
		put(o, "nil\n");
		return;
	}
	header(o, n);
	slot(o, "a:", n->a, depth + 1);
	slot(o, "b:", n->b, depth + 1);
	slot(o, "c:", n->c, depth + 1);
	slot(o, "d:", n->d, depth + 1);
	/* FILE's list2 repeats the import specs of its GENDECLs. */
	list(o, "list:", &n->list, depth + 1);
	if (n->kind != N_FILE)
		list(o, "list2:", &n->list2, depth + 1);
	list(o, "list3:", &n->list3, depth + 1);
}

void ast_dump(const Node *n, int indent_level,
	      void (*write)(void *ctx, const char *s), void *ctx)
{
	Out o = {write, ctx};
	dump(&o, n, indent_level);
}

/* A depth-first walk with an explicit stack of (node, depth) pairs. */
Node *ast_too_deep(Mem *mem, Node *root, int limit)
{
	typedef struct { Node *n; int depth; } Item;
	size_t cap = 256, len = 0;
	Item *stack = mem_realloc(mem, NULL, cap * sizeof *stack);
	Node *found = NULL;
	if (!stack)
		return NULL; /* only a non-jumping Mem returns */
	stack[len++] = (Item){root, 1};
	while (len > 0 && !found) {
		Item it = stack[--len];
		if (!it.n)
			continue;
		if (it.depth > limit) {
			found = it.n;
			break;
		}
		Node *n = it.n;
		size_t need = 4 + (size_t)n->list.len + (size_t)n->list2.len +
			      (size_t)n->list3.len;
		if (len + need > cap) {
			while (len + need > cap)
				cap *= 2;
			Item *bigger = mem_realloc(mem, stack, cap * sizeof *stack);
			if (!bigger)
				break;
			stack = bigger;
		}
		Node *kids[4] = {n->a, n->b, n->c, n->d};
		for (int i = 0; i < 4; i++)
			stack[len++] = (Item){kids[i], it.depth + 1};
		const NodeList *lists[3] = {&n->list, &n->list2, &n->list3};
		for (int l = 0; l < 3; l++)
			for (int i = 0; i < lists[l]->len; i++)
				stack[len++] = (Item){NODE_AT(*lists[l], i), it.depth + 1};
	}
	mem_free(mem, stack);
	return found;
}
