/* parse_dump: parse Go files and print the tree (ast_dump) or the errors.
 *
 * Usage: parse_dump [-q] file.go...   (-q: print only errors)
 * Exit status 1 if any file had a syntax error.  Used by the parser's
 * tests and for debugging the grammar.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"
#include "names.h"
#include "parse.h"

static void write_stdout(void *ctx, const char *s)
{
	fputs(s, (FILE *)ctx);
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	size_t got;
	while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap)
			buf = realloc(buf, cap *= 2);
	}
	fclose(f);
	*len = n;
	return buf;
}

/* The errors as cmd/compile prints them, on stdout. */
static void print_diag(Diag *diag)
{
	StrBuf out = {0};
	diag_print(diag, &out);
	fwrite(out.data, 1, out.len, stdout);
	sb_free(&out);
}

static int parse_one(const char *path, bool quiet)
{
	size_t len;
	char *src = read_file(path, &len);
	if (!src) {
		fprintf(stderr, "parse_dump: cannot read %s\n", path);
		return 1;
	}
	Arena arena;
	Names names;
	Diag diag;
	arena_init(&arena, NULL);
	names_init(&names, &arena);
	diag_init(&diag, path, NULL);
	Node *file = parse_file(&arena, &names, &diag, 0, src, len);
	int bad = diag.syntax_error || diag_count(&diag) > 0;
	if (bad)
		print_diag(&diag);
	else if (!quiet)
		ast_dump(file, 0, write_stdout, stdout);
	diag_free(&diag);
	names_free(&names);
	arena_free(&arena);
	free(src);
	return bad;
}

int main(int argc, char **argv)
{
	bool quiet = false;
	int status = 0;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "-q") == 0) {
			quiet = true;
			continue;
		}
		status |= parse_one(argv[i], quiet);
	}
	return status;
}
