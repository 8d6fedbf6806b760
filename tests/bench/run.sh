#!/bin/bash
# run.sh [path/to/gvm]: run each benchmark with gvm and with lua5.4, best of
# 3 wall-clock runs each, and print a table. ratio = lua / gvm, so a ratio
# above 1 means gvm is faster. Both must print the same result, else the
# row is marked MISMATCH and the script exits 1. Then measures start-up:
# `gvm run hello.go`, best of 10, in milliseconds.
#
# Run from anywhere; the default gvm is build/gvm under the source root.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
gvm=${1:-$root/build/gvm}
lua=${LUA:-lua5.4}
benches="fib sieve loop"

if [ ! -x "$gvm" ]; then
	echo "run.sh: no gvm executable at $gvm" >&2
	exit 2
fi
gvm=$(cd "$(dirname "$gvm")" && pwd)/$(basename "$gvm")
cd "$here" || exit 2

now_ns() { date +%s%N; }

# best RUNS CMD...: runs CMD RUNS times; sets $best_ms to the fastest wall
# time in ms and $out to the output of the last run.
best() {
	local runs=$1 t0 t1 ms
	shift
	best_ms=
	for ((r = 0; r < runs; r++)); do
		t0=$(now_ns)
		out=$("$@" 2>&1)
		t1=$(now_ns)
		ms=$(((t1 - t0) / 1000000))
		if [ -z "$best_ms" ] || [ "$ms" -lt "$best_ms" ]; then
			best_ms=$ms
		fi
	done
}

secs() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

status=0
printf '%-8s %10s %10s %8s  %s\n' name "gvm s" "lua s" ratio result
for b in $benches; do
	best 3 "$gvm" run "$b.go"
	gms=$best_ms gout=$out
	best 3 "$lua" "$b.lua"
	lms=$best_ms lout=$out
	check="$gout"
	if [ "$gout" != "$lout" ]; then
		check="MISMATCH: gvm printed '$gout', lua printed '$lout'"
		status=1
	fi
	ratio=$(awk -v l="$lms" -v g="$gms" 'BEGIN { if (g > 0) printf "%.2f", l / g; else print "-" }')
	printf '%-8s %10s %10s %8s  %s\n' "$b" "$(secs "$gms")" "$(secs "$lms")" "$ratio" "$check"
done

best 10 "$gvm" run hello.go
if [ "$out" != "hello, world" ]; then
	echo "startup: hello.go printed '$out'"
	status=1
fi
printf 'startup: gvm run hello.go, best of 10: %d ms\n' "$best_ms"
exit $status
