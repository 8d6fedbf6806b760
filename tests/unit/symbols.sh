#!/bin/sh
# symbols.sh LIBGVM.so LIBGVM.a: both libraries must export only the gvm_
# functions of include/gvm.h, so a host linking libgvm cannot clash with
# gvm's internal names (parse_file, fmt_sprintf, check_expr …).
set -u
so=$1 a=$2
status=0
bad=$(nm -D --defined-only "$so" | awk '{print $3}' | grep -v '^gvm_' | grep -v '^_')
if [ -n "$bad" ]; then
	echo "libgvm.so exports symbols without the gvm_ prefix:"
	echo "$bad"
	status=1
fi
good=$(nm -D --defined-only "$so" | awk '{print $3}' | grep -c '^gvm_')
if [ "$good" -lt 4 ]; then
	echo "libgvm.so exports only $good gvm_ symbols"
	status=1
fi
bad=$(nm -g --defined-only "$a" | awk 'NF == 3 {print $3}' | grep -v '^gvm_')
if [ -n "$bad" ]; then
	echo "libgvm.a exports symbols without the gvm_ prefix:"
	echo "$bad"
	status=1
fi
[ $status -eq 0 ] && echo "libgvm exports $good gvm_ symbols and nothing else"
exit $status
