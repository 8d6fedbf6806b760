// seeds/004 "Taking the address of a slice element, not a loop variable"
// (loop-var-address.go): &k is the address of the loop's copy, never of
// Keywords[i], so writing through the stored pointer leaves Keywords alone.
// Only what Go 1.19 and Go 1.22 agree on is printed here (which copy &k
// names differs: see seed004_loop_var_address_go122.go).
package main

import "fmt"

type KeywordInfo struct {
	Name  string
	Token int
}

var Keywords = []KeywordInfo{{"select", 1}, {"from", 2}, {"where", 3}}

func main() {
	keywordLookupMap := make(map[string]*KeywordInfo, len(Keywords))
	// WRONG mental model:
	for i, k := range Keywords {
		keywordLookupMap[k.Name] = &k // address of the loop copy, not of Keywords[i]
		fmt.Println(k.Name, &k == &Keywords[i])
	}
	p := keywordLookupMap["from"]
	p.Token = 99
	p.Name = "changed"
	fmt.Println(Keywords)
	// the right form: a stable pointer into the slice's storage
	for i := range Keywords {
		keywordLookupMap[Keywords[i].Name] = &Keywords[i]
	}
	keywordLookupMap["from"].Token = 20
	fmt.Println(Keywords, keywordLookupMap["from"] == &Keywords[1])
}

// Output:
// select false
// from false
// where false
// [{select 1} {from 2} {where 3}]
// [{select 1} {from 20} {where 3}] true
