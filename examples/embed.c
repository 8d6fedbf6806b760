/* embed.c: a C host embedding gvm through include/gvm.h alone.
 *
 * It runs a Go program in a VM whose memory is capped (the allocator
 * refuses to go past a limit) and whose output is captured (the write
 * function collects what the program prints).  A script that exceeds the
 * cap ends with Go's `fatal error: runtime: out of memory`, status 2; the
 * host carries on.
 *
 *   build/embed_example            run the demo (exit 0 if all went as expected)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gvm.h"

/* An allocator with a ceiling: each block carries its size in front. */
typedef struct Budget {
	size_t used, limit;
} Budget;

static void *capped_realloc(void *ud, void *ptr, size_t size)
{
	Budget *b = ud;
	size_t old = 0;
	char *p = ptr ? (char *)ptr - 16 : NULL;
	if (p)
		memcpy(&old, p, sizeof old);
	if (size == 0) {
		b->used -= old;
		free(p);
		return NULL;
	}
	if (b->used - old + size > b->limit)
		return NULL;
	char *q = realloc(p, size + 16);
	if (!q)
		return NULL;
	b->used = b->used - old + size;
	memcpy(q, &size, sizeof size);
	return q + 16;
}

/* Output captured into a buffer. */
typedef struct Capture {
	char text[4096];
	size_t len;
} Capture;

static void capture_write(void *ud, int stream, const char *p, size_t n)
{
	Capture *c = ud;
	(void)stream;
	if (n > sizeof c->text - 1 - c->len)
		n = sizeof c->text - 1 - c->len;
	memcpy(c->text + c->len, p, n);
	c->len += n;
	c->text[c->len] = '\0';
}

static int run(const char *name, const char *src, size_t limit, Capture *out)
{
	Budget budget = {0, limit};
	gvm_config cfg = {capped_realloc, &budget, capture_write, out};
	gvm_vm *vm = gvm_new_with(&cfg);
	if (!vm)
		return -1;
	char *argv[] = {(char *)name};
	int status = gvm_run_source(vm, name, src, strlen(src), 1, argv);
	gvm_free(vm);
	if (budget.used != 0)
		printf("%s: %zu bytes not freed\n", name, budget.used);
	return status;
}

static const char greet[] =
	"package main\n"
	"\n"
	"import \"fmt\"\n"
	"\n"
	"func main() {\n"
	"\tfor i := 1; i <= 3; i++ {\n"
	"\t\tfmt.Println(\"hello from Go\", i)\n"
	"\t}\n"
	"}\n";

/* Builds a longer and longer string: it must hit the host's cap. */
static const char hungry[] =
	"package main\n"
	"\n"
	"func main() {\n"
	"\ts := \"x\"\n"
	"\tfor i := 0; i < 40; i++ {\n"
	"\t\ts = s + s\n"
	"\t}\n"
	"\tprintln(len(s))\n"
	"}\n";

int main(void)
{
	Capture a = {{0}, 0}, b = {{0}, 0};
	int ok = 1;
	int st = run("greet.go", greet, 1 << 20, &a);
	printf("greet.go: status %d, output:\n%s", st, a.text);
	ok &= st == 0 && strcmp(a.text, "hello from Go 1\nhello from Go 2\nhello from Go 3\n") == 0;
	st = run("hungry.go", hungry, 8 << 20, &b);
	printf("hungry.go (8 MiB cap): status %d, output:\n%s", st, b.text);
	ok &= st == 2 && strstr(b.text, "fatal error: runtime: out of memory") != NULL;
	printf(ok ? "the host is fine\n" : "unexpected results\n");
	return ok ? 0 : 1;
}
