/* test_link.c: two modules compiled into one VM link to each other.
 *
 * The first file declares a type, a global and functions; the second,
 * compiled later into the same VM, calls a function and reads and writes
 * a global of the first.  Both spell the types main.Celsius and []string:
 * the VM must hold one RType for each, the same pointer in the constants
 * of both modules' functions (type switches, map keys and == across
 * modules and REPL inputs compare descriptors by pointer).
 */
#include <stdio.h>
#include <string.h>

#include "api.h"
#include "lang.h"
#include "vmint.h"

static const char part1[] =
	"package main\n"
	"\n"
	"import (\n\t\"fmt\"\n\t\"os\"\n)\n"
	"\n"
	"type Celsius float64\n"
	"\n"
	"var G = 40\n"
	"\n"
	"func Add(a, b int) int { return a + b }\n"
	"\n"
	"func Show() {\n"
	"\tfmt.Printf(\"%T %v\\n\", Celsius(1.5), os.Args)\n"
	"\tfmt.Printf(\"%T %v\\n\", struct{ X, Y int }{1, 2}, struct{ X, Y int }{3, 4})\n"
	"}\n";

static const char part2[] =
	"package main\n"
	"\n"
	"import (\n\t\"fmt\"\n\t\"os\"\n)\n"
	"\n"
	"func main() {\n"
	"\tG += 2\n"
	"\tif Add(G, 0) != 42 {\n"
	"\t\tos.Exit(3)\n"
	"\t}\n"
	"\tShow()\n"
	"\tfmt.Printf(\"%T %v\\n\", Celsius(2), os.Args)\n"
	"\tp := struct {\n\t\tX int\n\t\tY int\n\t}{5, 6}\n"
	"\tfmt.Printf(\"%T %+v\\n\", p, p)\n"
	"}\n";

static int failures;

static void check(bool ok, const char *what)
{
	if (!ok) {
		printf("FAIL: %s\n", what);
		failures++;
	}
}

/* The VM's one RType named `name` (NULL if none, or if two carry it). */
static const RType *canonical(VM *vm, const char *name)
{
	const RType *found = NULL;
	int n = 0;
	for (size_t i = 0; i < vm->rtcap; i++)
		if (vm->rtypes[i].key && strcmp(vm->rtypes[i].rt->name, name) == 0) {
			found = vm->rtypes[i].rt;
			n++;
		}
	return n == 1 ? found : NULL;
}

static const Func *func_named(const Module *m, const char *name)
{
	for (int i = 0; i < m->nfuncs; i++)
		if (strcmp(m->funcs[i]->name, name) == 0)
			return m->funcs[i];
	return NULL;
}

static bool has_constant(const Func *fn, const void *p)
{
	for (int i = 0; fn && i < fn->nk; i++)
		if (fn->k[i] == (uint64_t)(uintptr_t)p)
			return true;
	return false;
}

/* The VM's output: stderr captured into *capture while it is set. */
static StrBuf *capture;

static void write_out(void *ud, int stream, const char *p, size_t n)
{
	(void)ud;
	if (capture && stream == 2)
		sb_write(capture, p, n);
	else
		fwrite(p, 1, n, stream == 1 ? stdout : stderr);
}

int main(void)
{
	gvm_config cfg = {0};
	cfg.write = write_out;
	gvm_vm *g = gvm_new_with(&cfg);
	char *argv[] = {"link"};
	Module *m1 = api_compile(g, "part1.go", part1, sizeof part1 - 1, false, NULL);
	check(m1 != NULL, "the first part compiles without a main");
	if (!m1)
		return 1;
	check(api_run(g, m1) == 0, "the first part initialises its globals");
	Module *m2 = api_compile(g, "part2.go", part2, sizeof part2 - 1, true, NULL);
	check(m2 != NULL, "the second part compiles against the first");
	if (!m2)
		return 1;
	VM *vm = api_vm(g);
	vm_set_args(vm, 1, argv);
	check(api_run(g, m2) == 0, "main calls Add and reads G of the first part");

	const RType *celsius = canonical(vm, "main.Celsius");
	const RType *strings = canonical(vm, "[]string");
	check(celsius != NULL, "one RType main.Celsius in the VM");
	check(strings != NULL, "one RType []string in the VM");
	const Func *show = func_named(m1, "main.Show"), *mainf = func_named(m2, "main.main");
	check(has_constant(show, celsius) && has_constant(mainf, celsius),
	      "both modules use the VM's main.Celsius");
	check(has_constant(show, strings) && has_constant(mainf, strings),
	      "both modules use the VM's []string");
	const RType *point = canonical(vm, "struct { X int; Y int }");
	check(point != NULL, "one RType struct { X int; Y int } in the VM");
	check(has_constant(show, point) && has_constant(mainf, point),
	      "both modules use the VM's struct { X int; Y int }");

	/* An error in a later file that names a declaration of an earlier
	 * one gives that declaration's own file. */
	static const char redecl[] = "package main\n\nfunc Add(a, b int) int { return 0 }\n";
	StrBuf text = {0};
	capture = &text;
	check(api_compile(g, "redecl.go", redecl, sizeof redecl - 1, false, NULL) == NULL,
	      "redeclaring Add is refused");
	capture = NULL;
	check(text.len && strcmp(sb_cstr(&text),
				 "redecl.go:3:6: Add redeclared in this block\n"
				 "\tpart1.go:12:6: other declaration of Add\n") == 0,
	      "the redeclaration error names both files");
	if (text.len)
		printf("%s", sb_cstr(&text));
	sb_free(&text);

	/* A file that fails to compile leaves the session as it was. */
	static const char bad[] = "package main\n\nfunc Add2() int { return undefined }\n";
	check(api_compile(g, "bad.go", bad, sizeof bad - 1, false, NULL) == NULL,
	      "a bad part is refused");
	static const char again[] = "package main\n\nfunc Add2() int { return Add(1, 1) }\n";
	check(api_compile(g, "again.go", again, sizeof again - 1, false, NULL) != NULL,
	      "after a refused part, its names can be declared again");
	gvm_free(g);
	printf("test_link: %d failed\n", failures);
	return failures != 0;
}
