#!/usr/bin/env python3
"""Build libgvm.a as one object that exports only the gvm_ API.

Usage: static_lib.py CC OBJCOPY AR OUT.a LAYER.a...

The layers' archives are linked into one relocatable object (ld -r), then
every hidden symbol is made local (objcopy --localize-hidden): gvm's own
cross-file names (parse_file, fmt_sprintf …) stay resolved inside the object
but a host program linking libgvm.a cannot see or clash with them.  Only the
functions include/gvm.h marks GVM_API keep default visibility.
"""
import os
import subprocess
import sys

cc, objcopy, ar, out = sys.argv[1:5]
archives = sys.argv[5:]
obj = out + ".o"
subprocess.run([cc, "-r", "-nostdlib", "-o", obj, "-Wl,--whole-archive"] +
	       archives + ["-Wl,--no-whole-archive"], check=True)
subprocess.run([objcopy, "--localize-hidden", obj], check=True)
if os.path.exists(out):
	os.remove(out)
subprocess.run([ar, "rcs", out, obj], check=True)
os.remove(obj)
