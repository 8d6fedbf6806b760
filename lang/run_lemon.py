#!/usr/bin/env python3
"""Run lemon on a copy of the grammar inside the build directory.

lemon writes its outputs next to its input file and takes the template with
-T; meson wants outputs in the build tree, so the grammar is copied there.
Usage: run_lemon.py LEMON GRAMMAR.y OUTDIR LEMPAR.c
"""
import os
import shutil
import subprocess
import sys

lemon, grammar, outdir, lempar = sys.argv[1:5]
copy = os.path.join(outdir, os.path.basename(grammar))
shutil.copyfile(grammar, copy)
r = subprocess.run([lemon, '-q', '-c', '-T' + lempar, copy])
sys.exit(r.returncode)
