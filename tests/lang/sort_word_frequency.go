// Counting words and ranking them: a map, then sort.Slice by count and
// then by word.
package main

import (
	"fmt"
	"sort"
)

func main() {
	text := []string{
		"it", "was", "the", "best", "of", "times", "it", "was", "the", "worst", "of", "times",
		"it", "was", "the", "age", "of", "wisdom", "it", "was", "the", "age", "of",
		"foolishness", "it", "was", "the", "epoch", "of", "belief", "it", "was", "the",
		"epoch", "of", "incredulity",
	}
	counts := map[string]int{}
	for _, w := range text {
		counts[w]++
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Strings(words)
	sort.SliceStable(words, func(i, j int) bool { return counts[words[i]] > counts[words[j]] })
	for _, w := range words[:8] {
		fmt.Println(w, counts[w])
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] < counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	fmt.Println(keys)
}




// Output:
// it 6
// of 6
// the 6
// was 6
// age 2
// epoch 2
// times 2
// belief 1
// [belief best foolishness incredulity wisdom worst age epoch times it of the was]
