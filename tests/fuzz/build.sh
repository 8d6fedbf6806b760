#!/bin/sh
# build.sh: build the libFuzzer target tests/fuzz/fuzz_compile.c with clang.
#
# Usage: tests/fuzz/build.sh MESON_BUILD_DIR [OUTPUT]
#
# The library's sources are taken from MESON_BUILD_DIR/compile_commands.json
# (every object of libgvm.a), so files added to meson.build are picked up
# without editing this script; the generated grammar.c/lexer.c/grammar.h come
# from the same build dir, which must have been built once with ninja.
set -e
build=$(cd "${1:?usage: build.sh MESON_BUILD_DIR [OUTPUT]}" && pwd)
out=${2:-$build/fuzz_compile}
root=$(cd "$(dirname "$0")/../.." && pwd)
srcs=$(python3 - "$build" <<'PY'
import json, os, sys
build = sys.argv[1]
seen = []
for c in json.load(open(os.path.join(build, "compile_commands.json"))):
	if "libgvm.a.p" in c.get("output", "") or "libgvm.a.p" in c.get("command", ""):
		f = os.path.normpath(os.path.join(c["directory"], c["file"]))
		if f not in seen:
			seen.append(f)
print(" ".join(seen))
PY
)
version=$(sed -n "s/^ *version: '\(.*\)',/\1/p" "$root/meson.build")
# shellcheck disable=SC2086
clang -std=gnu11 -g -O1 -fno-omit-frame-pointer \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
	-DGVM_VERSION="\"$version\"" -Wno-unused-parameter \
	-I"$root" -I"$root/include" -I"$root/lang" -I"$root/vm" -I"$root/gc" \
	-I"$root/stdlib" -I"$build" \
	"$root/tests/fuzz/fuzz_compile.c" $srcs -lffi -lm -o "$out"
echo "built $out"
