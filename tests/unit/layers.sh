#!/bin/sh
# layers.sh SOURCE_ROOT: a wrong-way include must fail the build.
#
# Copies the layer folders to a scratch tree, adds an include that goes the
# wrong way (a lang/ file including the VM's internal header, a gc/ file
# including a vm/ header), and checks both guards: tests/check_layers.py
# refuses the tree, and the compiler, given only the include directories
# of the file's own layer and those below (as meson.build gives them),
# cannot find the header.
set -u
root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$root/abi" "$root/gc" "$root/vm" "$root/stdlib" "$root/lang" \
	"$root/api" "$root/cmd" "$root/include" "$tmp/"
status=0

python3 "$root/tests/check_layers.py" "$tmp" "$tmp/ok.h" 2>/dev/null ||
	{ echo "the unmodified tree fails the layer check"; status=1; }

printf '#include "vmint.h"\n' > "$tmp/lang/wrong.c"
printf '#include "vm.h"\n' > "$tmp/gc/wrong.c"
out=$(python3 "$root/tests/check_layers.py" "$tmp" "$tmp/ok2.h" 2>&1)
if [ $? -eq 0 ]; then
	echo "check_layers.py accepted wrong-way includes"
	status=1
fi
for want in "lang/wrong.c:1: lang/ may not include vmint.h" \
	    "gc/wrong.c:1: gc/ may not include vm.h"; do
	printf '%s\n' "$out" | grep -qF "$want" ||
		{ echo "missing: $want"; status=1; }
done

cc=${CC:-cc}
if $cc -fsyntax-only -I"$tmp/abi" -I"$tmp/lang" "$tmp/lang/wrong.c" 2>/dev/null; then
	echo "lang/ compiled an include of vmint.h"
	status=1
fi
if $cc -fsyntax-only -I"$tmp/abi" -I"$tmp/gc" "$tmp/gc/wrong.c" 2>/dev/null; then
	echo "gc/ compiled an include of vm.h"
	status=1
fi
[ $status -eq 0 ] && echo "wrong-way includes are refused by the check and by the compiler"
exit $status
