#!/usr/bin/env python3
"""Check that gvm's layers depend on each other one way only.

Usage: check_layers.py SOURCE_ROOT STAMP

Each top-level folder is a layer; a file may include headers of its own
folder and of the layers below it, never above (DESIGN.md draws them):

    abi       the vocabulary: bytecode, opcodes, RTypes, native ABI, link
    gc        abi
    vm        abi, gc
    stdlib    abi, gc, vm's public vm.h only
    lang      abi only: it produces a module, it never touches a VM
    api       everything (the implementation of include/gvm.h)
    cmd       include/gvm.h and api/api.h

An include must name a header by file name alone (no "../", no folders):
the build gives each layer's library only the include directories of the
layers it may use, so the compiler refuses the rest too.  This script runs
as part of the build; on a violation it prints each offending line as
`file:line: message` and fails, so the library is not built.
"""
import os
import re
import sys

ALLOWED = {
	"abi": ["abi"],
	"gc": ["abi", "gc"],
	"vm": ["abi", "gc", "vm"],
	"stdlib": ["abi", "gc", "vm:vm.h", "stdlib"],
	"lang": ["abi", "lang"],
	"api": ["abi", "gc", "vm", "stdlib", "lang", "include", "api"],
	"cmd": ["include", "api:api.h"],
}
GENERATED = {"grammar.h": "lang"}  # made in the build tree
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def headers_of(root):
	"""header file name -> list of layers holding a header of that name."""
	where = {}
	for layer in ALLOWED:
		for dirpath, _, files in os.walk(os.path.join(root, layer)):
			for f in files:
				if f.endswith(".h"):
					where.setdefault(f, []).append(layer)
	for name, layer in GENERATED.items():
		where.setdefault(name, []).append(layer)
	return where


def allowed(layer, header, holder):
	for rule in ALLOWED[layer]:
		dep, _, only = rule.partition(":")
		if dep == holder and (not only or only == header):
			return True
	return False


def main():
	root, stamp = sys.argv[1], sys.argv[2]
	where = headers_of(root)
	errors = []
	for layer in ALLOWED:
		for dirpath, _, files in os.walk(os.path.join(root, layer)):
			for f in sorted(files):
				if not f.endswith((".c", ".h", ".re", ".y")):
					continue
				path = os.path.join(dirpath, f)
				here = os.listdir(dirpath)
				with open(path, encoding="utf-8", errors="replace") as fh:
					for n, line in enumerate(fh, 1):
						m = INCLUDE.match(line)
						if not m:
							continue
						h = m.group(1)
						rel = os.path.relpath(path, root)
						if "/" in h:
							errors.append("%s:%d: include \"%s\" names a folder; name the header alone" % (rel, n, h))
							continue
						if h in here:
							continue
						holders = where.get(h)
						if not holders:
							continue  # not one of gvm's headers
						if not any(allowed(layer, h, hl) for hl in holders):
							errors.append("%s:%d: %s/ may not include %s (a header of %s/)" % (rel, n, layer, h, "/, ".join(holders)))
	if errors:
		sys.stderr.write("\n".join(errors) + "\n")
		sys.stderr.write("layer check failed: see the layers in DESIGN.md\n")
		return 1
	with open(stamp, "w") as out:
		out.write("/* generated: the layer check passed */\n")
	return 0


if __name__ == "__main__":
	sys.exit(main())
