// A word-frequency count of the kind scripts do: Fields, ToLower,
// Trim of punctuation, a map, a Builder for the report.
package main

import (
	"fmt"
	"strings"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity...`

func main() {
	counts := map[string]int{}
	var order []string
	for _, line := range strings.Split(text, "\n") {
		for _, w := range strings.Fields(line) {
			w = strings.ToLower(strings.Trim(w, ",.;!?"))
			if w == "" {
				continue
			}
			if counts[w] == 0 {
				order = append(order, w)
			}
			counts[w]++
		}
	}
	// insertion sort by count, then word
	for i := 1; i < len(order); i++ {
		for j := i; j > 0; j-- {
			a, b := order[j-1], order[j]
			if counts[a] > counts[b] || counts[a] == counts[b] && a < b {
				break
			}
			order[j-1], order[j] = b, a
		}
	}
	var report strings.Builder
	for _, w := range order {
		fmt.Fprintf(&report, "%-12s %s\n", w, strings.Repeat("*", counts[w]))
	}
	fmt.Print(report.String())
	fmt.Println(len(order), strings.Count(text, "was"))
}
// Output:
// it           ******
// of           ******
// the          ******
// was          ******
// age          **
// epoch        **
// times        **
// belief       *
// best         *
// foolishness  *
// incredulity  *
// wisdom       *
// worst        *
// 13 6
