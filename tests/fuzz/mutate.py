#!/usr/bin/env python3
"""Mutation fuzzing of the real gvm binary, seeded by the golden tests.

Usage: mutate.py [-n COUNT] [-j JOBS] [--seed S] [--out DIR] GVM [SEED_DIRS...]

gvm's rule is that bad input never crashes it: a malformed program gets
`file.go:L:C: message` and exit status 1, a runtime panic Go's panic text and
exit status 2.  This script takes the golden programs (tests/{lang,fmt,errors,
panic}/*.go by default), makes COUNT mutated programs from them (line and
token edits, type and literal swaps, splices, inserted keywords and
unsupported constructs, truncation) and runs each one as

    gvm disasm x.go      compile only: must finish within 10 s, and a failure
                         must be well-formed `x.go:L:C: msg` lines
    gvm run x.go         only when disasm compiled it; a hang here is not
                         flagged (mutations make real infinite loops)

with ASAN_OPTIONS=detect_leaks=0:abort_on_error=0 and
UBSAN_OPTIONS=print_stacktrace=1.  A finding is any sanitizer report, a death
by signal, an exit status outside {0,1,2} (unless the program calls os.Exit),
a compile hang, an "internal error"/assertion text, or a malformed compile
error.  Each finding is saved under OUT/<kind>/<signature>/ (program and
stderr); the signature is the first gvm frame of the sanitizer stack trace,
so one bug lands in one folder however often it is hit.  A summary is
printed at the end and written to OUT/summary.txt.

Build gvm with sanitizers first (see tests/fuzz/README.md).
"""

import argparse
import collections
import os
import random
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time

DISASM_TIMEOUT = 10
RUN_TIMEOUT = 5
OUTPUT_LIMIT = 8 << 20

ENV_EXTRA = {
	"ASAN_OPTIONS": "detect_leaks=0:abort_on_error=0",
	"UBSAN_OPTIONS": "print_stacktrace=1",
}

TOKEN_RE = re.compile(r'''
	  "(?:[^"\\\n]|\\.)*"          # interpreted string
	| `[^`]*`                      # raw string
	| '(?:[^'\\\n]|\\.)*'          # rune
	| //[^\n]*                     # line comment
	| /\*.*?\*/                    # block comment
	| 0[xX][0-9a-fA-F_]+ | [0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9]+)?
	| [A-Za-z_][A-Za-z0-9_]*
	| <<=|>>=|&\^=|\.\.\.|&&|\|\||<-|\+\+|--|==|!=|<=|>=|:=|\+=|-=|\*=|/=|%=|&=|\|=|\^=|<<|>>|&\^
	| \s+
	| .
''', re.X | re.S)

KEYWORDS = ("break case chan const continue default defer else fallthrough "
	    "for func go goto if import interface map package range return "
	    "select struct switch type var").split()
OPERATORS = ("+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= "
	     "&& || <- ++ -- == < > = ! ~ != <= >= := ... ( ) [ ] { } , ; . :").split()
TYPES = ("int string int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 "
	 "uintptr float32 float64 bool byte rune error any complex128 "
	 "[]int map[string]int *int chan int func() struct{} interface{} "
	 "[3]int [0]int [1<<40]byte").split(" ")
LITERALS = ["1<<63", "1<<64", "-1", "0", "1e309", "-1e309", "1e-400", '""',
	    '"\\xff"', '"\\u00e9"', "'\\xff'", "'\\U0010ffff'", "0x7fffffffffffffff",
	    "-0x8000000000000000", "9223372036854775807", "-9223372036854775808",
	    "18446744073709551615", "0.0", "-0.0", "nil", "true", "false", "iota",
	    "1.5", "0b102", "0o8", "08", "1_000", "1__0", "0x", "1e", "'ab'", "''",
	    '"' + "x" * 5000 + '"', "`" + "y" * 70000 + "`",
	    "\"\\", "'\\", "`", "\"abc", "0x1p-2", "1i", "077", "1e1000000",
	    "'\\400'", '"\\z"', '"\\uD800"', "999999999999999999999999999999"]
CONSTRUCTS = [
	"s := []int{1, 2, 3}; s = append(s, 4); _ = s[1:2]",
	"m := map[string]int{\"a\": 1}; m[\"b\"] = 2; delete(m, \"a\"); _ = len(m)",
	"type T struct{ a, b int }; t := T{1, 2}; t.a++; _ = t",
	"x := 1; p := &x; *p = 2; _ = p",
	"f := func(a int) int { return a * 2 }; _ = f(3)",
	"go func() {}()",
	"defer println(\"d\")",
	"var i interface{} = 1; _, _ = i.(int)",
	"ch := make(chan int, 1); ch <- 1; <-ch",
	"select {}",
	"select { default: }",
	"var a [3]int; a[1] = 2; _ = a",
	"for i, c := range \"héllo\" { _, _ = i, c }",
	"for i := range 10 { _ = i }",
	"switch x := 3; x { case 1, 2: fallthrough; default: }",
	"var e error; _ = e",
	"L: for { break L }",
	"goto L; L:",
	"_ = min(1, 2, 3) + max(4, 5)",
	"var c complex128; _ = c",
	"x := 1.5; _ = int(x) + int(-x)",
	"var u uint8 = 255; u++; _ = u",
	"_ = []byte(\"abc\"); _ = string(rune(65))",
	"panic(\"boom\")",
	"recover()",
	"_ = new(int)",
	"type G[T any] struct{ v T }",
	"_ = len([5]int{})",
	"println(1 << 62, -1 >> 1, 7 &^ 3)",
	"var f64 float64 = 1; _ = f64 / 0",
	"_ = \"abc\"[1:] + \"def\"[:2]",
	"x := 0; x /= x",
	"for ; ; { break }",
	"var _ = func() {}",
	"type I interface{ M() }",
	"_ = copy([]int{}, []int{1})",
	"clear(map[int]int{})",
	"close(make(chan int))",
	"_ = cap(make([]int, 2, 5))",
]
TOPLEVEL = [
	"type T struct{ x int }\nfunc (t T) M() int { return t.x }\n",
	"type P *int\n",
	"func G[T any](x T) T { return x }\n",
	"type I interface { M(); N() int }\n",
	"var global = f()\nfunc f() int { return global }\n",
	"const big = 1 << 100\n",
	"const (\n\ta = iota\n\tb\n\tc = \"x\"\n\td\n)\n",
	"func init() { println(\"init\") }\n",
	"type Rec struct{ r Rec }\n",
	"type A [len(A{})]int\n",
	"var x, y = y, x\n",
	"func f(...int) {}\n",
	"func g() (a, b int) { return }\n",
	"import \"os\"\n",
	"import \"strings\"\n",
	"type E int\nfunc (E) Error() string { return \"e\" }\n",
	"func main() {}\n",
	"var _ = main\n",
	"type L = int\n",
	"func h() { h() }\n",
]


def tokens(src):
	return TOKEN_RE.findall(src)


def strip_block(src):
	"""Drop the trailing expectation comment block of a golden test."""
	lines = src.rstrip("\n").split("\n")
	i = len(lines)
	while i > 0 and lines[i - 1].startswith("//"):
		i -= 1
	if i < len(lines) and lines[i].startswith(("// Output:", "// Error:")):
		return "\n".join(lines[:i]) + "\n"
	return src


def idents(toks):
	return [t for t in toks if re.match(r"[A-Za-z_]\w*$", t) and t not in KEYWORDS]


def significant(toks):
	return [i for i, t in enumerate(toks) if not t.isspace()]


# ---- mutations: each takes (rng, src, seeds) and returns new source ----

def m_delete_lines(rng, src, seeds):
	lines = src.split("\n")
	i = rng.randrange(len(lines))
	n = rng.choice([1, 1, 1, 2, 3])
	del lines[i:i + n]
	return "\n".join(lines)


def m_dup_line(rng, src, seeds):
	lines = src.split("\n")
	i = rng.randrange(len(lines))
	lines.insert(rng.randrange(len(lines) + 1), lines[i])
	return "\n".join(lines)


def m_swap_lines(rng, src, seeds):
	lines = src.split("\n")
	i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
	lines[i], lines[j] = lines[j], lines[i]
	return "\n".join(lines)


def m_delete_token(rng, src, seeds):
	toks = tokens(src)
	sig = significant(toks)
	if sig:
		del toks[rng.choice(sig)]
	return "".join(toks)


def m_dup_token(rng, src, seeds):
	toks = tokens(src)
	sig = significant(toks)
	if sig:
		i = rng.choice(sig)
		toks.insert(i, toks[i])
	return "".join(toks)


def m_swap_tokens(rng, src, seeds):
	toks = tokens(src)
	sig = significant(toks)
	if len(sig) > 1:
		i, j = rng.choice(sig), rng.choice(sig)
		toks[i], toks[j] = toks[j], toks[i]
	return "".join(toks)


def m_replace_ident(rng, src, seeds):
	toks = tokens(src)
	ids = idents(toks)
	pos = [i for i, t in enumerate(toks) if t in ids]
	if pos:
		toks[rng.choice(pos)] = rng.choice(ids + KEYWORDS[:3] + ["_", "nil", "iota", "len", "println", "main", "fmt", "true"])
	return "".join(toks)


def m_replace_type(rng, src, seeds):
	toks = tokens(src)
	tnames = set(t.split()[0] for t in TYPES if re.match(r"\w+$", t))
	pos = [i for i, t in enumerate(toks) if t in tnames]
	if pos:
		toks[rng.choice(pos)] = rng.choice(TYPES)
	return "".join(toks)


def m_replace_literal(rng, src, seeds):
	toks = tokens(src)
	pos = [i for i, t in enumerate(toks) if t[:1].isdigit() or t[:1] in "\"'`"]
	if pos:
		toks[rng.choice(pos)] = rng.choice(LITERALS)
	return "".join(toks)


def m_insert_token(rng, src, seeds):
	toks = tokens(src)
	pool = rng.choice([KEYWORDS, OPERATORS, ["(", ")", "[", "]", "{", "}"], TYPES, LITERALS[:20]])
	toks.insert(rng.randrange(len(toks) + 1), rng.choice(pool))
	return "".join(toks)


def m_truncate(rng, src, seeds):
	return src[:rng.randrange(len(src) + 1)]


def m_splice(rng, src, seeds):
	other = rng.choice(seeds)
	a = src.split("\n")
	b = other.split("\n")
	i, j = rng.randrange(len(a) + 1), rng.randrange(len(b) + 1)
	k = rng.randrange(j, len(b) + 1)
	return "\n".join(a[:i] + b[j:k] + a[i:])


def m_splice_tail(rng, src, seeds):
	other = rng.choice(seeds)
	return src[:rng.randrange(len(src) + 1)] + other[rng.randrange(len(other) + 1):]


def m_insert_construct(rng, src, seeds):
	lines = src.split("\n")
	body = [i for i, l in enumerate(lines) if l.startswith("\t")]
	if rng.random() < 0.3 or not body:
		lines.insert(rng.randrange(len(lines) + 1), rng.choice(TOPLEVEL))
	else:
		i = rng.choice(body)
		lines.insert(i, "\t" + rng.choice(CONSTRUCTS))
	return "\n".join(lines)


def m_byte_flip(rng, src, seeds):
	b = bytearray(src.encode("utf-8", "surrogateescape"))
	for _ in range(rng.randint(1, 4)):
		if not b:
			break
		op = rng.randrange(3)
		i = rng.randrange(len(b))
		if op == 0:
			b[i] = rng.randrange(256)
		elif op == 1:
			del b[i]
		else:
			b.insert(i, rng.choice(b"{}()[];,.\n\"'`\\/*\x00\xff\xc3"))
	return b.decode("utf-8", "surrogateescape")


def m_nest(rng, src, seeds):
	"""Deep nesting stresses recursion in the parser and checker."""
	n = rng.choice([50, 500, 5000, 50000])
	kind = rng.randrange(4)
	if kind == 0:
		e = "(" * n + "1" + ")" * n
	elif kind == 1:
		e = "-" * n + "1"
	elif kind == 2:
		e = "1" + "+1" * n
	else:
		return src.replace("func main() {", "func main() {" + "{" * n + "}" * n, 1)
	return src.replace("func main() {", "func main() {\n\t_ = " + e + "\n", 1)


BINOPS = "+ - * / % & | ^ << >> &^ == != < <= > >= && ||".split()
INT_LITS = ["0", "1", "-1", "7", "63", "64", "255", "256", "-128", "1<<31",
	    "1<<62", "9223372036854775807", "-9223372036854775807 - 1",
	    "0x7fffffff", "-0x80000000", "4294967295", "1e18", "'a'", "0x10FFFF"]
STR_LITS = ['""', '"\\xff"', '"\\xc3"', '"\\xed\\xa0\\x80"', '"\\u00e9t\\u00e9"',
	    '"\\x00"', '"%"', '"%d%s%v%!%[9]d%*d"', '"\\U0001F600"', '"a\\nb"',
	    '"' + "z" * 3000 + '"']
FLOAT_LITS = ["0.0", "-0.0", "1e308", "5e-324", "1.7976931348623157e308",
	      "0.1", "-1.5", "1e-7", "123456789.123456789", "3.4028235e38"]


def m_swap_binop(rng, src, seeds):
	toks = tokens(src)
	pos = [i for i, t in enumerate(toks) if t in BINOPS]
	if pos:
		toks[rng.choice(pos)] = rng.choice(BINOPS)
	return "".join(toks)


def m_same_kind_literal(rng, src, seeds):
	"""A literal swapped for an extreme one of its own kind, so the
	program still type-checks more often than not."""
	toks = tokens(src)
	pos = [i for i, t in enumerate(toks) if t[:1].isdigit() or t[:1] == '"']
	if pos:
		i = rng.choice(pos)
		t = toks[i]
		if t[:1] == '"':
			toks[i] = rng.choice(STR_LITS)
		elif re.search(r"[.eE]", t) and not t.startswith("0x"):
			toks[i] = rng.choice(FLOAT_LITS)
		else:
			toks[i] = rng.choice(INT_LITS)
	return "".join(toks)


def m_numeric_type(rng, src, seeds):
	toks = tokens(src)
	nums = ("int int8 int16 int32 int64 uint uint8 uint16 uint32 uint64 uintptr "
		"float32 float64 byte rune").split()
	pos = [i for i, t in enumerate(toks) if t in nums]
	if pos:
		toks[rng.choice(pos)] = rng.choice(nums)
	return "".join(toks)


GENTLE = [
	(m_swap_binop, 4), (m_same_kind_literal, 6), (m_numeric_type, 4),
	(m_replace_ident, 1), (m_dup_line, 1), (m_delete_lines, 1),
]

MUTATIONS = [
	(m_delete_lines, 3), (m_dup_line, 2), (m_swap_lines, 2),
	(m_delete_token, 4), (m_dup_token, 2), (m_swap_tokens, 3),
	(m_replace_ident, 4), (m_replace_type, 4), (m_replace_literal, 4),
	(m_insert_token, 4), (m_truncate, 2), (m_splice, 2), (m_splice_tail, 1),
	(m_insert_construct, 5), (m_byte_flip, 2), (m_nest, 1),
]


def mutate(rng, src, seeds, gentle=False):
	funcs = [f for f, w in (GENTLE if gentle else MUTATIONS) for _ in range(w)]
	names = []
	for _ in range(rng.choice([1, 1, 2] if gentle else [1, 1, 1, 2, 2, 3, 5])):
		f = rng.choice(funcs)
		names.append(f.__name__[2:])
		src = f(rng, src, seeds)
	return src, names


# ---- running and judging ----

def limit_child():
	resource.setrlimit(resource.RLIMIT_FSIZE, (OUTPUT_LIMIT, OUTPUT_LIMIT))
	signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
	os.setsid()


def run(argv, cwd, timeout):
	"""(returncode or None on timeout, stderr text)."""
	with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
		env = dict(os.environ, **ENV_EXTRA)
		p = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out,
				     stderr=err, env=env, preexec_fn=limit_child)
		try:
			rc = p.wait(timeout)
		except subprocess.TimeoutExpired:
			os.killpg(p.pid, signal.SIGKILL)
			p.wait()
			rc = None
		err.seek(0)
		return rc, err.read(1 << 20).decode("utf-8", "replace")


UBSAN_RE = re.compile(r"^(\S+\.[ch]:\d+:\d+): runtime error: (.*)$", re.M)
FRAME_RE = re.compile(r"#\d+ 0x[0-9a-f]+ in (\S+) (\S*?)(?:/work/main/)?((?:lang|vm|gc|stdlib|cmd|build)/[^ :]+|[^/ :]+\.[ch]):(\d+)")
ERRLINE_RE = re.compile(r"^x\.go:\d+:\d+: \S.*$")


def gvm_frames(stderr):
	"""(function, file) of each stack frame inside gvm, innermost first."""
	frames = []
	for m in re.finditer(r"#\d+ 0x[0-9a-f]+ in (\S+) (\S+?):(\d+)", stderr):
		func, path = m.group(1), m.group(2)
		if any(s in path for s in ("sanitizer", "libc", "asan", "ubsan", "/usr/")):
			continue
		frames.append((func, os.path.basename(path)))
	return frames


def first_frame(stderr):
	if "stack-overflow" in stderr:
		# The innermost frame is wherever the stack ran out; the bug is
		# the recursion, named by its most frequent frame.
		c = collections.Counter(gvm_frames(stderr)[:200])
		if c:
			return "recursion-%s@%s" % c.most_common(1)[0][0]
	for m in re.finditer(r"#\d+ 0x[0-9a-f]+ in (\S+) (\S+?):(\d+)", stderr):
		func, path = m.group(1), m.group(2)
		if any(s in path for s in ("sanitizer", "libc", "asan", "ubsan", "/usr/")):
			continue
		if func.startswith(("__", "malloc", "calloc", "realloc", "free", "memcpy", "memmove", "memset", "strlen")):
			continue
		return "%s@%s" % (func, os.path.basename(path))
	return None


def judge(stage, rc, stderr, src):
	"""A list of (kind, signature) findings for one gvm invocation."""
	found = []
	if "ERROR: AddressSanitizer" in stderr:
		m = re.search(r"ERROR: AddressSanitizer: ([\w-]+)", stderr)
		found.append(("asan-" + m.group(1), first_frame(stderr) or "noframe"))
	m = UBSAN_RE.search(stderr)
	if m:
		kind = re.sub(r"[^a-z]+", "-", m.group(2).split("'")[0].lower())[:40].strip("-")
		found.append(("ubsan-" + kind, os.path.basename(m.group(1)).replace(":", "_")))
	if re.search(r"internal error|Assertion .* failed|assertion failed", stderr, re.I):
		found.append(("internal", first_frame(stderr) or stage))
	if found:
		return found
	if rc is None:
		if stage == "disasm":
			found.append(("hang", stage))
	elif rc < 0:
		found.append(("signal%d" % -rc, first_frame(stderr) or stage))
	elif rc not in (0, 1, 2) and "os.Exit" not in src:
		found.append(("status%d" % rc, stage))
	elif stage == "disasm" and rc == 1:
		# Continuation lines (tab-indented, or the rest of a multi-line
		# raw string quoted in a syntax error) may follow; the first line
		# must be a well-formed error.
		first = stderr.split("\n", 1)[0]
		if not ERRLINE_RE.match(first):
			found.append(("badmsg", re.sub(r"[^A-Za-z]+", "_", first or "empty")[:40]))
	elif stage == "disasm" and rc == 2:
		found.append(("disasm-status2", stage))
	return found


def check(gvm, workdir, src):
	path = os.path.join(workdir, "x.go")
	with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
		f.write(src)
	rc, err = run([gvm, "disasm", "x.go"], workdir, DISASM_TIMEOUT)
	found = [(k, s, "disasm", err) for k, s in judge("disasm", rc, err, src)]
	compiled = rc == 0
	if compiled and not found:
		rc, err = run([gvm, "run", "x.go"], workdir, RUN_TIMEOUT)
		found += [(k, s, "run", err) for k, s in judge("run", rc, err, src)]
	return found, compiled


def save(out, kind, sig, stage, src, err, counts):
	d = os.path.join(out, kind, re.sub(r"[^\w.@-]+", "_", sig))
	os.makedirs(d, exist_ok=True)
	n = counts[(kind, sig)]
	if n <= 5:
		with open(os.path.join(d, "%d.go" % n), "w", encoding="utf-8", errors="surrogateescape") as f:
			f.write(src)
		with open(os.path.join(d, "%d.%s.stderr" % (n, stage)), "w") as f:
			f.write(err[:20000])


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("gvm")
	ap.add_argument("seed_dirs", nargs="*")
	ap.add_argument("-n", type=int, default=1000)
	ap.add_argument("--seed", type=int, default=int(time.time()))
	ap.add_argument("--out", default="/tmp/fuzz/findings")
	ap.add_argument("--gentle", action="store_true",
			help="only type-preserving-ish mutations, so more programs compile and run")
	args = ap.parse_args()
	gvm = os.path.abspath(args.gvm)
	here = os.path.dirname(os.path.abspath(__file__))
	dirs = args.seed_dirs or [os.path.join(here, "..", d) for d in ("lang", "fmt", "errors", "panic")]
	seeds = []
	for d in dirs:
		for name in sorted(os.listdir(d)):
			if name.endswith(".go"):
				with open(os.path.join(d, name), encoding="utf-8", errors="surrogateescape") as f:
					seeds.append(strip_block(f.read()))
	rng = random.Random(args.seed)
	os.makedirs(args.out, exist_ok=True)
	workdir = tempfile.mkdtemp(prefix="gvmfuzz")
	counts = collections.Counter()
	compiled = 0
	start = time.time()
	for i in range(args.n):
		src, names = mutate(rng, rng.choice(seeds), seeds, args.gentle)
		found, ok = check(gvm, workdir, src)
		compiled += ok
		for kind, sig, stage, err in found:
			counts[(kind, sig)] += 1
			if counts[(kind, sig)] == 1:
				print("NEW %s %s (%s) after %d inputs [%s]" % (kind, sig, stage, i + 1, ",".join(names)), flush=True)
			save(args.out, kind, sig, stage, src, err, counts)
		if (i + 1) % 500 == 0:
			print("%d inputs (%d compiled and ran), %.0f s, %d distinct findings" % (i + 1, compiled, time.time() - start, len(counts)), flush=True)
	summary = "\n".join("%6d  %s %s" % (n, k, s) for (k, s), n in counts.most_common())
	summary = "seed %d%s, %d inputs, %d compiled\n%s\n" % (args.seed, " gentle" if args.gentle else "", args.n, compiled, summary)
	with open(os.path.join(args.out, "summary.txt"), "a") as f:
		f.write(summary)
	print(summary)
	return 1 if counts else 0


if __name__ == "__main__":
	sys.exit(main())
