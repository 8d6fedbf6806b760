#!/usr/bin/env python3
"""Run one memory check under gvm: a Go program and the RSS it may use.

Usage: memcheck.py GVM TEST.go [--sanitized]

A memory check is a Go program with a comment line

  // When it prints "LINE": CONDITION, CONDITION...

where a CONDITION is `peak RSS below N MB`, `peak RSS above N MB`, `RSS
below N MB` or `RSS above N MB`. When the program prints LINE the driver
reads /proc/PID/status: VmHWM, the peak RSS so far, and VmRSS, the RSS
now. Only then does it read on, so a program that writes more than a pipe
holds after LINE cannot move on or exit before it has been measured: no
sleeping, no timing. (Not getrusage's ru_maxrss of the child: Linux
carries the peak of the forked driver's memory over the exec into it.)
A "peak RSS above" condition shows that the program really grew that large.

The file ends with an `// Output:` block as the golden tests do (see
tests/golden.py): the lines the program prints, as `go run` prints them,
up to LINE; what follows LINE is not checked.

The program runs as `GVM run BASENAME.go` in the test's folder, stdout and
stderr on one pipe, stdin empty, with GOGC, GOMEMLIMIT and GODEBUG unset:
the checks are about the default configuration. MALLOC_PERTURB_ is unset
too: with it (meson sets it for every test) glibc writes over every block
it hands out or takes back, so pages the heap has given back to the OS
would be touched again and counted. Under a stress mode (GVM_STRESS set: a
collection at every safepoint would make building a large heap quadratic)
and in a sanitizer build (--sanitized: ASan's shadow memory and quarantine
are not gvm's RSS) the check is skipped. The figures are printed either
way, so the test log shows them.

Exit status: 0 pass, 1 fail, 77 skipped (meson's convention).
"""

import os
import re
import subprocess
import sys
import threading

TIMEOUT = 60  # seconds; a check is meant to take a few
WHEN_RE = re.compile(r'^// When it prints "(.+)": (.+)$')
COND_RE = re.compile(r"^(peak RSS|RSS) (above|below) (\d+) MB$")


def expectation(path):
	"""The line to wait for, the conditions [(what, above?, MB)] and the
	Output lines."""
	when = None
	output = None
	for line in open(path, encoding="utf-8").read().split("\n"):
		if output is not None:
			if line == "//":
				output.append("")
			elif line.startswith("// "):
				output.append(line[3:])
			elif line.strip():
				sys.exit("%s: text after the Output block" % path)
			continue
		if line == "// Output:":
			output = []
		m = WHEN_RE.match(line)
		if m:
			conds = []
			for c in m.group(2).split(", "):
				cm = COND_RE.match(c)
				if not cm:
					sys.exit("%s: not a condition: %s" % (path, c))
				conds.append((cm.group(1), cm.group(2) == "above", int(cm.group(3))))
			when = (m.group(1), conds)
	if output is None or when is None:
		sys.exit('%s: needs a `When it prints` line and an Output block' % path)
	return when[0], when[1], output


def status_kb(pid):
	"""VmHWM and VmRSS of a live process in kB, or None once it has exited
	(a zombie has no memory to show)."""
	fields = {}
	try:
		with open("/proc/%d/status" % pid) as f:
			for line in f:
				key, _, value = line.partition(":")
				fields[key] = value.split()
		return int(fields["VmHWM"][0]), int(fields["VmRSS"][0])
	except (OSError, KeyError):
		return None


def mb(kb):
	return "%.1f MB" % (kb / 1024)


def main():
	if len(sys.argv) not in (3, 4):
		sys.exit(__doc__)
	gvm = os.path.abspath(sys.argv[1])
	path = os.path.abspath(sys.argv[2])
	if len(sys.argv) == 4 and sys.argv[3] == "--sanitized":
		print("skipped: a sanitizer build's RSS is not gvm's")
		return 77
	if os.environ.get("GVM_STRESS"):
		print("skipped: the memory checks measure the default configuration, "
		      "not GVM_STRESS=%s" % os.environ["GVM_STRESS"])
		return 77
	mark, conds, want = expectation(path)

	env = dict(os.environ)
	for name in ("GOGC", "GOMEMLIMIT", "GODEBUG", "MALLOC_PERTURB_"):
		env.pop(name, None)
	proc = subprocess.Popen([gvm, "run", os.path.basename(path)],
	                        cwd=os.path.dirname(path), env=env,
	                        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
	                        stderr=subprocess.STDOUT)
	timer = threading.Timer(TIMEOUT, proc.kill)
	timer.start()
	got = []
	sampled = None
	try:
		for raw in proc.stdout:
			got.append(raw.decode("utf-8", "replace").rstrip("\n"))
			if got[-1] == mark:
				sampled = status_kb(proc.pid)
				break
		proc.stdout.read()
		proc.wait()
	finally:
		timer.cancel()
		proc.stdout.close()

	failed = []
	if proc.returncode != 0:
		failed.append("exit status %d%s" % (proc.returncode,
		              " (killed after %d s)" % TIMEOUT if proc.returncode == -9 else ""))
	if got[:len(want)] != want:
		failed.append("output differs: want %r, got %r" % (want, got[:len(want) + 5]))
	if sampled is None:
		failed.append('not measured: the program %s "%s"' %
		              ("had exited when it printed" if mark in got else "never printed", mark))
	else:
		measured = {"peak RSS": sampled[0], "RSS": sampled[1]}
		print('at "%s": peak RSS %s, RSS %s' % (mark, mb(sampled[0]), mb(sampled[1])))
		for what, above, limit in conds:
			kb = measured[what]
			if (kb <= limit * 1024) if above else (kb >= limit * 1024):
				failed.append("%s %s, not %s %d MB" % (what, mb(kb),
				              "above" if above else "below", limit))
	for f in failed:
		print("FAIL: %s: %s" % (os.path.basename(path), f))
	return 1 if failed else 0


if __name__ == "__main__":
	sys.exit(main())
