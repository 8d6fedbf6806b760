#!/bin/bash
# run.sh [path/to/gvm]: run each benchmark with gvm, with lua5.4 and with
# LuaJIT's interpreter alone (luajit -joff), best of 3 wall-clock runs
# each, and print a table of the times, of two ratios (gvm/lua and
# gvm/lj-joff are gvm's time divided by lua5.4's and by luajit -joff's,
# so a ratio below 1.0 means gvm is faster) and of each one's peak RSS in
# MB (the largest of the three runs, from GNU time's %M; `-` without
# /usr/bin/time).
#
# Each NAME.go has a Lua twin NAME.lua that does the same work; luajit
# runs NAME.jit.lua instead where there is one (loop.lua needs Lua 5.3's
# bitwise operators, which LuaJIT lacks). All three must print the same
# result, else the row is marked MISMATCH and the script exits 1. A
# benchmark gvm cannot run yet (it exits non-zero: say the program needs
# structs, slices or closures) shows `unsupported` in gvm's columns and
# gvm's first line of errors after the result; that is not a failure. If
# luajit is not installed, its columns show `-`. A result of several lines
# shows its first line and the count.
#
# The benchmarks in $go_benches are also built with `go build` (into a
# temporary folder) and run the same way, to set gvm's time and peak RSS
# beside compiled Go's on the same run; skipped when go is not installed.
#
# generic.go and generic_mono.go are a pair, the second the first's
# generic code instantiated by hand: after the table, their ratio must be
# within 10% (monomorphisation makes them the same bytecode).
#
# Then measures start-up: `gvm run hello.go`, averaged over 20 runs,
# beside lua5.4's and luajit's own start-up.
#
# Run from anywhere; the default gvm is build/gvm under the source root.
# LUA, LUAJIT and GO name other executables.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
gvm=${1:-$root/build/gvm}
lua=${LUA:-lua5.4}
luajit=${LUAJIT:-luajit}
go=${GO:-go}
benches="fib sieve loop nbody spectralnorm fannkuch closures binarytrees generic generic_mono"
go_benches="binarytrees"

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
gnu_time=/usr/bin/time
[ -x "$gnu_time" ] || gnu_time=
rss_file=$(mktemp)
go_dir=
trap 'rm -f "$rss_file"; [ -z "$go_dir" ] || rm -rf "$go_dir"' EXIT

now_ns() { date +%s%N; }

# best RUNS CMD...: runs CMD RUNS times; sets $best_ms to the fastest wall
# time in ms, $rss_kb to the largest peak RSS in kB (- if unknown), $out
# to the output of the last run and $rc to its exit status. A run that
# fails ends the series: its output is the error.
best() {
	local runs=$1 t0 t1 ms kb
	shift
	best_ms='' rss_kb=-
	for ((r = 0; r < runs; r++)); do
		t0=$(now_ns)
		if [ -n "$gnu_time" ]; then
			out=$("$gnu_time" -o "$rss_file" -f %M "$@" 2>&1)
		else
			out=$("$@" 2>&1)
		fi
		rc=$?
		t1=$(now_ns)
		ms=$(((t1 - t0) / 1000000))
		if [ -z "$best_ms" ] || [ "$ms" -lt "$best_ms" ]; then
			best_ms=$ms
		fi
		if [ -n "$gnu_time" ]; then
			# GNU time's last line is the figure (a line before it says
			# when the command failed).
			kb=$(tail -n 1 "$rss_file")
			if [ "$rss_kb" = - ] || [ "$kb" -gt "$rss_kb" ]; then
				rss_kb=$kb
			fi
		fi
		[ "$rc" -eq 0 ] || break
	done
}

secs() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

# ratio A B: A / B to two places, or - if B is 0.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

# mb KB: kB as MB with one decimal, or - for -.
mb() { if [ "$1" = - ]; then echo -; else awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; fi; }

# oneline TEXT: TEXT with its newlines and tabs turned into spaces.
oneline() { local t=${1//$'\t'/ }; printf '%s' "${t//$'\n'/ }"; }

# summary TEXT: one line of TEXT, or its first line and how many there are.
summary() {
	local n
	n=$(printf '%s\n' "$1" | wc -l)
	if [ "$n" -le 2 ]; then
		oneline "$1"
	else
		printf '%s ... (%d lines)' "$(oneline "${1%%$'\n'*}")" "$n"
	fi
}

row() { printf '%-12s %6s %6s %9s %7s %11s %6s %6s %7s  %s\n' "$@"; }

status=0
# gvm's figures and lua's output per benchmark, for the go build table.
declare -A g_ms g_kb g_rc l_out
row name "gvm s" "lua s" "lj-joff s" gvm/lua gvm/lj-joff "gvm MB" "lua MB" "lj MB" result
for b in $benches; do
	best 3 "$gvm" run "$b.go"
	gms=$best_ms gout=$out grc=$rc gkb=$rss_kb
	best 3 "$lua" "$b.lua"
	lms=$best_ms lout=$out lrc=$rc lkb=$rss_kb
	jms=- jout='' jrc=0 jkb=-
	if [ "$have_luajit" = 1 ]; then
		jsrc=$b.lua
		[ -f "$b.jit.lua" ] && jsrc=$b.jit.lua
		best 3 "$luajit" -joff "$jsrc"
		jms=$best_ms jout=$out jrc=$rc jkb=$rss_kb
	fi
	g_ms[$b]=$gms g_kb[$b]=$gkb g_rc[$b]=$grc l_out[$b]=$lout

	check=$(summary "$lout")
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
		gcol=unsupported glr=unsupported gjr=unsupported gkb=-
	else
		gcol=$(secs "$gms") glr=$(ratio "$gms" "$lms") gjr=-
		[ "$have_luajit" = 0 ] || gjr=$(ratio "$gms" "$jms")
	fi
	jcol=-
	[ "$have_luajit" = 0 ] || jcol=$(secs "$jms")
	row "$b" "$gcol" "$(secs "$lms")" "$jcol" "$glr" "$gjr" \
		"$(mb "$gkb")" "$(mb "$lkb")" "$(mb "$jkb")" "$check"
	[ "$grc" -ne 0 ] || eval "gvm_ms_$b=$gms"
done

# Compiled Go: the same program, `go build` and run as the others (best
# of 3, largest peak RSS), against gvm's figures from the table.
if command -v "$go" >/dev/null 2>&1; then
	go_dir=$(mktemp -d)
	echo
	printf '%-12s %6s %6s %7s %7s %9s  %s\n' name "go s" "go MB" "gvm/go" "gvm MB" "gvm/go MB" result
	for b in $go_benches; do
		if ! err=$("$go" build -o "$go_dir/$b" "$b.go" 2>&1); then
			printf '%-12s go build failed: %s\n' "$b" "$(oneline "$err")"
			status=1
			continue
		fi
		best 3 "$go_dir/$b"
		gms=${g_ms[$b]} gkb=${g_kb[$b]} grc=${g_rc[$b]} lout=${l_out[$b]}
		check=$(summary "$out")
		if [ "$rc" -ne 0 ] || [ "$out" != "$lout" ]; then
			check="MISMATCH: go printed '$(oneline "$out")', lua printed '$(oneline "$lout")'"
			status=1
		fi
		gtr=unsupported gmr=unsupported
		if [ "$grc" -eq 0 ]; then
			gtr=$(ratio "$gms" "$best_ms")
			gmr=-
			[ "$gkb" = - ] || gmr=$(ratio "$gkb" "$rss_kb")
		else
			gkb=-
		fi
		printf '%-12s %6s %6s %7s %7s %9s  %s\n' "$b" "$(secs "$best_ms")" "$(mb "$rss_kb")" \
			"$gtr" "$(mb "$gkb")" "$gmr" "$check"
	done
	echo
fi

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
