package main

import "fmt"

const text = `The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! A quick fox, a lazy dog, and THE end.`

func isLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func words(s string) []string {
	var out []string
	var cur []byte
	for i := 0; i < len(s); i++ {
		if isLetter(s[i]) {
			cur = append(cur, lower(s[i]))
			continue
		}
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}

type entry struct {
	word  string
	count int
}

// before orders by count descending, then word ascending.
func before(a, b entry) bool {
	if a.count != b.count {
		return a.count > b.count
	}
	return a.word < b.word
}

func insertionSort(es []entry) {
	for i := 1; i < len(es); i++ {
		cur := es[i]
		j := i - 1
		for j >= 0 && before(cur, es[j]) {
			es[j+1] = es[j]
			j--
		}
		es[j+1] = cur
	}
}

func main() {
	ws := words(text)
	fmt.Println("words:", len(ws))
	counts := map[string]int{}
	for _, w := range ws {
		counts[w]++
	}
	fmt.Println("distinct:", len(counts))
	var es []entry
	for w, c := range counts {
		es = append(es, entry{w, c})
	}
	insertionSort(es)
	for i, e := range es {
		if i == 6 {
			break
		}
		fmt.Printf("%-6s %d\n", e.word, e.count)
	}
	fmt.Println(es[len(es)-1])
}

// Output:
// words: 24
// distinct: 13
// the    5
// dog    3
// fox    3
// a      2
// lazy   2
// quick  2
// {sleeps 1}
