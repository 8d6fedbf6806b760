#!/usr/bin/env python3
"""Print a stress program for gvm's compiler: deep nesting or wide declarations.

Usage: gen_stress.py KIND N > x.go && gvm disasm x.go

Mutation fuzzing rarely builds inputs thousands of levels deep or wide, yet
that is where recursive descent overflows the C stack and linear lookups turn
quadratic.  Go compiles all of these quickly; gvm must too, or fail with a
`file.go:L:C: message`, never a crash or a minute-long compile.

Nesting kinds (recursion depth grows with N):
  paren block neg not plus scat elseif if switch call label gchainrev
Wide kinds (many declarations, statements, names or cases):
  vars funcs gvars gchain consts cases scases args params stmts multi gotos
"""
import sys


def lines(fmt, n, start=0):
	return "".join(fmt.replace("{i}", str(i)).replace("{p}", str(i - 1)).replace("{q}", str(i + 1))
		       for i in range(start, n))


def body_nesting(kind, n):
	"""(top-level declarations, main's body) for a nesting kind."""
	gens = {
		"paren": lambda: ("", "\t_ = " + "(" * n + "1" + ")" * n),
		"block": lambda: ("", "\t" + "{" * n + "}" * n),
		"neg": lambda: ("", "\t_ = " + "- " * n + "1"),
		"not": lambda: ("", "\t_ = " + "!" * n + "true"),
		"plus": lambda: ("", "\t_ = 1" + " + 1" * n),
		"scat": lambda: ("", '\t_ = "a"' + ' + "a"' * n),
		"elseif": lambda: ("", "\tx := 1\n\tif x == 0 {\n" + lines("\t} else if x == {i} {\n", n) + "\t}"),
		"if": lambda: ("", "\tx := 1\n" + "\tif x > 0 {\n" * n + "\t}\n" * n),
		"switch": lambda: ("", "\tx := 1\n" + "\tswitch x {\n\tdefault:\n" * n + "\t}\n" * n),
		"call": lambda: ("", "\t_ = " + "f(" * n + "1" + ")" * n),
		"label": lambda: ("", lines("L{i}:\n", n) + "\tprintln()"),
		"gchainrev": lambda: (lines("var g{i} = g{q} + 1\n", n - 1) + "var g%d = 1\n" % (n - 1), "\tprintln(g0)"),
	}
	return gens.get(kind)


def body_wide(kind, n):
	"""(top-level declarations, main's body) for a wide kind."""
	gens = {
		"vars": lambda: ("", lines("\tv{i} := {i}\n\t_ = v{i}\n", n)),
		"funcs": lambda: (lines("func f{i}() int { return {i} }\n", n), "\t_ = f0()"),
		"gvars": lambda: (lines("var g{i} = {i}\n", n), ""),
		"gchain": lambda: ("var g0 = 1\n" + lines("var g{i} = g{p} + 1\n", n, 1), "\tprintln(g%d)" % (n - 1)),
		"consts": lambda: ("const (\n" + lines("\tc{i} = iota * {i}\n", n) + ")\n", ""),
		"cases": lambda: ("", "\tx := 1\n\tswitch x {\n" + lines("\tcase {i}:\n", n) + "\t}"),
		"scases": lambda: ("", '\tx := "1"\n\tswitch x {\n' + lines('\tcase "{i}":\n', n) + "\t}"),
		"args": lambda: ("", "\tprintln(" + ", ".join(str(i) for i in range(n)) + ")"),
		"params": lambda: ("func h(" + ", ".join("p%d int" % i for i in range(n)) + ") {}\n", ""),
		"stmts": lambda: ("", "\tx := 0\n" + "\tx++\n" * n + "\t_ = x"),
		"multi": lambda: ("", "\t" + ", ".join("a%d" % i for i in range(n)) + " := " +
				  ", ".join(str(i) for i in range(n)) + "\n\t_ = a0"),
		"gotos": lambda: ("", lines("\tgoto L{i}\nL{i}:\n", n)),
	}
	return gens.get(kind)


def main():
	if len(sys.argv) != 3:
		sys.exit(__doc__)
	kind, n = sys.argv[1], int(sys.argv[2])
	gen = body_nesting(kind, n) or body_wide(kind, n)
	if gen is None:
		sys.exit("unknown kind %s\n%s" % (kind, __doc__))
	top, body = gen()
	print("package main\n\nfunc f(x int) int { return x }\n\n" + top +
	      "\nfunc main() {\n" + body + "\n}")


if __name__ == "__main__":
	main()
