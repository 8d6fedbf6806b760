// seeds/004 "Taking the address of a slice element, not a loop variable"
// (loop-var-address.go): "Go 1.22+ makes k per-iteration, so this specific
// form is no longer the last-value bug, but &k still points at a copy".
// The expectation is written by hand from the Go 1.22 spec (Go 1.19,
// installed here, shares one k, so every pointer would name "where"):
// for a range clause with :=, "the variables ... whose scope is the block
// of the "for" statement and each iteration has its own new variables"
// (For statements with range clause).
package main

import "fmt"

type KeywordInfo struct {
	Name  string
	Token int
}

var Keywords = []KeywordInfo{{"select", 1}, {"from", 2}, {"where", 3}}

func main() {
	keywordLookupMap := make(map[string]*KeywordInfo, len(Keywords))
	var ptrs []*KeywordInfo
	for _, k := range Keywords {
		keywordLookupMap[k.Name] = &k
		ptrs = append(ptrs, &k)
	}
	for _, kw := range Keywords {
		p := keywordLookupMap[kw.Name]
		fmt.Println(kw.Name, p.Name, p.Token, p == &kw)
	}
	fmt.Println(ptrs[0] != ptrs[1], ptrs[1] != ptrs[2])
	ptrs[0].Token = 100
	fmt.Println(Keywords[0].Token, keywordLookupMap["select"].Token)
}

// Output:
// select select 1 false
// from from 2 false
// where where 3 false
// true true
// 1 100
