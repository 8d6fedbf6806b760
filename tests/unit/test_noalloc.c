/* test_noalloc.c: copying a struct or array value and copying a slice or
 * string header never allocate.
 *
 * Each program in tests/unit/noalloc/ is a real Go program (go run accepts
 * it too) whose main runs a loop os.Args[1] times; it exits 0 only if the
 * loop computed what it should, so a run that skipped the work cannot
 * pass.  The loops copy large structs (23 words, pointers inside), arrays
 * ([64]int, [4][8]int), slice headers and string headers in every way a
 * program does: assignment, tuple swaps, passing to a function, returning,
 * method receivers, reslicing and substrings, and storing into existing
 * array and slice elements, struct fields and fields through a pointer.
 *
 * The counter is the heap's own: GcStats.mallocs, the cumulative number of
 * objects the typed allocator handed out (gc_read_stats flushes the
 * current spans' counts).  Every program runs twice, each time in a new
 * VM, with FEW and then MANY iterations; everything outside the loop
 * (compilation, package init, os.Args, the setup before the loop) is the
 * same in both runs, so the difference of the two counts is what the
 * extra MANY - FEW iterations allocated.  It must be 0.  The control,
 * alloc_control.go (its name starts with alloc_), allocates in its loop
 * (new, boxing a struct in an interface, append past the capacity, string
 * concatenation): its difference must be at least MANY - FEW, which shows
 * the counter sees allocations made by a loop.
 *
 * Usage: test_noalloc DIR (meson passes tests/unit/noalloc).
 */
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "heap.h"
#include "vmint.h"

enum { FEW = 3, MANY = 3003 };

/* The heap's allocation count after running src with n iterations, or -1
 * if the program did not exit 0. */
static long long mallocs_after(const char *name, const char *src, size_t len,
			       int n)
{
	gvm_vm *g = gvm_new();
	if (!g)
		return -1;
	char count[16];
	snprintf(count, sizeof count, "%d", n);
	char *argv[] = {(char *)name, count};
	long long result = -1;
	Module *m = api_compile(g, name, src, len, true, NULL);
	if (m && vm_set_args(api_vm(g), 2, argv)) {
		int status = api_run(g, m);
		if (status == 0)
			result = (long long)gc_read_stats(&api_vm(g)->heap).mallocs;
		else
			printf("FAIL: %s %d: exit status %d\n", name, n, status);
	} else {
		printf("FAIL: %s does not compile\n", name);
	}
	gvm_free(g);
	return result;
}

/* 0 if the program in path behaves as its name says, else 1. */
static int check_program(const char *dir, const char *file)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, file);
	size_t len;
	char *src = api_read_file(path, &len);
	if (!src) {
		printf("FAIL: cannot read %s\n", path);
		return 1;
	}
	long long few = mallocs_after(file, src, len, FEW);
	long long many = mallocs_after(file, src, len, MANY);
	free(src);
	if (few < 0 || many < 0)
		return 1;
	bool control = strncmp(file, "alloc_", 6) == 0;
	long long grew = many - few;
	bool ok = control ? grew >= MANY - FEW : grew == 0;
	printf("%s %s: %lld allocations with %d iterations, %lld with %d "
	       "(%s)\n", ok ? "ok  " : "FAIL:", file, few, FEW, many, MANY,
	       control ? "must grow by one or more per iteration"
		       : "must not grow");
	return ok ? 0 : 1;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: test_noalloc DIR\n");
		return 2;
	}
	DIR *d = opendir(argv[1]);
	if (!d) {
		perror(argv[1]);
		return 2;
	}
	char *names[64];
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 64) {
		size_t l = strlen(e->d_name);
		if (l > 3 && strcmp(e->d_name + l - 3, ".go") == 0)
			names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, (size_t)n, sizeof *names, by_name);
	int failures = 0, controls = 0;
	for (int i = 0; i < n; i++) {
		failures += check_program(argv[1], names[i]);
		controls += strncmp(names[i], "alloc_", 6) == 0;
		free(names[i]);
	}
	if (n < 2 || controls == 0) {
		printf("FAIL: %d programs, %d controls in %s\n", n, controls, argv[1]);
		failures++;
	}
	printf("%d passed, %d failed\n", n - failures, failures);
	return failures != 0;
}
