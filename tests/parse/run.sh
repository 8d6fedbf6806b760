#!/bin/sh
# Parser tests: every valid_*.go must parse without errors, and each file in
# errors/ must give exactly the first error line recorded in
# errors/expected.txt (Go's wording, newer-Go spelling: "expected",
# "name x", "keyword else").  Usage: tests/parse/run.sh PATH/TO/parse_dump
dump=$(cd "$(dirname "${1:?usage: run.sh parse_dump}")" && pwd)/$(basename "$1")
dir=$(cd "$(dirname "$0")" && pwd)
fail=0
"$dump" -q "$dir"/valid_*.go || fail=1
cd "$dir/errors" || exit 1
for f in *.go; do
	got=$("$dump" "$f" | head -1)
	want=$(grep "^$f:" expected.txt)
	if [ "$got" != "$want" ]; then
		echo "FAIL $f: got '$got' want '$want'"
		fail=1
	fi
done
exit $fail
