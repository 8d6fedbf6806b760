/* test_oom.c: running out of memory anywhere is Go's fatal error, never a
 * crash or a leak.
 *
 * A small real program (fmt.Println, string concatenation, Sprintf,
 * functions, globals) is compiled and run through the public API with an
 * allocator that fails.  First a counting run finds how many allocations
 * the whole life of a VM makes (gvm_new_with to gvm_free); then, for every
 * N from 0 to a little past that total, one run where every allocation after the first
 * N fails, and one where only allocation N fails.  Each run must end with
 * status 2 and `fatal error: runtime: out of memory` on stream 2, or (if
 * the failure came late enough, or was survivable) with the normal output
 * and status 0; and after gvm_free every block must have been freed.
 *
 * The allocator keeps a size header on each block, so it counts live
 * blocks and live bytes.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gvm.h"

static const char program[] =
	"package main\n"
	"\n"
	"import \"fmt\"\n"
	"\n"
	"var greeting = \"hello\"\n"
	"var count int\n"
	"\n"
	"func add(a, b int) int { return a + b }\n"
	"\n"
	"func label(n int) string {\n"
	"\treturn fmt.Sprintf(\"n=%d %s\", n, greeting)\n"
	"}\n"
	"\n"
	"func main() {\n"
	"\ts := greeting + \", \" + \"world\"\n"
	"\tfor i := 0; i < 3; i++ {\n"
	"\t\tcount = add(count, i)\n"
	"\t\ts = s + \"!\"\n"
	"\t}\n"
	"\tfmt.Println(s, count, label(count), 2.5)\n"
	"\tfmt.Println(fmt.Sprint(3.5, true), string(rune(65+count)))\n"
	"\tprintln(\"done\", count)\n"
	"}\n";

static const char want_out[] = "hello, world!!! 3 n=3 hello 2.5\n3.5 true D\n";
static const char want_err[] = "done 3\n";
static const char oom_text[] = "fatal error: runtime: out of memory\n";

typedef struct Header {
	size_t size;
	size_t pad; /* keeps blocks 16-byte aligned */
} Header;

typedef struct Alloc {
	long calls;        /* allocations and growths asked for */
	long fail_from;    /* calls numbered >= this fail (-1: none) */
	long fail_only;    /* only this call fails (-1: none) */
	long refused;      /* calls that did fail */
	long live_blocks;
	long live_bytes;
} Alloc;

static void *test_realloc(void *ud, void *ptr, size_t size)
{
	Alloc *a = ud;
	Header *h = ptr ? (Header *)ptr - 1 : NULL;
	if (size == 0) {
		if (h) {
			a->live_blocks--;
			a->live_bytes -= (long)h->size;
			free(h);
		}
		return NULL;
	}
	long n = a->calls++;
	if ((a->fail_from >= 0 && n >= a->fail_from) || n == a->fail_only) {
		a->refused++;
		return NULL;
	}
	size_t old = h ? h->size : 0;
	Header *nh = realloc(h, sizeof *nh + size);
	if (!nh)
		return NULL;
	if (!h)
		a->live_blocks++;
	a->live_bytes += (long)size - (long)old;
	nh->size = size;
	return nh + 1;
}

typedef struct Capture {
	char out[4096], err[4096];
	size_t nout, nerr;
} Capture;

static void test_write(void *ud, int stream, const char *p, size_t n)
{
	Capture *c = ud;
	char *buf = stream == 1 ? c->out : c->err;
	size_t *len = stream == 1 ? &c->nout : &c->nerr;
	if (n > sizeof c->out - 1 - *len)
		n = sizeof c->out - 1 - *len;
	memcpy(buf + *len, p, n);
	*len += n;
	buf[*len] = '\0';
}

typedef enum { RAN_OK, RAN_OOM, RAN_NO_VM } Outcome;

static int failures;

/* One VM's life with the allocator set up as a describes. */
static Outcome run(Alloc *a, const char *what, long n)
{
	static Capture cap;
	memset(&cap, 0, sizeof cap);
	gvm_config cfg = {test_realloc, a, test_write, &cap};
	gvm_vm *vm = gvm_new_with(&cfg);
	Outcome result = RAN_NO_VM;
	if (vm) {
		char *argv[] = {"oom"};
		int st = gvm_run_source(vm, "oom.go", program, sizeof program - 1,
					1, argv);
		gvm_free(vm);
		if (st == 0 && strcmp(cap.out, want_out) == 0 &&
		    strcmp(cap.err, want_err) == 0) {
			result = RAN_OK;
		} else if (st == 2 && strstr(cap.err, oom_text)) {
			result = RAN_OOM;
		} else {
			fprintf(stderr, "%s %ld: status %d\nstdout:\n%s\nstderr:\n%s\n",
				what, n, st, cap.out, cap.err);
			failures++;
		}
	}
	if (a->live_blocks != 0 || a->live_bytes != 0) {
		fprintf(stderr, "%s %ld: leaked %ld blocks, %ld bytes\n", what, n,
			a->live_blocks, a->live_bytes);
		failures++;
	}
	return result;
}

int main(void)
{
	Alloc a = {0, -1, -1, 0, 0, 0};
	if (run(&a, "counting", 0) != RAN_OK) {
		fprintf(stderr, "the program does not run without failures\n");
		return 1;
	}
	long total = a.calls;
	long ok = 0, oom = 0, novm = 0;
	for (long n = 0; n <= total + 4; n++) {
		for (int mode = 0; mode < 2; mode++) {
			Alloc f = {0, mode == 0 ? n : -1, mode == 1 ? n : -1, 0, 0, 0};
			Outcome o = run(&f, mode == 0 ? "fail from" : "fail only", n);
			ok += o == RAN_OK;
			oom += o == RAN_OOM;
			novm += o == RAN_NO_VM;
			/* The count varies a little from run to run: the page
			 * table allocates a node when a span lands in a new
			 * address range.  So what is checked is that a run in
			 * which allocations really failed did not end normally. */
			if (mode == 0 && f.refused > 0 && o == RAN_OK) {
				fprintf(stderr, "fail from %ld: ran normally although "
					"%ld allocations failed\n", n, f.refused);
				failures++;
			}
		}
	}
	printf("%ld allocations; %ld runs ended normally, %ld out of memory, "
	       "%ld without a VM; %d failures\n", total, ok, oom, novm, failures);
	return failures != 0;
}
