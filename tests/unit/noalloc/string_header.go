// Copying a string header: assignment, passing and returning, substrings
// (which share the bytes), storing into existing elements of a []string,
// a [4]string and struct fields, and comparing.
package main

import "os"

type Named struct {
	name  string
	label string
}

func rest(s string) string { return s[1:] }

func pick(a, b string, first bool) string {
	if first {
		return a
	}
	return b
}

func iterations() int {
	n := 0
	for _, c := range os.Args[1] {
		n = n*10 + int(c-'0')
	}
	return n
}

func main() {
	n := iterations()
	text := "the quick brown fox jumps over the lazy dog"
	names := make([]string, 4)
	var fixed [4]string
	var nm Named
	np := &nm
	count := 0
	for i := 0; i < n; i++ {
		s := text
		t := rest(s)
		u := t[3:8]
		names[i%4] = u
		fixed[i%4] = names[i%4]
		nm.name = fixed[i%4]
		np.label = pick(nm.name, s, i%2 == 0)
		if np.label == "quick" || np.label == text {
			count++
		}
		s, t = t, s
		count += len(s) - len(t) + 1
	}
	if count != n || nm.name != "quick" {
		os.Exit(3)
	}
}
