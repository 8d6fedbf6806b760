/* main.c: the gvm command.
 *
 *   gvm run file.go [args]   compile and run a program (os.Args = program, args)
 *   gvm file.go [args]       the same
 *   gvm disasm file.go       print the bytecode
 *   gvm version | help
 *
 * The command is a thin shell over libgvm (include/gvm.h): everything it
 * does, a host program embedding gvm can do too.  Its exit status is the
 * program's: 0, 1 for compile errors, 2 for a panic, or os.Exit's code.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "gvm.h"

static const char usage[] =
	"gvm runs Go programs on a bytecode virtual machine.\n"
	"\n"
	"Usage:\n"
	"\n"
	"\tgvm run file.go [arguments]   compile and run a program\n"
	"\tgvm file.go [arguments]       the same\n"
	"\tgvm disasm file.go            print the program's bytecode\n"
	"\tgvm version                   print gvm's version\n"
	"\tgvm help                      print this help\n";

static bool has_go_suffix(const char *s)
{
	size_t n = strlen(s);
	return n > 3 && strcmp(s + n - 3, ".go") == 0;
}

/* os.Args[0]: `go run` passes the path of the binary it built, named after
 * the file; gvm passes the file's path without ".go". */
static int run(const char *path, int nargs, char **args)
{
	char **argv = calloc((size_t)nargs + 2, sizeof *argv);
	size_t n = strlen(path);
	char *prog = strndup(path, has_go_suffix(path) ? n - 3 : n);
	if (!argv || !prog) {
		fputs("gvm: out of memory\n", stderr);
		return 1;
	}
	argv[0] = prog;
	for (int i = 0; i < nargs; i++)
		argv[i + 1] = args[i];
	gvm_vm *vm = gvm_new();
	if (!vm) {
		fputs("gvm: out of memory\n", stderr);
		return 1;
	}
	int status = gvm_run_file(vm, path, nargs + 1, argv);
	gvm_free(vm);
	free(prog);
	free(argv);
	return status;
}

static int disasm(const char *path)
{
	size_t len;
	char *src = api_read_file(path, &len);
	if (!src) {
		fprintf(stderr, "open %s: %s\n", path, strerror(errno));
		return 1;
	}
	gvm_vm *vm = gvm_new();
	Module *m = vm ? api_compile(vm, path, src, len, true, NULL) : NULL;
	if (m)
		api_disasm(m, stdout);
	gvm_free(vm);
	free(src);
	return m ? 0 : 1;
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		fputs("gvm: the interactive REPL is not available yet; "
		      "run a program with `gvm run file.go`\n", stderr);
		return 2;
	}
	const char *cmd = argv[1];
	if (strcmp(cmd, "run") == 0) {
		if (argc < 3 || !has_go_suffix(argv[2])) {
			fputs("gvm run: no go files listed\n", stderr);
			return 2;
		}
		return run(argv[2], argc - 3, argv + 3);
	}
	if (has_go_suffix(cmd))
		return run(cmd, argc - 2, argv + 2);
	if (strcmp(cmd, "disasm") == 0) {
		if (argc != 3) {
			fputs("usage: gvm disasm file.go\n", stderr);
			return 2;
		}
		return disasm(argv[2]);
	}
	if (strcmp(cmd, "version") == 0) {
		printf("gvm version %s\n", gvm_version());
		return 0;
	}
	if (strcmp(cmd, "help") == 0 || strcmp(cmd, "-h") == 0 ||
	    strcmp(cmd, "--help") == 0) {
		fputs(usage, stdout);
		return 0;
	}
	fprintf(stderr, "gvm %s: unknown command\nRun 'gvm help' for usage.\n",
		cmd);
	return 2;
}
