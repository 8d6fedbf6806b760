// seeds/004 "Maps: reference-like, must be made, comma-ok, no order"
// (keywords.go): init() builds the lookup table with make and a size hint,
// storing &Keywords[i], a pointer into the slice's backing array. The hint
// is not a cap: the map grows past it.
package main

import "fmt"

type KeywordInfo struct {
	Name     string
	Token    int
	Reserved bool
}

var Keywords = []KeywordInfo{
	{"select", 1, true},
	{"from", 2, true},
	{"where", 3, true},
	{"analyze", 4, false},
}

var keywordLookupMap map[string]*KeywordInfo

func init() {
	keywordLookupMap = make(map[string]*KeywordInfo, len(Keywords))
	for i := range Keywords {
		keywordLookupMap[Keywords[i].Name] = &Keywords[i]
	}
}

func main() {
	fmt.Println(len(keywordLookupMap))
	kw := keywordLookupMap["from"]
	fmt.Println(kw.Name, kw.Token, kw.Reserved, kw == &Keywords[1])
	// the map holds pointers to the real records
	Keywords[1].Token = 20
	fmt.Println(keywordLookupMap["from"].Token)
	keywordLookupMap["where"].Reserved = false
	fmt.Println(Keywords[2])
	_, ok := keywordLookupMap["table"]
	fmt.Println(ok)
	// a hint, not a cap
	for i := 0; i < 10; i++ {
		keywordLookupMap[fmt.Sprint("kw", i)] = nil
	}
	fmt.Println(len(keywordLookupMap))
}

// Output:
// 4
// from 2 true true
// 20
// {where 3 false}
// false
// 14
