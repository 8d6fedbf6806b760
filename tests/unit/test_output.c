/* test_output.c: all of a program's output goes through the VM's write
 * function.
 *
 * With a gvm_config whose write function captures streams 1 and 2 into
 * two buffers, nothing reaches the process's own stdout or stderr: the
 * test checks the captured texts exactly for fmt.Println (stream 1),
 * println (stream 2), a panic's message and traceback (stream 2) and a
 * compile error (stream 2), and the statuses gvm_run_source returns.
 */
#include <stdio.h>
#include <string.h>

#include "gvm.h"

typedef struct Capture {
	char out[4096], err[4096];
	size_t nout, nerr;
} Capture;

static void capture(void *ud, int stream, const char *p, size_t n)
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

static int failures;

static void expect(const char *name, const char *what, const char *got,
		   const char *want)
{
	if (strcmp(got, want) != 0) {
		fprintf(stderr, "%s: %s:\n--- got\n%s\n--- want\n%s\n", name,
			what, got, want);
		failures++;
	}
}

static int run(const char *name, const char *src, Capture *c)
{
	memset(c, 0, sizeof *c);
	gvm_config cfg = {NULL, NULL, capture, c};
	gvm_vm *vm = gvm_new_with(&cfg);
	if (!vm) {
		fprintf(stderr, "%s: no VM\n", name);
		failures++;
		return -1;
	}
	char *argv[] = {"prog"};
	int st = gvm_run_source(vm, "prog.go", src, strlen(src), 1, argv);
	gvm_free(vm);
	return st;
}

static void expect_status(const char *name, int got, int want)
{
	if (got != want) {
		fprintf(stderr, "%s: status %d, want %d\n", name, got, want);
		failures++;
	}
}

int main(void)
{
	Capture c;

	int st = run("print", "package main\n"
			      "\n"
			      "import \"fmt\"\n"
			      "\n"
			      "func main() {\n"
			      "\tfmt.Println(\"to stdout\", 1, 2.5)\n"
			      "\tprintln(\"to stderr\", 3)\n"
			      "\tfmt.Printf(\"%d-%s\\n\", 4, \"x\")\n"
			      "}\n", &c);
	expect_status("print", st, 0);
	expect("print", "stdout", c.out, "to stdout 1 2.5\n4-x\n");
	expect("print", "stderr", c.err, "to stderr 3\n");

	st = run("panic", "package main\n"
			  "\n"
			  "import \"fmt\"\n"
			  "\n"
			  "func main() {\n"
			  "\tfmt.Println(\"before\")\n"
			  "\tpanic(\"boom\")\n"
			  "}\n", &c);
	expect_status("panic", st, 2);
	expect("panic", "stdout", c.out, "before\n");
	/* The traceback names the absolute path of the file: compare the
	 * lines before it. */
	const char *head = "panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t";
	char prefix[sizeof c.err];
	snprintf(prefix, sizeof prefix, "%.*s", (int)strlen(head), c.err);
	expect("panic", "stderr", prefix, head);
	const char *tail = "/prog.go:7\n";
	size_t n = strlen(c.err);
	expect("panic", "stderr's last line",
	       n >= strlen(tail) ? c.err + n - strlen(tail) : c.err, tail);

	st = run("compile error", "package main\n"
				  "\n"
				  "func main() {\n"
				  "\tx := 1\n"
				  "}\n", &c);
	expect_status("compile error", st, 1);
	expect("compile error", "stdout", c.out, "");
	expect("compile error", "stderr", c.err,
	       "prog.go:4:2: declared and not used: x\n");

	if (failures == 0)
		printf("all output captured\n");
	return failures != 0;
}
