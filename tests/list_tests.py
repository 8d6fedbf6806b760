#!/usr/bin/env python3
"""Print the golden test programs, one `suite/file.go` a line, for meson.

Every .go file in a suite folder (lang, fmt, errors, panic) is a test, so
adding a test means adding the file and nothing else (re-run meson, or let
ninja's reconfigure pick it up).  Sorted, so the test order is stable.
"""
import os
import sys

SUITES = ("lang", "fmt", "errors", "panic")

here = os.path.dirname(os.path.abspath(__file__))
for suite in SUITES:
	folder = os.path.join(here, suite)
	if not os.path.isdir(folder):
		continue
	for name in sorted(os.listdir(folder)):
		if name.endswith(".go"):
			sys.stdout.write("%s/%s\n" % (suite, name))
