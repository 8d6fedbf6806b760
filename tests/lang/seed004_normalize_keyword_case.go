// seeds/004 "Avoid the conversion entirely when nothing changes"
// (keywords.go normalizeKeywordCase): return the original string when it is
// already lowercase, and build a new one only when bytes must change.
package main

import "fmt"

func normalizeKeywordCase(s string) string {
	hasUpper := false
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			hasUpper = true
			break
		}
	}
	// If no uppercase, return original string (avoid allocation)
	if !hasUpper {
		return s
	}
	// Need to convert case - create new string
	result := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		ch := s[i]
		if ch >= 'A' && ch <= 'Z' {
			ch += 'a' - 'A' // PostgreSQL ASCII-only conversion
		}
		result[i] = ch
	}
	return string(result)
}

func main() {
	for _, s := range []string{"select", "SELECT", "SeLeCt_1", "", "ÉTÉ", "Zz@[`"} {
		fmt.Printf("%q -> %q\n", s, normalizeKeywordCase(s))
	}
}

// Output:
// "select" -> "select"
// "SELECT" -> "select"
// "SeLeCt_1" -> "select_1"
// "" -> ""
// "ÉTÉ" -> "ÉtÉ"
// "Zz@[`" -> "zz@[`"
