#!/bin/bash
# run.sh [path/to/gvm]: run each benchmark with gvm, with lua5.4 and with
# LuaJIT's interpreter alone (luajit -joff), best of 3 wall-clock runs
# each, and print a table of the times and of two ratios: gvm/lua and
# gvm/lj-joff are gvm's time divided by lua5.4's and by luajit -joff's,
# so a ratio below 1.0 means gvm is faster.
#
# Each NAME.go has a Lua twin NAME.lua that does the same work; luajit
# runs NAME.jit.lua instead where there is one (loop.lua needs Lua 5.3's
# bitwise operators, which LuaJIT lacks). All three must print the same
# result, else the row is marked MISMATCH and the script exits 1. A
# benchmark gvm cannot run yet (it exits non-zero: say the program needs
# structs, slices or closures) shows `unsupported` in gvm's columns and
# gvm's first line of errors after the result; that is not a failure. If
# luajit is not installed, its columns show `-`.
#
# generic.go and generic_mono.go are a pair, the second the first's
# generic code instantiated by hand: after the table, their ratio must be
# within 10% (monomorphisation makes them the same bytecode).
#
# Then measures start-up: `gvm run hello.go`, averaged over 20 runs,
# beside lua5.4's and luajit's own start-up.
#
# Run from anywhere; the default gvm is build/gvm under the source root.
# LUA and LUAJIT name other Lua executables.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
gvm=${1:-$root/build/gvm}
lua=${LUA:-lua5.4}
luajit=${LUAJIT:-luajit}
benches="fib sieve loop nbody spectralnorm fannkuch closures generic generic_mono"

if [ ! -x "$gvm" ]; then
	echo "run.sh: no gvm executable at $gvm" >&2
	exit 2
fi
gvm=$(cd "$(dirname "$gvm")" && pwd)/$(basename "$gvm")
cd "$here" || exit 2
have_luajit=0
if command -v "$luajit" >/dev/null 2>&1; then
	have_luajit=1
fi

now_ns() { date +%s%N; }

# best RUNS CMD...: runs CMD RUNS times; sets $best_ms to the fastest wall
# time in ms, $out to the output of the last run and $rc to its exit
# status. A run that fails ends the series: its output is the error.
best() {
	local runs=$1 t0 t1 ms
	shift
	best_ms=
	for ((r = 0; r < runs; r++)); do
		t0=$(now_ns)
		out=$("$@" 2>&1)
		rc=$?
		t1=$(now_ns)
		ms=$(((t1 - t0) / 1000000))
		if [ -z "$best_ms" ] || [ "$ms" -lt "$best_ms" ]; then
			best_ms=$ms
		fi
		[ "$rc" -eq 0 ] || break
	done
}

secs() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

# ratio A B: A / B to two places, or - if B is 0.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

# oneline TEXT: TEXT with its newlines turned into spaces, for the table.
oneline() { printf '%s' "${1//$'\n'/ }"; }

row() { printf '%-12s %11s %8s %9s %11s %11s  %s\n' "$@"; }

status=0
row name "gvm s" "lua s" "lj-joff s" gvm/lua gvm/lj-joff result
for b in $benches; do
	best 3 "$gvm" run "$b.go"
	gms=$best_ms gout=$out grc=$rc
	best 3 "$lua" "$b.lua"
	lms=$best_ms lout=$out lrc=$rc
	jms=- jout= jrc=0
	if [ "$have_luajit" = 1 ]; then
		jsrc=$b.lua
		[ -f "$b.jit.lua" ] && jsrc=$b.jit.lua
		best 3 "$luajit" -joff "$jsrc"
		jms=$best_ms jout=$out jrc=$rc
	fi

	check=$(oneline "$lout")
	bad=0
	[ "$lrc" -eq 0 ] || bad=1
	[ "$grc" -ne 0 ] || [ "$gout" = "$lout" ] || bad=1
	[ "$have_luajit" = 0 ] || { [ "$jrc" -eq 0 ] && [ "$jout" = "$lout" ]; } || bad=1
	if [ "$bad" = 1 ]; then
		check="MISMATCH: gvm printed '$(oneline "$gout")', lua printed '$(oneline "$lout")'"
		[ "$have_luajit" = 0 ] || check="$check, luajit printed '$(oneline "$jout")'"
		status=1
	elif [ "$grc" -ne 0 ]; then
		check="$check  (gvm: ${gout%%$'\n'*})"
	fi

	if [ "$grc" -ne 0 ]; then
		gcol=unsupported glr=unsupported gjr=unsupported
	else
		gcol=$(secs "$gms") glr=$(ratio "$gms" "$lms") gjr=-
		[ "$have_luajit" = 0 ] || gjr=$(ratio "$gms" "$jms")
	fi
	jcol=-
	[ "$have_luajit" = 0 ] || jcol=$(secs "$jms")
	row "$b" "$gcol" "$(secs "$lms")" "$jcol" "$glr" "$gjr" "$check"
	[ "$grc" -ne 0 ] || eval "gvm_ms_$b=$gms"
done

# generic.go against generic_mono.go, its instances written by hand: the
# checker monomorphises generics, so both are the same bytecode and their
# times must be within 10% of each other.
if [ -n "${gvm_ms_generic:-}" ] && [ -n "${gvm_ms_generic_mono:-}" ]; then
	r=$(ratio "$gvm_ms_generic" "$gvm_ms_generic_mono")
	verdict=$(awk -v r="$r" 'BEGIN { print (r >= 0.9 && r <= 1.1) ? "within 10%" : "NOT within 10%" }')
	printf 'generic/generic_mono: %s (%s)\n' "$r" "$verdict"
fi

# Start-up: 20 runs back to back, timed together so the timer's own cost
# (two `date` processes) is spread over them; lua5.4 and luajit printing
# a line are measured the same way, for scale.
per_run_us() {
	local t0 t1
	t0=$(now_ns)
	for ((r = 0; r < 20; r++)); do "$@" >/dev/null 2>&1; done
	t1=$(now_ns)
	echo $(((t1 - t0) / 20000))
}
ms2() { printf '%d.%02d ms' $(($1 / 1000)) $(($1 % 1000 / 10)); }
out=$("$gvm" run hello.go 2>&1)
if [ "$out" != "hello, world" ]; then
	echo "startup: hello.go printed '$out'"
	status=1
fi
gus=$(per_run_us "$gvm" run hello.go)
lus=$(per_run_us "$lua" -e 'print("hello, world")')
others="lua5.4 -e: $(ms2 "$lus")"
if [ "$have_luajit" = 1 ]; then
	jus=$(per_run_us "$luajit" -joff -e 'print("hello, world")')
	others="$others, luajit -joff -e: $(ms2 "$jus")"
fi
printf 'startup: gvm run hello.go %s a run (%s)\n' "$(ms2 "$gus")" "$others"
exit $status
