#!/bin/bash
# run.sh [path/to/gvm]: run each benchmark with gvm and with lua5.4, best of
# 3 wall-clock runs each, and print a table. ratio = lua / gvm, so a ratio
# above 1 means gvm is faster. Both must print the same result, else the
# row is marked MISMATCH and the script exits 1. Then measures start-up:
# `gvm run hello.go`, averaged over 20 runs, beside lua5.4's own start-up.
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

# Start-up: 20 runs back to back, timed together so the timer's own cost
# (two `date` processes) is spread over them; lua5.4 printing a line
# is measured the same way, for scale.
per_run_us() {
	local t0 t1
	t0=$(now_ns)
	for ((r = 0; r < 20; r++)); do "$@" >/dev/null 2>&1; done
	t1=$(now_ns)
	echo $(((t1 - t0) / 20000))
}
out=$("$gvm" run hello.go 2>&1)
if [ "$out" != "hello, world" ]; then
	echo "startup: hello.go printed '$out'"
	status=1
fi
gus=$(per_run_us "$gvm" run hello.go)
lus=$(per_run_us "$lua" -e 'print("hello, world")')
printf 'startup: gvm run hello.go %d.%02d ms a run (lua5.4 -e: %d.%02d ms)\n' \
	$((gus / 1000)) $((gus % 1000 / 10)) $((lus / 1000)) $((lus % 1000 / 10))
exit $status
