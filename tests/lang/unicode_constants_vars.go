// unicode's constants, and its table variables as Go has them: aliases
// share one table (Upper is Lu), the maps hold the same pointers.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1, unicode.Version)
	fmt.Println(unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower)
	fmt.Printf("%T %T %T %T\n", unicode.MaxRune, unicode.Version, unicode.Latin, unicode.CaseRanges)
	fmt.Println(unicode.Upper == unicode.Lu, unicode.Lower == unicode.Ll, unicode.Letter == unicode.L,
		unicode.Digit == unicode.Nd, unicode.Space == unicode.Z, unicode.Other == unicode.C,
		unicode.STerm == unicode.Sentence_Terminal, unicode.Title == unicode.Lt)
	fmt.Println(unicode.Categories["Lu"] == unicode.Upper, unicode.Scripts["Latin"] == unicode.Latin,
		unicode.Properties["White_Space"] == unicode.White_Space, unicode.Categories["Nope"] == nil)
	fmt.Println(len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties),
		len(unicode.FoldCategory), len(unicode.FoldScript), len(unicode.CaseRanges),
		len(unicode.GraphicRanges), len(unicode.PrintRanges))
	fmt.Println(unicode.Latin.LatinOffset, len(unicode.Latin.R16), len(unicode.Latin.R32), unicode.Latin.R16[0], unicode.Han.R32[0])
	fmt.Printf("%+v\n", unicode.CaseRanges[0])
	fmt.Printf("%+v\n", unicode.CaseRanges[len(unicode.CaseRanges)-1])
	fmt.Printf("%+v %+v\n", *unicode.Zs, unicode.Cc.R16)
	n := 0
	for _, c := range unicode.CaseRanges {
		if c.Delta[unicode.UpperCase] == unicode.UpperLower {
			n++
		}
	}
	fmt.Println("UpperLower runs", n)
}
// Output:
// 1114111 65533 127 255 13.0.0
// 0 1 2 3 1114112
// int32 string *unicode.RangeTable []unicode.CaseRange
// true true true true true true true true
// true true true true
// 36 156 35 6 3 319 6 5
// 5 29 0 {65 90 1} {94192 94193 1}
// {Lo:65 Hi:90 Delta:[0 32 0]}
// {Lo:125218 Hi:125251 Delta:[-34 0 -34]}
// {R16:[{Lo:32 Hi:160 Stride:128} {Lo:5760 Hi:8192 Stride:2432} {Lo:8193 Hi:8202 Stride:1} {Lo:8239 Hi:8287 Stride:48} {Lo:12288 Hi:12288 Stride:1}] R32:[] LatinOffset:1} [{Lo:0 Hi:31 Stride:1} {Lo:127 Hi:159 Stride:1}]
// UpperLower runs 57
