/* check_labels.c: labels, break/continue/goto/fallthrough placement.
 *
 * cmd/compile checks branches in its parser (syntax/branches.go), not in
 * types2 (which it runs with IgnoreBranchErrors), so the messages here are
 * the syntax package's; unlike real syntax errors they do not stop type
 * checking.  The algorithm is the same: walk each function body block
 * by block, remembering for each block its parent, where it starts and the
 * labeled statement it is the body of.  Labels are function-wide.  A goto
 * to a label not yet seen is "forward": it is resolved when the label is
 * declared in the same block (an error if a variable was declared between
 * them), or passed up to the enclosing block; one still unresolved at the
 * end either jumps into a block or names no label.
 */
#include "check_internal.h"

#include <string.h>

typedef struct Block {
	struct Block *parent;
	Pos start;
	Node *lstmt;       /* the LABELED statement this block is the body of */
} Block;

typedef struct Label {
	Node *lstmt;
	Block *parent;
	bool used;
} Label;

typedef struct Targets {
	Node *breaks;      /* innermost for/switch/select */
	Node *continues;   /* innermost for */
	int case_index;    /* index of the case clause whose body this is, or -1 */
} Targets;

typedef struct LabelScope {
	Checker *c;
	PtrVec labels;     /* Label* */
} LabelScope;

static Label *find_label(LabelScope *ls, const char *name)
{
	for (int i = 0; i < ls->labels.len; i++) {
		Label *l = ls->labels.items[i];
		if (l->lstmt->name == name)
			return l;
	}
	return NULL;
}

/* Where Go reports a branch's label: the label itself (the parser records
 * it in pos2). */
static Pos label_pos(Node *s)
{
	return s->pos2;
}

static Label *declare_label(LabelScope *ls, Block *b, Node *s)
{
	Checker *c = ls->c;
	Label *alt = find_label(ls, s->name);
	if (alt) {
		check_errorf(c, s->pos, "label %s already defined at %s", s->name,
		       check_fmtpos(c, alt->lstmt->pos));
		return alt;
	}
	Label *l = arena_alloc(c->arena, sizeof *l);
	l->lstmt = s;
	l->parent = b;
	s->obj = check_obj_new(c, OBJ_LABEL, s->name, NULL, s->pos);
	s->obj->decl = s;
	ptrvec_push(c->arena, &ls->labels, l);
	return l;
}

/* The labeled statement named `name` enclosing block b, if any. */
static Node *enclosing_target(LabelScope *ls, Block *b, const char *name)
{
	Label *l = find_label(ls, name);
	if (!l)
		return NULL;
	l->used = true;
	for (; b; b = b->parent)
		if (l->lstmt == b->lstmt)
			return l->lstmt;
	return NULL;
}

/* A label already declared in b or an enclosing block. */
static Node *goto_target(LabelScope *ls, Block *b, const char *name)
{
	Label *l = find_label(ls, name);
	if (!l)
		return NULL;
	for (; b; b = b->parent)
		if (l->parent == b) {
			l->used = true;
			return l->lstmt;
		}
	return NULL;
}

typedef struct BlockState {
	LabelScope *ls;
	Block *b;
	Targets ctxt;
	PtrVec fwd, bad;   /* forward gotos; those that jumped over varpos */
	Pos varpos;
	Node *vardecl;     /* the VALUESPEC or `:=` ASSIGN at varpos */
} BlockState;

static void block_branches(LabelScope *ls, Block *parent, Targets ctxt,
			   Node *lstmt, Pos start, NodeList *body, PtrVec *out);

static void inner_block(BlockState *st, Targets t, Node *lstmt, Pos start,
			NodeList *body)
{
	block_branches(st->ls, st->b, t, lstmt, start, body, &st->fwd);
}

/* The names a declaration declares, as syntax.checkBranches spells them:
 * the first name of a var spec, every name left of a `:=`.  Built only
 * when an error needs it. */
static const char *declared_names(Checker *c, Node *decl)
{
	if (decl->kind == N_VALUESPEC)
		return NODE_AT(decl->list, 0)->name;
	size_t len = 0;
	for (int i = 0; i < decl->list.len; i++)
		len += strlen(check_expr_str(c, NODE_AT(decl->list, i))) + 2;
	char *names = arena_alloc(c->arena, len + 1), *p = names;
	for (int i = 0; i < decl->list.len; i++) {
		const char *name = check_expr_str(c, NODE_AT(decl->list, i));
		p += sprintf(p, "%s%s", i ? ", " : "", name);
	}
	return names;
}

static void record_var(BlockState *st, Pos pos, Node *decl)
{
	st->varpos = pos;
	st->vardecl = decl;
	st->bad.len = 0;
	for (int i = 0; i < st->fwd.len; i++)
		ptrvec_push(st->ls->c->arena, &st->bad, st->fwd.items[i]);
}

static bool jumps_over_var(BlockState *st, Node *g)
{
	if (!st->varpos.line)
		return false;
	for (int i = 0; i < st->bad.len; i++)
		if (st->bad.items[i] == g)
			return true;
	return false;
}

static void resolve_forward(BlockState *st, Label *l)
{
	Checker *c = st->ls->c;
	int k = 0;
	for (int i = 0; i < st->fwd.len; i++) {
		Node *g = st->fwd.items[i];
		if (g->name != l->lstmt->name) {
			st->fwd.items[k++] = g;
			continue;
		}
		g->obj = l->lstmt->obj;
		l->used = true;
		if (jumps_over_var(st, g))
			check_errorf(c, label_pos(g), "goto %s jumps over declaration of %s at %s",
			       g->name, declared_names(c, st->vardecl),
			       check_fmtpos(c, st->varpos));
	}
	st->fwd.len = k;
}

static void fallthrough_check(BlockState *st, Node *s, int index, int n)
{
	const char *msg = "fallthrough statement out of place";
	Node *t = st->ctxt.breaks;
	if (t && (t->kind == N_SWITCH || t->kind == N_TYPESWITCH)) {
		if (t->kind == N_TYPESWITCH)
			msg = "cannot fallthrough in type switch";
		else if (st->ctxt.case_index < 0 || index + 1 < n)
			; /* nested in a block or not last: out of place */
		else if (st->ctxt.case_index + 1 == t->list.len)
			msg = "cannot fallthrough final case in switch";
		else
			return;
	}
	check_errorf(st->ls->c, s->pos, "%s", msg);
}

static void labeled_branch(BlockState *st, Node *s)
{
	Checker *c = st->ls->c;
	Node *t;
	switch (s->op) {
	case TK_BREAK:
		t = enclosing_target(st->ls, st->b, s->name);
		if (!t) {
			check_errorf(c, label_pos(s), "break label not defined: %s", s->name);
		} else if (t->a->kind != N_FOR && t->a->kind != N_RANGE &&
			   t->a->kind != N_SWITCH && t->a->kind != N_TYPESWITCH &&
			   t->a->kind != N_SELECT) {
			check_errorf(c, label_pos(s), "invalid break label %s", s->name);
		} else {
			s->obj = t->obj;
		}
		break;
	case TK_CONTINUE:
		t = enclosing_target(st->ls, st->b, s->name);
		if (!t)
			check_errorf(c, label_pos(s), "continue label not defined: %s", s->name);
		else if (t->a->kind != N_FOR && t->a->kind != N_RANGE)
			check_errorf(c, label_pos(s), "invalid continue label %s", s->name);
		else
			s->obj = t->obj;
		break;
	case TK_GOTO:
		t = goto_target(st->ls, st->b, s->name);
		if (t)
			s->obj = t->obj;
		else
			ptrvec_push(c->arena, &st->fwd, s);
		break;
	default:
		break;
	}
}

static void branch(BlockState *st, Node *s, int index, int n)
{
	Checker *c = st->ls->c;
	if (s->name) {
		labeled_branch(st, s);
		return;
	}
	switch (s->op) {
	case TK_BREAK:
		if (!st->ctxt.breaks)
			check_errorf(c, s->pos, "break is not in a loop, switch, or select");
		break;
	case TK_CONTINUE:
		if (!st->ctxt.continues)
			check_errorf(c, s->pos, "continue is not in a loop");
		break;
	case TK_FALLTHROUGH:
		fallthrough_check(st, s, index, n);
		break;
	default:
		break;
	}
}

static void one_stmt(BlockState *st, Node *s, int index, int n)
{
	Node *lstmt = NULL;
	Targets in = {st->ctxt.breaks, st->ctxt.continues, -1};
	for (;;) {
		if (s->kind != N_LABELED)
			break;
		if (s->name != st->ls->c->n_blank) {
			Label *l = declare_label(st->ls, st->b, s);
			resolve_forward(st, l);
			lstmt = s;
		}
		s = s->a;
	}
	switch (s->kind) {
	case N_DECLSTMT:
		if (s->a->op == TK_VAR && s->a->list.len) {
			/* the first spec will do, as in syntax.checkBranches */
			Node *spec = NODE_AT(s->a->list, 0);
			record_var(st, spec->pos, spec);
		}
		break;
	case N_ASSIGN:
		if (s->op == TK_DEFINE)
			record_var(st, s->pos, s);
		break;
	case N_BRANCH:
		branch(st, s, index, n);
		break;
	case N_BLOCK:
		inner_block(st, in, lstmt, s->pos, &s->list);
		break;
	case N_IF:
		inner_block(st, in, lstmt, s->c->pos, &s->c->list);
		if (s->d) {
			NodeList one = {0};
			ptrvec_push(st->ls->c->arena, &one, s->d);
			inner_block(st, in, lstmt, s->d->pos, &one);
		}
		break;
	case N_FOR:
	case N_RANGE:
		inner_block(st, (Targets){s, s, -1}, lstmt, s->d->pos, &s->d->list);
		break;
	case N_SWITCH:
	case N_TYPESWITCH:
	case N_SELECT:
		for (int i = 0; i < s->list.len; i++) {
			Node *cl = NODE_AT(s->list, i);
			Targets t = {s, st->ctxt.continues, s->kind == N_SELECT ? -1 : i};
			inner_block(st, t, lstmt, cl->pos, &cl->list2);
		}
		break;
	default:
		break;
	}
}

static void block_branches(LabelScope *ls, Block *parent, Targets ctxt,
			   Node *lstmt, Pos start, NodeList *body, PtrVec *out)
{
	Checker *c = ls->c;
	BlockState st = {0};
	st.ls = ls;
	st.ctxt = ctxt;
	st.b = arena_alloc(c->arena, sizeof *st.b);
	st.b->parent = parent;
	st.b->start = start;
	st.b->lstmt = lstmt;
	for (int i = 0; i < body->len; i++)
		one_stmt(&st, NODE_AT(*body, i), i, body->len);
	for (int i = 0; i < st.fwd.len; i++)
		ptrvec_push(c->arena, out, st.fwd.items[i]);
}

void check_branches(Checker *c, Node *body)
{
	LabelScope ls = {c, {0}};
	PtrVec fwd = {0};
	block_branches(&ls, NULL, (Targets){NULL, NULL, -1}, NULL, body->pos,
		       &body->list, &fwd);
	for (int i = 0; i < fwd.len; i++) {
		Node *g = fwd.items[i];
		Label *l = find_label(&ls, g->name);
		if (l) {
			l->used = true;
			check_errorf(c, label_pos(g), "goto %s jumps into block starting at %s",
			       g->name, check_fmtpos(c, l->parent->start));
		} else {
			check_errorf(c, label_pos(g), "label %s not defined", g->name);
		}
	}
	for (int i = 0; i < ls.labels.len; i++) {
		Label *l = ls.labels.items[i];
		if (!l->used)
			check_errorf(c, l->lstmt->pos, "label %s defined and not used", l->lstmt->name);
	}
}
