/* check_dump.c: parse and type-check one Go file, then print either the
 * errors (exactly as gvm reports them, exit 1) or a summary of what the
 * checker computed: package-level objects with their types, the
 * initialisation order, and with -v every expression's mode, type and
 * constant value.  Used to test the checker in isolation from codegen.
 *
 *   check_dump [-v] file.go
 *
 * It needs only the front end: build it from the lang/ sources (lexer.c and
 * grammar.c generated as meson does), e.g.
 *   cc -std=gnu11 -Ibuild -Ilang tests/unit/check_dump.c lang/{arena,diag,
 *      names,ast,parse,types,constant,universe,check,check_expr,check_stmt,
 *      check_decl,check_labels}.c build/grammar.c build/lexer.c -lm
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "constant.h"
#include "parse.h"

static const char *mode_name(ExprMode m)
{
	static const char *const names[] = {
		"invalid", "novalue", "value", "variable", "const", "type",
		"builtin", "commaok",
	};
	return names[m];
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	if (fread(buf, 1, (size_t)n, f) != (size_t)n) {
		fclose(f);
		free(buf);
		return NULL;
	}
	buf[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return buf;
}

static void dump_list(Arena *a, NodeList *l, int depth);

/* Print the annotation of every expression below n. */
static void dump_node(Arena *a, Node *n, int depth)
{
	if (!n)
		return;
	if (n->mode != MODE_INVALID || n->kind == N_CONV) {
		printf("%*s%d:%d %s %s %s", depth * 2, "", n->pos.line, n->pos.col,
		       ast_kind_name(n->kind), mode_name(n->mode),
		       n->type ? ty_string(a, n->type) : "-");
		if (n->kind == N_CONV && n->implicit)
			printf(" implicit");
		if (n->mode == MODE_CONST && n->cv)
			printf(" = %s", const_repr(a, n->cv));
		printf("\n");
		if (n->mode == MODE_CONST)
			return;
		depth++;
	}
	dump_node(a, n->a, depth);
	dump_node(a, n->b, depth);
	dump_node(a, n->c, depth);
	dump_node(a, n->d, depth);
	dump_list(a, &n->list, depth);
	dump_list(a, &n->list2, depth);
}

static void dump_list(Arena *a, NodeList *l, int depth)
{
	for (int i = 0; i < l->len; i++)
		dump_node(a, NODE_AT(*l, i), depth);
}

/* The errors as cmd/compile prints them, on stdout. */
static void print_diag(Diag *diag)
{
	StrBuf out = {0};
	diag_print(diag, &out);
	fwrite(out.data, 1, out.len, stdout);
	sb_free(&out);
}

static void summary(Arena *a, Program *p, bool verbose)
{
	for (int i = 0; i < p->globals.len; i++) {
		Obj *o = p->globals.items[i];
		printf("var %s %s\n", o->name, ty_string(a, o->type));
	}
	for (int i = 0; i < p->funcs.len; i++) {
		Obj *o = p->funcs.items[i];
		printf("func %s %s\n", o->name, ty_string(a, o->type));
	}
	for (int i = 0; i < p->init_order.len; i++) {
		GlobalInit *g = p->init_order.items[i];
		printf("init");
		for (int j = 0; j < g->nlhs; j++)
			printf(" %s", g->lhs[j] ? g->lhs[j]->name : "_");
		printf("\n");
	}
	printf("inits %d main %s\n", p->inits.len, p->main_func ? "yes" : "no");
	if (verbose)
		dump_node(a, p->file, 0);
}

int main(int argc, char **argv)
{
	bool verbose = argc > 2 && strcmp(argv[1], "-v") == 0;
	const char *path = argv[argc - 1];
	if (argc < 2) {
		fprintf(stderr, "usage: check_dump [-v] file.go\n");
		return 2;
	}
	size_t len;
	char *src = read_file(path, &len);
	if (!src) {
		perror(path);
		return 2;
	}
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	Arena arena;
	Names names;
	Diag diag;
	arena_init(&arena, NULL);
	names_init(&names, &arena);
	diag_init(&diag, base, NULL);
	Node *file = parse_file(&arena, &names, &diag, 0, src, len);
	int rc = 0;
	if (diag.syntax_error || diag_count(&diag)) {
		print_diag(&diag);
		rc = 1;
	} else {
		Program prog;
		if (!check_program(&arena, &names, &diag, file, &prog)) {
			print_diag(&diag);
			rc = 1;
		} else {
			summary(&arena, &prog, verbose);
		}
	}
	diag_free(&diag);
	names_free(&names);
	arena_free(&arena);
	free(src);
	return rc;
}
