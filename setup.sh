#!/bin/sh
# setup.sh: install what gvm needs from Debian's packages, build it, and run
# the hello example.  Safe to run again: it only does what is missing.
set -eu
cd "$(dirname "$0")"

packages="meson ninja-build re2c lemon libffi-dev libedit-dev pkg-config gcc python3"
missing=""
for p in $packages; do
	dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
	sudo=""
	[ "$(id -u)" -eq 0 ] || sudo="sudo"
	$sudo apt-get update
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
fi

[ -f build/build.ninja ] || meson setup build
ninja -C build
build/gvm run examples/hello.go
