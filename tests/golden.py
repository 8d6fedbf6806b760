#!/usr/bin/env python3
"""Run one golden test program under gvm and check its expectation block.

Usage: golden.py GVM TEST.go

A golden test is one Go file, package main, that ends with ONE expectation
block made of `//` comment lines.  The block is what real Go prints, so the
tests double as a conformance suite: every Output block was produced by
running the file with `go run` (see go_expect.sh).

  // Output:            The program must exit 0, and its combined stdout and
  // line one           stderr (one pipe, as `go run f.go 2>&1` shows it) must
  //                    equal the listed lines exactly. A line that is exactly
  // line three         `//` stands for an empty line; otherwise the text
                        after `// ` is the line (tabs included).

  // Error:             The program must fail. The last line of the block is
  // ...                `// exit status N` and the exit code must be N.
  // exit status N      - N == 1 (compile error): the combined output must
                          equal the other lines exactly, in gvm's form
                          `x.go:L:C: msg` (no `./`, no `#` header line).
                        - any other N (panic, fatal error, os.Exit(N)): each
                          listed line must occur in the output, in order, as
                          a whole line; other lines (traceback addresses,
                          `[signal ...]`) may come between them.

If gvm itself echoes `exit status N` as the last line (as `go run` does), the
line is ignored.  Whether the output ends with a newline is not checked: the
comparison is line by line.

The program runs as `GVM run BASENAME.go` with the test's folder as working
directory, an empty stdin (as from /dev/null, but without relying on the
device), and a 10 s timeout (60 s in a stress mode, GVM_STRESS set, which
moves every small stack at every call).  A timeout is reported
as a hang and a death by signal (negative return code) is always a failure,
whatever the block says.  Exit status: 0 pass, 1 fail.
"""

import difflib
import os
import re
import signal
import subprocess
import sys

TIMEOUT = 60 if os.environ.get("GVM_STRESS") else 10
EXIT_RE = re.compile(r"^exit status (\d+)$")


class Expectation:
	"""What the block at the end of a test file asks for."""

	def __init__(self, kind, lines, status):
		self.kind = kind      # "Output" or "Error"
		self.lines = lines    # expected lines, without the exit status line
		self.status = status  # expected exit code


def uncomment(line):
	"""`// text` -> `text`, `//` -> ``; None if the line is not a comment."""
	if line == "//":
		return ""
	if line.startswith("// "):
		return line[3:]
	return None


def parse_expectation(path):
	# Tests of the lexer hold invalid UTF-8 on purpose; the expectation
	# lines themselves are plain text.
	with open(path, encoding="utf-8", errors="replace") as f:
		src = f.read().split("\n")
	while src and src[-1].strip() == "":
		src.pop()
	# Walk back over the trailing run of comment lines to find the header.
	start = None
	for i in range(len(src) - 1, -1, -1):
		if uncomment(src[i]) is None:
			break
		if src[i] in ("// Output:", "// Error:"):
			start = i
			break
	if start is None:
		raise ValueError("no // Output: or // Error: block at the end of the file")
	kind = src[start][3:-1]
	lines = [uncomment(l) for l in src[start + 1:]]
	if kind == "Output":
		return Expectation(kind, lines, 0)
	m = EXIT_RE.match(lines[-1]) if lines else None
	if not m:
		raise ValueError("an // Error: block must end with // exit status N")
	return Expectation(kind, lines[:-1], int(m.group(1)))


def run(gvm, path):
	"""Returns (returncode or None on timeout, combined output lines)."""
	folder = os.path.dirname(os.path.abspath(path))
	# A session of its own, so a hang is killed with everything it started
	# and no stray child keeps the output pipe open.
	p = subprocess.Popen([os.path.abspath(gvm), "run", os.path.basename(path)],
		cwd=folder, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
		stderr=subprocess.STDOUT, start_new_session=True)
	try:
		out, _ = p.communicate(b"", timeout=TIMEOUT)
		code = p.returncode
	except subprocess.TimeoutExpired:
		os.killpg(p.pid, signal.SIGKILL)
		out, _ = p.communicate()
		code = None
	text = out.decode("utf-8", errors="backslashreplace")
	lines = text.split("\n")
	if lines and lines[-1] == "":
		lines.pop()
	return code, lines


def is_subsequence(want, got):
	it = iter(got)
	return all(any(w == g for g in it) for w in want)


def show(title, lines):
	print(title)
	for l in lines:
		print("    " + repr(l)[1:-1] if "\t" in l or "\r" in l else "    " + l)


def main(argv):
	if len(argv) != 3:
		print("usage: golden.py GVM TEST.go", file=sys.stderr)
		return 2
	gvm, path = argv[1], argv[2]
	try:
		exp = parse_expectation(path)
	except (OSError, ValueError) as e:
		print("%s: bad test file: %s" % (path, e))
		return 1
	code, got = run(gvm, path)
	if exp.kind == "Error" and got and got[-1] == "exit status %d" % exp.status:
		got = got[:-1]

	problems = []
	if code is None:
		problems.append("HANG: no exit within %d s" % TIMEOUT)
	elif code < 0:
		problems.append("CRASH: killed by signal %d" % -code)
	elif code != exp.status:
		problems.append("exit status %d, want %d" % (code, exp.status))
	subseq = exp.kind == "Error" and exp.status != 1
	if subseq:
		ok = is_subsequence(exp.lines, got)
	else:
		ok = exp.lines == got
	if not ok:
		problems.append("output differs" + (" (expected lines must appear in order)" if subseq else ""))
	if not problems:
		return 0

	print("FAIL %s: %s" % (path, "; ".join(problems)))
	show("--- expected (%s, exit status %d):" % (exp.kind, exp.status), exp.lines)
	show("--- actual (exit status %s):" % code, got)
	if not ok and not subseq:
		print("--- diff:")
		for l in difflib.unified_diff(exp.lines, got, "expected", "actual", lineterm=""):
			print("    " + l)
	return 1


if __name__ == "__main__":
	sys.exit(main(sys.argv))
