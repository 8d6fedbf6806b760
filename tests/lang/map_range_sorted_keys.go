package main

import "fmt"

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func main() {
	capitals := map[string]string{
		"France":  "Paris",
		"Japan":   "Tokyo",
		"Peru":    "Lima",
		"Canada":  "Ottawa",
		"Germany": "Berlin",
	}
	keys := make([]string, 0, len(capitals))
	for k := range capitals {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		fmt.Printf("%-8s %s\n", k, capitals[k])
	}
}

// Output:
// Canada   Ottawa
// France   Paris
// Germany  Berlin
// Japan    Tokyo
// Peru     Lima
