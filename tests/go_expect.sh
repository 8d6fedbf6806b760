#!/bin/sh
# go_expect.sh TEST.go: run TEST.go with real Go and print the expectation
# block it should end with, in `// ` comment form (see golden.py).
#
# A program that exits 0 gets an `// Output:` block. Any other program gets an
# `// Error:` block ending with `// exit status N` (go run prints that line
# itself); compile errors are turned into gvm's form (no `# ...` header, no
# `./` before the file name).  Compile errors still need checking by hand:
# Go 1.19 words many of them differently from the Go 1.24 wording gvm uses.
# Runs from the test's folder, stdin from /dev/null, like golden.py.
set -u
if [ $# -ne 1 ]; then
	echo "usage: go_expect.sh TEST.go" >&2
	exit 2
fi
cd "$(dirname "$1")" || exit 2
out=$(go run "$(basename "$1")" </dev/null 2>&1)
status=$?
# $(...) drops trailing newlines; one pass over the text keeps the rest.
if [ $status -eq 0 ]; then
	echo "// Output:"
else
	echo "// Error:"
	out=$(printf '%s\n' "$out" | sed -e '/^# command-line-arguments$/d' -e 's|^\(\t*\)\./|\1|')
	# go run says "exit status N" only for a program that ran; a build
	# failure is a compile error, which gvm reports with exit status 1.
	if ! printf '%s\n' "$out" | tail -n 1 | grep -q '^exit status [0-9]*$'; then
		out="$out
exit status 1"
	fi
fi
[ -n "$out" ] && printf '%s\n' "$out" | sed -e 's|^|// |' -e 's|^// $|//|'
exit 0
