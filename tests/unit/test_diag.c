/* test_diag.c: one Diag, several files.
 *
 * A position carries its file as an index into the Diag's table of names,
 * so a program of several files (or packages written in Go, or REPL
 * inputs) reports each error as `its-file.go:L:C`.  Today a compile has one
 * file, so the golden tests cannot see this; here errors are recorded in
 * two files, some by hand and some by the lexer and parser (parse_file with
 * a file index), out of order, and the printed text must be sorted by file
 * (in the order added), line and column, each line naming its own file,
 * with Go's dropping of repeats applied per file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "diag.h"
#include "names.h"
#include "parse.h"

static int failures;

static void expect(const char *what, const char *got, const char *want)
{
	if (strcmp(got, want) == 0)
		return;
	printf("%s:\n--- got\n%s--- want\n%s", what, got, want);
	failures++;
}

/* diag_print's output as a string (static buffer). */
static const char *printed(Diag *d)
{
	static char buf[4096];
	StrBuf out = {0};
	diag_print(d, &out);
	size_t n = out.len < sizeof buf - 1 ? out.len : sizeof buf - 1;
	memcpy(buf, out.data, n);
	buf[n] = '\0';
	sb_free(&out);
	return buf;
}

static void by_hand(void)
{
	Diag d;
	diag_init(&d, "main.go", NULL);
	int other = diag_add_file(&d, "util.go");
	diag_error(&d, (Pos){7, 2, other}, "undefined: y");
	diag_error(&d, (Pos){3, 5, 0}, "undefined: x");
	diag_error(&d, (Pos){1, 1, other}, "first in util");
	/* the same line and message as an earlier error, in another file:
	 * not a repeat */
	diag_error(&d, (Pos){3, 9, other}, "undefined: x");
	diag_error(&d, (Pos){3, 9, 0}, "undefined: x"); /* a repeat */
	expect("two files", printed(&d),
	       "main.go:3:5: undefined: x\n"
	       "util.go:1:1: first in util\n"
	       "util.go:3:9: undefined: x\n"
	       "util.go:7:2: undefined: y\n");
	expect("file names", diag_file_name(&d, 1), "util.go");
	diag_free(&d);
}

static void parsed(void)
{
	Arena arena;
	Names names;
	Diag d;
	arena_init(&arena, NULL);
	names_init(&names, &arena);
	diag_init(&d, "a.go", NULL);
	int b = diag_add_file(&d, "b.go");
	const char *srcb = "package main\n\nvar x = 1 @ 2\n";
	const char *srca = "package main\n\nfunc main() {\n\ts := \"\xc0\"\n}\n";
	parse_file(&arena, &names, &d, b, srcb, strlen(srcb));
	parse_file(&arena, &names, &d, 0, srca, strlen(srca));
	expect("parsed files", printed(&d),
	       "a.go:4:8: invalid UTF-8 encoding\n"
	       "b.go:3:11: invalid character U+0040 '@'\n"
	       "b.go:3:13: syntax error: unexpected literal 2 after top level declaration\n");
	diag_free(&d);
	names_free(&names);
	arena_free(&arena);
}

int main(void)
{
	by_hand();
	parsed();
	if (failures)
		return 1;
	printf("ok\n");
	return 0;
}
